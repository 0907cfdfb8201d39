/**
 * Builds the site into a test folder and reads its pages back as parsed HTML. Each build uses
 * a data work folder of its own (DATA_DIR=data/, DATA_WORK_DIR=<work>), so `npm run build`
 * never rewrites the data another test is reading.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { ROOT, dataEnv } from '../workspace.ts';

export { ROOT };

/**
 * `npm run build -- --outDir <dir>` with the given base path (default: the root), its data built
 * into `workDir` from `dataDir` (default: the checkout's data/).
 */
export function buildSite(outDir: string, workDir: string, basePath = '/', dataDir?: string): void {
  rmSync(outDir, { recursive: true, force: true });
  // Vitest puts its own import.meta.env (BASE_URL=/, MODE=test …) into process.env; a child
  // build would inherit them and Vite would take BASE_URL over the configured base.
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(k) && !k.startsWith('VITEST') && !k.startsWith('VITE_')),
  );
  Object.assign(env, dataEnv(workDir), { BASE_PATH: basePath }, dataDir ? { DATA_DIR: dataDir } : {});
  execFileSync('npm', ['run', 'build', '--', '--outDir', outDir], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
}

export class BuiltSite {
  constructor(
    readonly dir: string,
    readonly base: string,
  ) {}

  /** Raw HTML of a page, by its site path without base (`reports/x/`, `` for the overview). */
  html(path: string): string {
    const file = join(this.dir, path, 'index.html');
    if (!existsSync(file)) throw new Error(`page not built: ${relative(ROOT, file)}`);
    return readFileSync(file, 'utf8');
  }

  page(path: string): HTMLElement {
    return parse(this.html(path));
  }

  /** The href a page should use for a site path. */
  href(path: string): string {
    return `${this.base}${path}`;
  }

  /** Site paths of every built page (directories holding an index.html). */
  pages(): string[] {
    const out: string[] = [];
    const walk = (rel: string): void => {
      const abs = join(this.dir, rel);
      for (const entry of readdirSync(abs, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(rel ? `${rel}${entry.name}/` : `${entry.name}/`);
        else if (entry.name === 'index.html') out.push(rel);
      }
    };
    walk('');
    return out;
  }
}

/** Text content with whitespace collapsed, as a reader sees it. */
export function text(el: HTMLElement | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

/** The one element matching a selector; fails loudly when there is none. */
export function one(root: HTMLElement, selector: string): HTMLElement {
  const el = root.querySelector(selector);
  if (!el) throw new Error(`no element matches ${selector}`);
  return el;
}
