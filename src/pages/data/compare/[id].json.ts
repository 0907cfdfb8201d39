/** /data/compare/<department id>.json: a department's column of the comparison (docs/data-contract.md). */
import type { APIRoute } from 'astro';
import { allDepartments } from '../../../lib/site/data.ts';
import { departmentColumn } from '../../../lib/site/compare-view.ts';

export function getStaticPaths() {
  return allDepartments().map((d) => ({ params: { id: d.id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify({ v: 1, ...departmentColumn(params.id!) }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
