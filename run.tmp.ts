import { buildSiteData } from './src/lib/data/build.ts';
import { DataError, formatWarning } from './src/lib/data/parse.ts';
const dir = process.argv[2] ?? 'data';
try { const d = buildSiteData(dir); console.log('OK', d.reports.length, d.outcomes.length); for (const w of d.warnings) console.log('warn', formatWarning(w)); }
catch (e) { if (e instanceof DataError) { console.log(e.problems.length + ' problems'); for (const p of e.problems) console.log(p.message); } else throw e; }
