/**
 * getStaticPaths for the page routes. Each page has one route file under `src/pages/[...lang]/`;
 * the language is data: `perLanguage` gives every path once per language, Chinese at the root
 * (`lang` undefined) and English under `en/`, with the language as a prop.
 */
import { LANGS, type Lang } from './i18n.ts';
import { allDepartments, allReports, siteData } from './data.ts';
import { INDICATOR_PAGE_SIZE, REPORT_LIST_PAGE_SIZE, listsAllDepartments, pageCount, showsAllReports } from './scale.ts';

export function departmentPaths(): { params: { id: string } }[] {
  return allDepartments().map((d) => ({ params: { id: d.id } }));
}

export function reportPaths(): { params: { id: string } }[] {
  return allReports().map((r) => ({ params: { id: r.id } }));
}

/** Pages of the full report list: only for a large data set (the overview lists every report otherwise). */
export function reportListPaths(): { params: { page: string } }[] {
  if (showsAllReports(siteData)) return [];
  const pages = pageCount(siteData.reports.length, REPORT_LIST_PAGE_SIZE);
  return Array.from({ length: pages }, (_, i) => ({ params: { page: String(i + 1) } }));
}

/** A page per province: only when departments are too many to list on the overview. */
export function provincePaths(): { params: { code: string } }[] {
  if (listsAllDepartments(siteData)) return [];
  return [...new Set(siteData.departments.map((d) => d.admin_code.slice(0, 2)))].sort().map((code) => ({ params: { code } }));
}

/** Pages 2… of the indicator explorer (page 1 is /indicators/). */
export function indicatorPagePaths(): { params: { page: string } }[] {
  const pages = pageCount(siteData.indicators.length, INDICATOR_PAGE_SIZE);
  return Array.from({ length: pages - 1 }, (_, i) => ({ params: { page: String(i + 2) } }));
}

/** The props every localized route receives. */
export interface LangProps {
  lang: Lang;
}

type Params = Record<string, string>;

/**
 * Every path once per language: `{ lang: undefined }` (the Chinese pages at the site's root) and
 * `{ lang: 'en' }`. Without paths, the single page of a route without parameters.
 */
export function perLanguage<P extends Params>(
  paths: readonly { params: P }[] = [{ params: {} as P }],
): { params: P & { lang: string | undefined }; props: LangProps }[] {
  return LANGS.flatMap((lang) =>
    paths.map((p) => ({ params: { ...p.params, lang: lang === 'zh' ? undefined : lang }, props: { lang } })),
  );
}
