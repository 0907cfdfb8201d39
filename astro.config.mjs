// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataLocations } from './src/lib/data/locations.ts';
import { linkTree } from './src/lib/build/link-tree.ts';
import { REPORT_URL_VARIABLE, reportUrl } from './src/lib/site/report-url.ts';

/**
 * Hosting: `BASE_PATH=/sub/path/` builds a site that lives under that path; `SITE=https://example.org`
 * sets the origin used for canonical URLs and the sitemap. Both are optional.
 */
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE || 'https://example.org';
/**
 * `DATA_DIR=<dir>` builds the site from another data folder (a synthetic corpus, a fixture):
 * its downloads live in a work folder, so the public folder is that one (docs/benchmark.md).
 */
const { publicDir } = dataLocations();

/**
 * The public folder (favicon, headers, the open-data downloads) reaches the built site as hard
 * links made once the pages are written, not as Vite's byte-for-byte copy made before them
 * (src/lib/build/link-tree.ts): at 15,000 reports that copy was 1.4 GB.
 */
/** @type {import('vite').Plugin} */
const publicAsLinks = {
  name: 'public-as-links',
  configEnvironment: (name, _config, env) => (env.command === 'build' && name === 'client' ? { build: { copyPublicDir: false } } : undefined),
};

/**
 * Hosting (docs/hosting.md): static hosts look for `404.html`. Astro writes the not-found
 * pages as 404/index.html and en/404/index.html (pages are folders here), which this moves to
 * 404.html and en/404.html. It also
 * checks `REPORT_URL` before any page is built, and says when none is set.
 */
/** @type {import('astro').AstroIntegration} */
const hosting = {
  name: 'hosting',
  hooks: {
    'astro:config:setup': ({ command, logger }) => {
      if (command !== 'build') return;
      if (reportUrl() === null) logger.info(`${REPORT_URL_VARIABLE} is not set: the pages will say that this copy names no address for error reports (docs/hosting.md).`);
    },
    'astro:build:done': ({ dir, logger }) => {
      const n = linkTree(publicDir, fileURLToPath(dir));
      logger.info(`public folder: ${n.linked} files linked, ${n.copied} copied, ${n.kept} left to the pages of the same name`);
      for (const folder of ['404/', 'en/404/']) {
        const built = new URL(`${folder}index.html`, dir);
        if (!existsSync(built)) continue;
        renameSync(built, new URL(`${folder.slice(0, -1)}.html`, dir));
        rmdirSync(new URL(folder, dir));
      }
    },
  },
};

export default defineConfig({
  site,
  base,
  publicDir,
  trailingSlash: 'always',
  integrations: [hosting],
  // Four pages at a time: one page renders while others wait for their files to be written.
  // Measured at 15,000 reports (docs/benchmark.md): 211 s instead of 243–248 s, output
  // byte-identical (diff -r of the two builds), peak memory the same.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // No prefetch, no dev toolbar requests: the built site talks to nobody but its own origin.
  devToolbar: { enabled: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // Scripts always as files: the CSP header in public/_headers allows 'self' scripts, not inline ones.
  vite: { plugins: [tailwindcss(), publicAsLinks], build: { assetsInlineLimit: 0 } },
});
