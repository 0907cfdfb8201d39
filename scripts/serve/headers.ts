/**
 * The response headers a built site asks for in its `_headers` file (copied from
 * public/_headers): blocks of a path pattern followed by indented `Name: value` lines, `#`
 * comments. A pattern is a site path in which `*` stands for any rest of the path; every
 * block whose pattern matches a request applies, in file order.
 */
export interface HeaderRule {
  pattern: RegExp;
  headers: [name: string, value: string][];
}

/** Thrown for a `_headers` line that is neither a pattern, a header nor a comment. */
export class HeadersFileError extends Error {}

export function parseHeaders(text: string, file = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/u).forEach((raw, i) => {
    const line = raw.trimEnd();
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/u.test(line)) {
      const source = line.trim().split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/gu, '\\$&')).join('.*');
      rules.push({ pattern: new RegExp(`^${source}$`, 'u'), headers: [] });
      return;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.*)$/u.exec(line);
    const rule = rules.at(-1);
    if (!m || !rule) throw new HeadersFileError(`${file}:${i + 1}: expected "Name: value" under a path, found "${line.trim()}"`);
    rule.headers.push([m[1]!, m[2]!]);
  });
  return rules;
}

/** The headers for a site path (without the base), later blocks adding to earlier ones. */
export function headersFor(rules: readonly HeaderRule[], path: string): [string, string][] {
  return rules.filter((r) => r.pattern.test(path)).flatMap((r) => r.headers);
}
