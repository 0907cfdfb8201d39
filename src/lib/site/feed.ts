/**
 * The Atom feed of reports (RFC 4287), one per language (`/feed.xml`, `/en/feed.xml`): the
 * FEED_ENTRIES newest reports, newest data first: by the report's filing date where it prints
 * one, else the date the data last changed (`dataVersion`). URLs are absolute (SITE) and
 * carry the base path. A date that is not known is never made up: an entry without either
 * date gets the Unix epoch, which readers show as "unknown" rather than as news.
 */
import type { Department, Report, SiteData } from '../data/model.ts';
import { escapeXml } from '../charts/svg.ts';
import { departmentName } from '../format/names.ts';
import { formatAmount, formatPercent, formatPoints } from '../format/number.ts';
import { t, HTML_LANG, type Lang } from './i18n.ts';
import { kindLabel } from './names.ts';
import { absoluteUrl, pageHref, paths } from './urls.ts';

export const FEED_ENTRIES = 50;
const EPOCH = '1970-01-01';
const DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** The date an entry is "updated": the filing date, else the data's version date, else the epoch. */
function entryDate(r: Report, dataVersion: string): string {
  return r.filed_on ?? (DATE.test(dataVersion) ? dataVersion : EPOCH);
}

/** The reports of the feed, newest data first (then the newest fiscal year, then by id). */
export function feedReports(data: Pick<SiteData, 'reports' | 'dataVersion'>, n = FEED_ENTRIES): Report[] {
  return [...data.reports]
    .map((r) => ({ r, d: entryDate(r, data.dataVersion) }))
    .sort((a, b) => b.d.localeCompare(a.d) || b.r.fiscal_year - a.r.fiscal_year || a.r.id.localeCompare(b.r.id))
    .slice(0, n)
    .map((x) => x.r);
}

const el = (tag: string, attrs: Record<string, string>, text?: string): string => {
  const a = Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join('');
  return text === undefined ? `<${tag}${a}/>` : `<${tag}${a}>${escapeXml(text)}</${tag}>`;
};

function summary(r: Report, lang: Lang): string {
  const f = r.figures;
  const rate = f.execution_rate_pct?.value ?? r.execution_rate_computed_pct;
  return lang === 'zh'
    ? `${r.title}。支出 ${formatAmount(f.spent_wan?.value, lang)}，执行率 ${formatPercent(rate, lang)}，自评分 ${formatPoints(f.self_score?.value, lang)}。`
    : `${r.title} (in Chinese). Spent ${formatAmount(f.spent_wan?.value, lang)}, execution rate ${formatPercent(rate, lang)}, self-score ${formatPoints(f.self_score?.value, lang)}.`;
}

/** The feed's XML. `site` is the site's origin (SITE); links carry the base path. */
export function atomFeed(data: Pick<SiteData, 'reports' | 'dataVersion'>, departments: ReadonlyMap<string, Department>, lang: Lang, site: URL | undefined): string {
  const m = t(lang);
  const abs = (path: string) => absoluteUrl(site, pageHref(lang, path));
  const reports = feedReports(data);
  const stamp = (d: string) => `${d}T00:00:00Z`;
  const dates = reports.map((r) => entryDate(r, data.dataVersion));
  const updated = dates.reduce((a, b) => (b > a ? b : a), DATE.test(data.dataVersion) ? data.dataVersion : EPOCH);
  const entries = reports.map((r, i) => {
    const d = departments.get(r.department_id);
    const name = d ? departmentName(d, lang) : r.department_id;
    const title = lang === 'zh' ? `${name} ${r.fiscal_year} 年度${kindLabel(r.kind, lang)}绩效自评报告` : `${name}: ${r.fiscal_year} ${kindLabel(r.kind, lang).toLowerCase()} self-evaluation`;
    const url = abs(paths.report(r.id));
    return [
      '<entry>',
      el('id', {}, url),
      el('title', {}, title),
      el('updated', {}, stamp(dates[i]!)),
      el('link', { rel: 'alternate', type: 'text/html', href: url }),
      el('summary', {}, summary(r, lang)),
      '</entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${HTML_LANG[lang]}">`,
    el('id', {}, abs(paths.feed())),
    el('title', {}, `${m.siteName} · ${m.feedTitle}`),
    el('updated', {}, stamp(updated)),
    el('link', { rel: 'self', type: 'application/atom+xml', href: abs(paths.feed()) }),
    el('link', { rel: 'alternate', type: 'text/html', href: abs(paths.overview()) }),
    `<author>${el('name', {}, m.siteName)}</author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
