/** /feed.xml and /en/feed.xml: the Atom feed of reports (src/lib/site/feed.ts). */
import type { APIRoute } from 'astro';
import { perLanguage, type LangProps } from '../../lib/site/routes.ts';
import { allDepartments, siteData } from '../../lib/site/data.ts';
import { atomFeed } from '../../lib/site/feed.ts';

export function getStaticPaths() {
  return perLanguage();
}

export const GET: APIRoute = ({ props, site }) => {
  const { lang } = props as LangProps;
  const departments = new Map(allDepartments().map((d) => [d.id, d]));
  return new Response(atomFeed(siteData, departments, lang, site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
