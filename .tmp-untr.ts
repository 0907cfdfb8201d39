import { readSiteData } from './src/lib/data/generated.ts';
import { reportTexts } from './src/lib/data/translation.ts';
const d = readSiteData('src/generated');
for (const r of d.reports) {
  const items = reportTexts(r, d.indicators.filter((i) => i.report_id === r.id), d.budgetLines.filter((b) => b.report_id === r.id), d.outcomes.filter((o) => o.report_id === r.id));
  for (const x of items) if (x.en === null && (process.argv[2] ?? r.id) === r.id) console.log(r.id, x.field, x.zh);
}
