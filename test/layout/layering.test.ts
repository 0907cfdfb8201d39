/**
 * The layout keeps its promises (docs/architecture.md): `src/` builds the site and imports
 * nothing from the tools under `scripts/`; browser code (`src/client/`) reaches no Node module,
 * directly or through what it imports; charts draw from data alone and import no site code; the
 * data layer (`src/lib/data/`, with the signals it computes, `src/lib/signals/`) and the shared
 * formatter (`src/lib/format/`) sit at the bottom and import nothing from the rest of `src/`,
 * so the flow is one-way.
 *
 * Imports are read with TypeScript's own pre-processor (the compiler's import scanner), so the
 * test sees every static import, re-export and dynamic `import()` the compiler sees.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE_MODULES = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mts|js|mjs|astro)$/u.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** The module specifiers a file imports (static, type-only, re-exports and dynamic imports). */
export function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

/** A relative specifier resolved to a project path; a package name as it is. */
function target(fromFile: string, spec: string): string {
  return spec.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(fromFile), spec)) : spec;
}

const edges = (file: string): string[] => importsOf(readFileSync(join(ROOT, file), 'utf8')).map((s) => target(file, s));

const isProjectFile = (t: string) => t.startsWith('src/') || t.startsWith('scripts/') || t.startsWith('test/');

describe('layering', () => {
  const srcFiles = filesUnder('src');

  it('finds the files it guards (the scan is not empty)', () => {
    expect(srcFiles.filter((f) => f.startsWith('src/client/')).length).toBeGreaterThan(2);
    expect(srcFiles.filter((f) => f.startsWith('src/lib/charts/')).length).toBeGreaterThan(5);
  });

  it('nothing in src/ imports from scripts/ or test/', () => {
    const bad = srcFiles.flatMap((f) => edges(f).filter((t) => t.startsWith('scripts/') || t.startsWith('test/')).map((t) => `${f} → ${t}`));
    expect(bad).toEqual([]);
  });

  it('src/client/ reaches no Node module, directly or through the modules it imports', () => {
    const bad: string[] = [];
    const seen = new Set<string>();
    const visit = (file: string, path: string[]) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const t of edges(file)) {
        if (NODE_MODULES.has(t)) bad.push([...path, file, t].join(' → '));
        else if (isProjectFile(t)) visit(t, [...path, file]);
      }
    };
    for (const f of srcFiles.filter((x) => x.startsWith('src/client/'))) visit(f, []);
    expect(seen.size).toBeGreaterThan(srcFiles.filter((x) => x.startsWith('src/client/')).length);
    expect(bad).toEqual([]);
  });

  it('the review page\'s browser code (scripts/review/page/) imports nothing: it is served as it is, types stripped, and runs in the browser', () => {
    const files = filesUnder('scripts/review/page');
    expect(files.length).toBeGreaterThan(0);
    const bad = files.flatMap((f) => edges(f).map((t) => `${f} → ${t}`));
    expect(bad).toEqual([]);
  });

  it('src/lib/data/ imports nothing from the rest of src/ but the signals it computes (the data flows one way, out of it)', () => {
    const bad = srcFiles
      .filter((f) => f.startsWith('src/lib/data/'))
      .flatMap((f) => edges(f).filter((t) => t.startsWith('src/') && !t.startsWith('src/lib/data/') && !t.startsWith('src/lib/signals/')).map((t) => `${f} → ${t}`));
    expect(bad).toEqual([]);
  });

  it('src/lib/signals/ (computed by the data build) imports only the data layer and the shared formatter', () => {
    const files = srcFiles.filter((f) => f.startsWith('src/lib/signals/'));
    expect(files.length).toBeGreaterThan(1);
    const allowed = /^src\/lib\/(?:data|signals|format)\//u;
    const bad = files.flatMap((f) => edges(f).filter((t) => t.startsWith('src/') && !allowed.test(t)).map((t) => `${f} → ${t}`));
    expect(bad).toEqual([]);
  });

  it('src/lib/format/ (numbers and names, shared by site, charts and search) imports nothing else from src/', () => {
    const files = srcFiles.filter((f) => f.startsWith('src/lib/format/'));
    expect(files.length).toBeGreaterThan(1);
    const bad = files.flatMap((f) => edges(f).filter((t) => t.startsWith('src/') && !t.startsWith('src/lib/format/')).map((t) => `${f} → ${t}`));
    expect(bad).toEqual([]);
  });

  it('charts import no site code (src/lib/site/, components, layouts, pages)', () => {
    const site = /^src\/(lib\/site|components|layouts|pages)\//u;
    const bad = srcFiles
      .filter((f) => f.startsWith('src/lib/charts/'))
      .flatMap((f) => edges(f).filter((t) => site.test(t)).map((t) => `${f} → ${t}`));
    expect(bad).toEqual([]);
  });
});

describe('importsOf (the scanner the rules rest on)', () => {
  it('sees static, type-only, re-exported and dynamic imports', () => {
    const src = `import a from './a.ts';\nimport type { B } from '../b.ts';\nexport { c } from 'node:fs';\nconst d = await import('./d.ts');`;
    expect(importsOf(src)).toEqual(['./a.ts', '../b.ts', 'node:fs', './d.ts']);
  });
});
