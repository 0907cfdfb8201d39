/**
 * docs/data-contract.md documents every published column: a column added to a table
 * (src/lib/data/tables.ts) without its line in the contract, a column documented with another
 * type, or a documented column no longer published, fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLES, TABLE_NAMES } from '../../src/lib/data/tables.ts';
import { ROOT } from '../workspace.ts';

const doc = readFileSync(join(ROOT, 'docs/data-contract.md'), 'utf8');

/** The column rows of the section headed "### `<table>`": name → type. */
function documentedColumns(table: string): Map<string, string> | null {
  const start = doc.indexOf(`\n### \`${table}\`\n`);
  if (start < 0) return null;
  const end = doc.indexOf('\n#', start + 1);
  const section = doc.slice(start, end < 0 ? undefined : end);
  const columns = new Map<string, string>();
  for (const m of section.matchAll(/^\| `([a-z0-9_]+)` \| ([a-z]+) \|/gmu)) columns.set(m[1]!, m[2]!);
  return columns;
}

describe('docs/data-contract.md', () => {
  it.each(TABLE_NAMES.map((t) => [t]))('documents every column of %s with its type, and no other', (table) => {
    const documented = documentedColumns(table);
    expect(documented, `no section "### \`${table}\`"`).not.toBeNull();
    const published = new Map<string, string>(TABLES[table].columns.map((c) => [c.name, c.type]));
    expect([...documented!.keys()].sort()).toEqual([...published.keys()].sort());
    for (const [name, type] of published) expect(documented!.get(name), `${table}.${name}`).toBe(type);
  });

  it('lists every published file', () => {
    for (const t of TABLE_NAMES) expect(doc).toContain(`\`${t}\``);
    for (const f of ['`<table>.csv`', '`<table>.json`', '`datapackage.json`', '`reports/<report id>.json`']) expect(doc).toContain(f);
  });
});
