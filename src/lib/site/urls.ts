/**
 * Every internal link goes through here, so the site works at a domain's root and under a
 * sub-path (`BASE_PATH=/sub/path/ npm run build`). Paths inside the site are written without
 * a leading slash and without the language prefix: `reports/<id>/`, `` for the overview.
 */
import type { Lang } from './i18n.ts';

/** Joins the base (e.g. "/" or "/sub/path/") and a site path with exactly one slash between. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const root = b.startsWith('/') ? b : `/${b}`;
  return `${root}${path.replace(/^\/+/u, '')}`;
}

/** The site path with the language prefix: English pages live under `en/`. */
export function localized(lang: Lang, path: string): string {
  const p = path.replace(/^\/+/u, '');
  return lang === 'en' ? `en/${p}` : p;
}

/** The site's base path, as Astro was configured (`import.meta.env.BASE_URL`). */
function basePath(): string {
  return import.meta.env.BASE_URL ?? '/';
}

/** An href for a path inside the site, not language-specific (downloads, assets). */
export function href(path: string): string {
  return withBase(basePath(), path);
}

/** An href for a page in the given language. */
export function pageHref(lang: Lang, path: string): string {
  return href(localized(lang, path));
}

// Site paths of each page type (language-neutral; pass them to `pageHref`).
export const paths = {
  overview: (): string => '',
  departments: (): string => '#departments',
  department: (id: string): string => `departments/${id}/`,
  report: (id: string): string => `reports/${id}/`,
  source: (id: string, line?: number): string => `sources/${id}/${line === undefined ? '' : `#L${line}`}`,
  search: (): string => 'search/',
  /** The comparison view; with ids, preselected (`compare/?ids=a,b`) */
  compare: (ids: readonly string[] = []): string => (ids.length ? `compare/?ids=${ids.map(encodeURIComponent).join(',')}` : 'compare/'),
  indicators: (): string => 'indicators/',
  /** Page `n` of the indicator explorer (large data sets only; page 1 is `indicators/`) */
  indicatorsPage: (n: number): string => (n <= 1 ? 'indicators/' : `indicators/page/${n}/`),
  /** Page `n` of the list of every report (large data sets only) */
  reportList: (n: number): string => `reports/page/${n}/`,
  /** The departments of a province, by the first two digits of their GB/T 2260 codes (large data sets only) */
  province: (code: string): string => `provinces/${code}/`,
  data: (): string => 'data/',
  /** What the site holds; page `n` of its per-report rows (large data sets only; page 1 of a small one is `coverage/` itself) */
  coverage: (): string => 'coverage/',
  coveragePage: (n: number): string => `coverage/page/${n}/`,
  /** The Atom feed of reports, per language */
  feed: (): string => 'feed.xml',
  about: (): string => 'about/',
  /** The raw text as the build copies it to /data/sources/ */
  rawSource: (file: string): string => `data/sources/${file}`,
};

/** Absolute URL of a page for canonical and hreflang links. */
export function absoluteUrl(site: URL | undefined, pathWithBase: string): string {
  return site ? new URL(pathWithBase, site).href : pathWithBase;
}
