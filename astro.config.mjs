// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import { dataLocations } from './src/lib/data/locations.ts';

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

export default defineConfig({
  site,
  base,
  publicDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
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
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
