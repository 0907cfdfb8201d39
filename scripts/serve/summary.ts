/**
 * What `npm start` says about the data before the address: the build's warnings again (the
 * site build's output has pushed them up the screen) and one line on what they mean.
 */
import type { SiteData } from '../../src/lib/data/model.ts';
import { formatWarning } from '../../src/lib/data/parse.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The warning lines, then one line that explains them. */
export function warningSummary(data: Pick<SiteData, 'warnings' | 'reports'>): string[] {
  const total = data.warnings.length;
  if (total === 0) return ['No warnings: every check of the reports\' own arithmetic agrees with what they print.'];
  const disagreements = data.reports.reduce((n, r) => n + r.checks.filter((c) => !c.ok).length, 0);
  const other = Math.max(0, total - disagreements);
  const parts = [
    disagreements > 0 ? `the reports' own arithmetic disagrees in ${plural(disagreements, 'place', 'places')}` : null,
    other > 0 ? `${plural(other, 'other input needs', 'other inputs need')} a look (listed above)` : null,
  ].filter(Boolean);
  return [
    ...data.warnings.map((w) => `warning: ${formatWarning(w)}`),
    `${plural(total, 'warning', 'warnings')}: ${parts.join('; ')}. The figures are published as printed and each report page lists its checks ` +
      '(docs/architecture.md, "Disagreements are warnings").',
  ];
}
