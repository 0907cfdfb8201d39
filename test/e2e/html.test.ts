/** HTML validation (html-validate, recommended rules, .htmlvalidate.json) of every built page. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { SITE_DIR } from './global-setup.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}

describe('HTML validation', () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = htmlFiles(SITE_DIR);

  it('covers every page of both languages', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it.each(files.map((f) => [f.slice(SITE_DIR.length)]))('%s has no error', async (rel) => {
    const report = await validator.validateFile(join(SITE_DIR, rel));
    expect(report.valid ? '' : formatterFactory('text')(report.results)).toBe('');
  });

  it('the validator can fail: a page with an unclosed element and a duplicate id is refused', async () => {
    const report = await validator.validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><p id="a">x</p><div id="a"><span></div></body></html>', join(SITE_DIR, 'probe.html'));
    expect(report.valid).toBe(false);
  });
});
