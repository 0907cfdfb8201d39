/**
 * A researcher's path: download the tables from the built site, read them with the data
 * package's schema, and find the same figures as the report pages show.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { SITE_DIR } from './global-setup.ts';
import { validatePackage, type Package } from '../opendata/validate-package.ts';

const read = (p: string) => readFileSync(join(SITE_DIR, p), 'utf8');
const pkg = JSON.parse(read('data/datapackage.json')) as Package;
const csv = (name: string) => Papa.parse<Record<string, string>>(read(`data/${name}.csv`), { header: true, skipEmptyLines: true }).data;
const group = (d: string) => d.replace(/^(-?)(\d+)/u, (_, s: string, i: string) => s + i.replace(/\B(?=(\d{3})+(?!\d))/gu, ','));

describe('the downloads of the built site', () => {
  it('validate against their datapackage.json', () => {
    const files = Object.fromEntries(pkg.resources.map((r) => [r.path, read(`data/${r.path}`)]));
    expect(validatePackage(pkg, files)).toEqual([]);
  });

  it('JSON and CSV of each table hold the same rows', () => {
    for (const r of pkg.resources) {
      const fromJson = JSON.parse(read(`data/${r.name}.json`)) as Record<string, unknown>[];
      expect(fromJson.length, r.name).toBe(csv(r.name).length);
    }
  });

  it('give the figures the report pages show, with the same source lines', () => {
    const provenance = csv('provenance');
    for (const row of csv('reports')) {
      const page = parse(read(`reports/${row.id}/index.html`));
      const text = page.textContent;
      for (const col of ['budget_final_wan', 'spent_wan', 'execution_rate_pct', 'self_score'] as const) {
        const v = row[col];
        if (!v) continue;
        expect(text, `${row.id} ${col}`).toContain(group(v));
        const line = provenance.find((p) => p.report_id === row.id && p.field === col)?.line;
        expect(page.querySelector(`a[href$="/sources/${row.id}/#L${line}"]`), `${row.id} ${col} → line ${line}`).not.toBeNull();
      }
    }
  });
});
