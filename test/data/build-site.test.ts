/**
 * scripts/build-site.ts (the site half of `npm run build`): Astro builds into a staging folder,
 * which replaces the output only when the build succeeds. Here the build fails half-way (the
 * generated data it reads is cut off), after Astro has started writing: the previous output is
 * untouched and nothing half-written is left. (The pages and browser suites build successfully
 * through the same script.)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { GOLDEN, ROOT } from './helpers.ts';

const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
mkdirSync(join(ROOT, 'test/output'), { recursive: true });
const tmp = mkdtempSync(join(ROOT, 'test/output/build-site-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it('a site build that fails half-way leaves the previous output as it was, and no staging folder', () => {
  const out = join(tmp, 'site');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), '<p>previous build</p>\n');
  const work = join(tmp, 'work');
  mkdirSync(join(work, 'generated'), { recursive: true });
  mkdirSync(join(work, 'public', 'data'), { recursive: true });
  writeFileSync(join(work, 'generated', 'site-data.json'), '{"departments": [');
  // Vitest's own variables (BASE_URL, MODE …) would leak into the child's Vite.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(k) && !k.startsWith('VITE')));
  const r = spawnSync(process.execPath, [TSX, 'scripts/build-site.ts', '--outDir', relative(ROOT, out)], {
    cwd: ROOT, encoding: 'utf8', env: { ...env, DATA_DIR: relative(ROOT, GOLDEN), DATA_WORK_DIR: relative(ROOT, work) },
  });
  expect(r.status).not.toBe(0);
  expect(r.stdout + r.stderr).toContain('.build-tmp-site'); // Astro was writing, into the staging folder
  expect(r.stderr).toContain('build: the site build failed; ');
  expect(readdirSync(out)).toEqual(['index.html']);
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>previous build</p>\n');
  expect(readdirSync(tmp).sort()).toEqual(['site', 'work']);
}, 120_000);
