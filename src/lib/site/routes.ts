/**
 * getStaticPaths for the page routes, shared by the Chinese and the English route files.
 */
import { allDepartments, allReports } from './data.ts';

export function departmentPaths(): { params: { id: string } }[] {
  return allDepartments().map((d) => ({ params: { id: d.id } }));
}

export function reportPaths(): { params: { id: string } }[] {
  return allReports().map((r) => ({ params: { id: r.id } }));
}
