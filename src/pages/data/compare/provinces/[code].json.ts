/** /data/compare/provinces/<code>.json: a province's departments, for the comparison's chooser (docs/data-contract.md). */
import type { APIRoute } from 'astro';
import { provinceChoices, provinceDepartments } from '../../../../lib/site/compare-view.ts';

export function getStaticPaths() {
  return provinceChoices().map((p) => ({ params: { code: p.code } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify({ v: 1, code: params.code, departments: provinceDepartments(params.code!) }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
