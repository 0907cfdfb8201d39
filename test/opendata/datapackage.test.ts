import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/lib/data/build.ts';
import { TABLE_NAMES, tableCsv } from '../../src/lib/data/tables.ts';
import { dataPackage } from '../../src/lib/data/datapackage.ts';
import { validatePackage, type Package } from './validate-package.ts';

const data = buildSiteData('data');
const pkg = dataPackage({ version: 'test' }) as unknown as Package;
const files = Object.fromEntries(TABLE_NAMES.map((t) => [`${t}.csv`, tableCsv(t, data)]));

/** Replaces one cell of a CSV (row 1 = header) with a new value. */
function withCell(csv: string, row: number, column: string, value: string): string {
  const rows = Papa.parse<string[]>(csv.trimEnd()).data;
  const col = rows[0]!.indexOf(column);
  rows[row - 1]![col] = value;
  return `${Papa.unparse(rows, { newline: '\n' })}\n`;
}

describe('datapackage.json', () => {
  it('describes every published table with the CSV header exactly', () => {
    for (const r of pkg.resources) {
      const header = files[r.path]!.split('\n')[0];
      expect(header).toBe(r.schema.fields.map((f) => f.name).join(','));
    }
  });

  it('validates the real data without an error', () => {
    expect(validatePackage(pkg, files)).toEqual([]);
  });

  it('reports a value of the wrong type', () => {
    const bad = { ...files, 'reports.csv': withCell(files['reports.csv']!, 2, 'fiscal_year', '二〇二一') };
    expect(validatePackage(pkg, bad)).toEqual([{ resource: 'reports', row: 2, field: 'fiscal_year', message: '"二〇二一" is not of type integer' }]);
  });

  it('reports a missing value in a required field', () => {
    const bad = { ...files, 'departments.csv': withCell(files['departments.csv']!, 3, 'admin_code', '') };
    expect(validatePackage(pkg, bad)).toEqual([{ resource: 'departments', row: 3, field: 'admin_code', message: 'required value is missing' }]);
  });

  it('reports a broken foreign key', () => {
    const bad = { ...files, 'reports.csv': withCell(files['reports.csv']!, 2, 'department_id', 'nowhere') };
    expect(validatePackage(pkg, bad)).toContainEqual({ resource: 'reports', row: 2, field: 'department_id', message: 'nowhere not found in departments.id' });
  });

  it('reports a duplicate primary key', () => {
    const lines = files['departments.csv']!.split('\n');
    const bad = { ...files, 'departments.csv': [...lines.slice(0, 2), lines[1], ...lines.slice(2)].join('\n') };
    expect(validatePackage(pkg, bad)).toContainEqual({ resource: 'departments', row: 3, field: 'id', message: 'duplicate primary key guangzhou-baiyun (first on row 2)' });
  });

  it('reports a value outside its enum', () => {
    const bad = { ...files, 'departments.csv': withCell(files['departments.csv']!, 2, 'level', 'county') };
    expect(validatePackage(pkg, bad)).toEqual([{ resource: 'departments', row: 2, field: 'level', message: '"county" is not one of district, city' }]);
  });
});
