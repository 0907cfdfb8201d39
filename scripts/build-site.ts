/**
 * The site half of `npm run build` (after build:data): `astro build` into a staging folder
 * beside the output (`.build-tmp-<name>`), which replaces the output only once the build has
 * succeeded. A failed build leaves the previous output as it was and no half-written folder.
 * Options are Astro's (`--outDir <dir>`, default dist/); the rest are passed on.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

const args = process.argv.slice(2);
let outDir = 'dist';
const rest: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--outDir') outDir = args[++i] ?? outDir;
  else if (a.startsWith('--outDir=')) outDir = a.slice('--outDir='.length);
  else rest.push(a);
}
const target = resolve(outDir);
const staged = join(dirname(target), `.build-tmp-${basename(target)}`);
const old = `${staged}-old`;
rmSync(staged, { recursive: true, force: true });
rmSync(old, { recursive: true, force: true });

const astro = join(process.cwd(), 'node_modules', 'astro', 'bin', 'astro.mjs');
const r = spawnSync(process.execPath, [astro, 'build', '--outDir', staged, ...rest], { stdio: 'inherit' });
if (r.status !== 0) {
  rmSync(staged, { recursive: true, force: true });
  console.error(`build: the site build failed; ${relative(process.cwd(), target) || target} is unchanged.`);
  process.exit(r.status ?? 1);
}
if (existsSync(target)) renameSync(target, old);
renameSync(staged, target);
rmSync(old, { recursive: true, force: true });
