/**
 * The Atom feeds: well-formed XML with what RFC 4287 requires of a feed (id, title, updated,
 * an author) and of each entry (id, title, updated, a link), absolute URLs, newest data first.
 * Checked with an XML parser, not with the code that writes it.
 */
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildSiteData } from '../../src/lib/data/build.ts';
import { FEED_ENTRIES, atomFeed, feedReports } from '../../src/lib/site/feed.ts';
import type { Report } from '../../src/lib/data/model.ts';

const data = { ...buildSiteData('data'), dataVersion: '2026-11-21' };
const departments = new Map(data.departments.map((d) => [d.id, d]));
const site = new URL('https://example.org');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'author'].includes(name) });

type Link = { '@rel': string; '@href': string };
type Entry = { id: string; title: string; updated: string; link: Link[]; summary: string };
type Feed = { '@xmlns': string; id: string; title: string; updated: string; author: { name: string }[]; link: Link[]; entry: Entry[] };

describe.each(['zh', 'en'] as const)('the Atom feed (%s)', (lang) => {
  const xml = atomFeed(data, departments, lang, site);
  const feed = (parser.parse(xml) as { feed: Feed }).feed;

  it('is well-formed XML in the Atom namespace', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  });
  it('has the elements RFC 4287 requires of a feed, with absolute URLs', () => {
    expect(feed.id).toBe(`https://example.org/${lang === 'en' ? 'en/' : ''}feed.xml`);
    expect(feed.title).toBeTruthy();
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/u);
    expect(feed.author[0]!.name).toBeTruthy();
    expect(feed.link.find((l) => l['@rel'] === 'self')?.['@href']).toBe(feed.id);
  });
  it('has an entry per report with id, title, updated and a link to its page', () => {
    expect(feed.entry).toHaveLength(data.reports.length);
    for (const e of feed.entry) {
      expect(e.id).toMatch(/^https:\/\/example\.org\/(en\/)?reports\/[a-z0-9-]+\/$/u);
      expect(e.title).toBeTruthy();
      expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/u);
      expect(e.link[0]!['@href']).toBe(e.id);
    }
  });
  it('is newest first: the filing date where printed (Jiangmen 2025-04-18), else the data version date', () => {
    const updated = feed.entry.map((e) => e.updated);
    expect([...updated].sort().reverse()).toEqual(updated);
    expect(feed.entry.find((e) => e.id.includes('jiangmen-2024'))!.updated).toBe('2025-04-18T00:00:00Z');
    expect(feed.entry.at(-1)!.id).toContain('jiangmen-2024');
    expect(feed.updated).toBe('2026-11-21T00:00:00Z');
  });
});

describe('feed entries', () => {
  it('hold the newest FEED_ENTRIES reports', () => {
    const r = data.reports[0]!;
    const many: Report[] = Array.from({ length: FEED_ENTRIES + 10 }, (_, i) => ({ ...r, id: `r-${String(i).padStart(3, '0')}`, filed_on: `2024-01-${String((i % 28) + 1).padStart(2, '0')}` }));
    const picked = feedReports({ reports: many, dataVersion: 'unknown' });
    expect(picked).toHaveLength(FEED_ENTRIES);
    expect(picked[0]!.filed_on).toBe('2024-01-28');
  });
  it('a report with neither a filing date nor a data date is dated the epoch, never made newer', () => {
    const xml = atomFeed({ reports: data.reports.map((r) => ({ ...r, filed_on: null })), dataVersion: 'unknown' }, departments, 'zh', site);
    expect(xml).toContain('<updated>1970-01-01T00:00:00Z</updated>');
  });
});
