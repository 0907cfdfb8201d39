/**
 * Validates CSV files against a Frictionless Table Schema the way a Frictionless validator does
 * for the features our datapackage.json uses: header, types, required, enum, primary key and
 * foreign keys. Hand-written because the Frictionless validators are Python; the official
 * JavaScript one (tableschema-js) is unmaintained.
 */
import Papa from 'papaparse';

interface Field { name: string; type: 'string' | 'integer' | 'number' | 'boolean'; constraints?: { required?: boolean; enum?: string[] } }
interface Resource {
  name: string;
  path: string;
  schema: {
    fields: Field[];
    missingValues?: string[];
    primaryKey?: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}
export interface Package { resources: Resource[] }

export interface PackageError { resource: string; row: number | null; field: string | null; message: string }

const TYPE_OK: Record<Field['type'], (v: string) => boolean> = {
  string: () => true,
  integer: (v) => /^-?\d+$/u.test(v),
  number: (v) => /^-?\d+(?:\.\d+)?$/u.test(v),
  boolean: (v) => v === 'true' || v === 'false',
};

/** `files` maps a resource path to its CSV text. Rows are numbered as in the file (header = 1). */
export function validatePackage(pkg: Package, files: Record<string, string>): PackageError[] {
  const errors: PackageError[] = [];
  const parsed = new Map<string, Record<string, string>[]>();
  for (const r of pkg.resources) {
    const text = files[r.path];
    if (text === undefined) {
      errors.push({ resource: r.name, row: null, field: null, message: `file ${r.path} is missing` });
      continue;
    }
    const { data } = Papa.parse<string[]>(text.replace(/\n$/u, ''), { skipEmptyLines: false });
    const [header = [], ...rows] = data;
    const names = r.schema.fields.map((f) => f.name);
    if (header.join(',') !== names.join(',')) {
      errors.push({ resource: r.name, row: 1, field: null, message: `header ${header.join(',')} does not match the schema ${names.join(',')}` });
      continue;
    }
    const missing = new Set(r.schema.missingValues ?? ['']);
    const objects: Record<string, string>[] = [];
    rows.forEach((cells, i) => {
      const row = i + 2;
      if (cells.length !== names.length) {
        errors.push({ resource: r.name, row, field: null, message: `${cells.length} cells, expected ${names.length}` });
        return;
      }
      const obj: Record<string, string> = {};
      r.schema.fields.forEach((f, k) => {
        const v = cells[k] ?? '';
        obj[f.name] = v;
        if (missing.has(v)) {
          if (f.constraints?.required) errors.push({ resource: r.name, row, field: f.name, message: 'required value is missing' });
          return;
        }
        if (!TYPE_OK[f.type](v)) errors.push({ resource: r.name, row, field: f.name, message: `"${v}" is not of type ${f.type}` });
        if (f.constraints?.enum && !f.constraints.enum.includes(v)) errors.push({ resource: r.name, row, field: f.name, message: `"${v}" is not one of ${f.constraints.enum.join(', ')}` });
      });
      objects.push(obj);
    });
    const pk = r.schema.primaryKey;
    if (pk?.length) {
      const seen = new Map<string, number>();
      objects.forEach((o, i) => {
        const key = JSON.stringify(pk.map((k) => o[k]));
        const first = seen.get(key);
        if (first !== undefined) errors.push({ resource: r.name, row: i + 2, field: pk.join(','), message: `duplicate primary key ${pk.map((k) => o[k]).join(', ')} (first on row ${first})` });
        else seen.set(key, i + 2);
      });
    }
    parsed.set(r.name, objects);
  }
  for (const r of pkg.resources) {
    for (const fk of r.schema.foreignKeys ?? []) {
      const target = parsed.get(fk.reference.resource);
      const rows = parsed.get(r.name);
      if (!target || !rows) continue;
      const keys = new Set(target.map((o) => JSON.stringify(fk.reference.fields.map((f) => o[f]))));
      rows.forEach((o, i) => {
        const key = JSON.stringify(fk.fields.map((f) => o[f]));
        if (!keys.has(key)) errors.push({ resource: r.name, row: i + 2, field: fk.fields.join(','), message: `${fk.fields.map((f) => o[f]).join(', ')} not found in ${fk.reference.resource}.${fk.reference.fields.join(',')}` });
      });
    }
  }
  return errors;
}
