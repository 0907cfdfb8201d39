/**
 * Text in, headline fields with their evidence out. See docs/extract.md.
 */
import { Big } from 'big.js';
import { adjustmentBetween, finalFromParts, fitsRate, initialBefore, triangulate, type Triangle } from './arithmetic.ts';
import { disagreeing, resolve, settleBudgetByRate, settleBudgetBySum, settleBudgetByTotal, settleRateByArithmetic, settleRateByOverall, settleBudgetFromAmounts, settleBudgetByAdjustment, settleSpentByRate, type Candidate, type Resolved } from './candidates.ts';
import { tableRows, type Cell } from './cells.ts';
import { budgetLines, type BudgetLineDraft } from './budget-lines.ts';
import { otherFigures, type DraftFigure } from './figures.ts';
import { listSections, type DraftItem } from './sections.ts';
import type { FigureKey } from '../../src/lib/data/schema.ts';
import { Flow } from './flow.ts';
import { printsNumbersTwice } from './fold.ts';
import { formFigures } from './form.ts';
import { headsFirstTable } from './columns.ts';
import { findDepartment, findFiscalYear, findKind, findProject, findTitle, isLabelOrJunk, yearSpanOf, type Title } from './identity.ts';
import { extractIndicators, type TaskDraft } from './indicators.ts';
import { proseOutcomes, type OutcomeDraft } from './outcomes.ts';
import { budgetedAmounts, projectAllocation, proseFigures, proseGrades, printedRates, spentBeforeRate, statedSums, type Skipped } from './prose.ts';
import { FIGURE_FIELDS, HEADLINE_FIELDS, type Evidence, type ExtractionJson, type HeadlineField, type IndicatorDraft } from './schema.ts';
import { toWan } from './values.ts';

export interface Extraction {
  /** The text as decoded */
  text: string;
  /** The kind of layout the text has, as the extractor sees it (for the evaluation and the reviewer) */
  layout: string;
  title: Title | null;
  fields: Record<HeadlineField, Resolved>;
  indicators: IndicatorDraft[];
  /** The rest of the record: other figures, tasks, duties, problems, measures, budget lines */
  record: {
    figures: Partial<Record<FigureKey, DraftFigure>>;
    tasks: TaskDraft[];
    outcomes: OutcomeDraft[];
    duties: DraftItem[];
    problems: DraftItem[];
    measures: DraftItem[];
    budgetLines: BudgetLineDraft[];
  };
}

function notesFor(skipped: readonly Skipped[], field: HeadlineField): string[] {
  return skipped.filter((s) => s.field === field).map((s) => s.note);
}

/** A title line that announces several reports or forms in one text: `(共15个)`, `(共3份)`. */
const BUNDLE = /(?:报告|自评表|评价表|汇编)[^\n。]{0,12}?\(共\s*(?<n>\d+)\s*(?:个|份|篇|项)\)/u;

/** The note for a text that bundles several reports, or null. */
function bundled(flow: Flow): string | null {
  const m = BUNDLE.exec(flow.text.slice(0, 800));
  if (!m || Number(m.groups!.n) < 2) return null;
  return `文本汇集了 ${m.groups!.n} 份报告或自评表（第 ${flow.lineOf({ start: m.index, end: m.index + m[0].length })} 行“${flow.printed({ start: m.index, end: m.index + m[0].length })}”），其中的项目和数字只属于其中一份，未取值`;
}

/**
 * Where an attachment begins (its `附件2` line) when the title found is the attachment's own, on the line after that line, and
 * the text before it is a report's body of its own (100 characters or more, speaking of its self-evaluation); null otherwise.
 */
function attachmentAfterHeadlessReport(flow: Flow, title: Title | null): number | null {
  if (!title) return null;
  const before = flow.text.slice(0, title.span.start);
  // (the attachment's line alone, its title on the next: not `附件9:2018年度…自评表.xls`, a page that is the attachment)
  const m = /(?<=^|\n)附件\s?\d+(?:[-—－.]\d+)?[:：]?[ \t]*$/u.exec(before);
  const ownLine = before.endsWith('\n') || flow.text[title.span.start] === '\n';
  // (a body: a sentence of its own about the self-evaluation, not a page's header)
  if (!m || !ownLine || m.index < 100 || !/[^。\n]*(?:自评|绩效)[^。\n]*。/u.test(before.slice(0, m.index))) return null;
  return m.index;
}

/**
 * Where a department's report ends and its attachments of projects begin (`附件1` / `项目支出绩效自评表（2022年度）`,
 * `附件2:某项目绩效自评表`): their fields and money rows are each project's, not the department's. Null when the
 * text is no department's report, or attaches nothing of another kind (its own 部门整体支出绩效自评表 is its own).
 */
function projectAttachments(flow: Flow, title: Title | null): number | null {
  // (a cover note, `关于报送2023年度部门整体支出绩效自评结果的报告`, `关于公开…绩效自评结果的说明`, speaks for the department too)
  if (!title || findKind(flow, title)?.value !== 'department') return null;
  // (an attachment's own heading, `附件2` or `附件2-1` / `…项目支出绩效自评表`: not the list of attachments, `附件:1.… 2.…`)
  // (a heading, not a sentence that cites it, `附件2所列…项目绩效自评表显示,…`)
  const re = /(?<=\n)附件\s?\d+(?:[-—－.]\d+)?[:：]?\s*\n?[^\n。,，;；]{0,40}?项目(?:支出)?绩效(?:自评|评价)(?:表|报告|结果)?(?:\([^()\n]{0,12}\))?\s*(?=\n|$)/gu;
  for (const m of flow.text.matchAll(re)) if (m.index > title.span.end + 100) return m.index;
  // (or a project's own report or form after the department's, its title on a line of its own, `某局2023年度某某经费项目支出绩效自评报告`,
  // `项目支出绩效自评表`; not an item of a list of attachments, `2.2023年度项目支出绩效自评表(2个)`, nor a table's caption, `表1 …自评表`)
  const own = /(?<=\n)(?![\d一二三四五六七八九十]+[.、]|\(|附|表\s?\d|如表|见表)[^\n。,，;；:]{0,60}?项目(?:支出)?绩效(?:自评|评价)(?:报告|表)(?:\([^()\n]{0,12}\))?\s*(?=\n|$)/gu;
  for (const m of flow.text.matchAll(own)) if (m.index > title.span.end + 100 && !/部门整体|整体支出|单位整体|个\)/u.test(m[0])) return m.index;
  return null;
}

/**
 * A text holding several reports, each under its own numbered heading (`（一）某某经费项目支出绩效自评报告` / `（二）某某补助项目支出绩效
 * 自评报告`, a department's own first too), or a compilation of forms each naming its own project: where the second starts, and
 * how many there are; null for one report.
 */
function nextReport(flow: Flow): { at: number; count: number } | null {
  // (each named without a year before it, `2023年度…`; a department's own report first and a project's after it too; not a list of
  // contents, one heading on the line after another; a project's report and its own form are one)
  const heads = [...flow.text.matchAll(/(?<=^|\n)(?:\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、)(?<name>[^\n。,;:]{2,40}?)(?:项目)?(?:支出)?绩效(?:自评|评价)(?:报告|表)\s*(?=\n|$)/gu)];
  const named = (m: RegExpExecArray) => m.groups!.name!.replace(/^\d{4}年度?/u, '');
  const spaced = heads.every((m, i) => i === 0 || m.index - heads[i - 1]!.index - heads[i - 1]![0].length > 20);
  if (heads.length >= 2 && spaced && new Set(heads.map(named)).size === heads.length) return { at: heads[1]!.index, count: heads.length };
  // (or a compilation of forms, each under its title on a line of its own, `项目支出绩效自评表` / `（2023年度）`, and naming its own
  // project in its 项目名称 field)
  const forms = [...flow.text.matchAll(/(?<=^|\n)(?:[^\n。,;:|\t]{0,30}?)项目(?:支出)?绩效(?:自评|目标自评)表(?:\(\d{4}年度?\))?\s*(?=\n|$)/gu)]
    .map((m) => ({ at: m.index, project: /项目名称[:\t¦|]*\s*([^\t\n|¦]{2,40})/u.exec(flow.text.slice(m.index, m.index + 200))?.[1]?.trim() ?? null }))
    .filter((f) => f.project !== null && !isLabelOrJunk(f.project));
  return forms.length >= 2 && new Set(forms.map((f) => f.project)).size === forms.length ? { at: forms[1]!.at, count: forms.length } : null;
}

/** A web page's end: its related links (a heading of its own, `相关链接:`, not a sentence, `相关信息已按规定公开`), neighbours, footer. */
const PAGE_END = String.raw`相关(?:链接|文章|阅读|新闻|信息|稿件|文件)(?=\s*[:：]|\s*(?:\n|$))|上一篇|下一篇|上一条|下一条|返回顶部|版权所有|(?:政府)?网站标识码|[\u4e00-\u9fff]ICP备|(?:主办|承办)(?:单位)?[:：][^\n]{0,80}(?:\n[^\n]{0,80}){0,2}?(?:网站标识码|ICP备|公网安备|版权所有)`;
/** Buttons and lists a page may print between its header and the text too. */
const PAGE_BUTTONS = String.raw`扫一扫在手机|打印本页|关闭窗口|推荐阅读|猜你喜欢|热点推荐|热门(?:文章|信息)`;
const PAGE_MATTER = new RegExp(String.raw`(?<=^|\n)[ \t【\[•·]*(?:(?<end>${PAGE_END})|${PAGE_BUTTONS})`, 'gu');
/**
 * Where (an offset of the original) a web page's own matter starts after the report's text: its related links and neighbours
 * (`相关链接`, `上一篇:`), its footer (`版权所有`, `网站标识码`, `主办单位:` beside them), its share and print buttons: other reports'
 * titles, the site's bodies and numbers, none of them the report's. Null when none.
 */
function pageMatterAt(flow: Flow): number | null {
  // (on the original's lines, read in simplified characters: the view may join a short line to the one before)
  for (const m of flow.reading.matchAll(PAGE_MATTER)) {
    const before = flow.reading.slice(0, m.index);
    // (the page's end after some text; its buttons only after the text has begun, an amount before them, or past the text's middle)
    if (m.groups!.end ? before.trim().length >= 40 : /\d\s?(?:万元|元|%|分)/u.test(before) || m.index >= flow.reading.length / 2) return m.index;
  }
  return null;
}

/** The extraction of a text's part before `at` (a reading offset), every value it reads flagged with `note`; the whole text kept. */
function firstPart(flow: Flow, at: number, note: string): Extraction {
  const end = flow.originalRange({ start: at, end: at }).start;
  const first = extractReport(flow.original.slice(0, end), true);
  const fields = Object.fromEntries(Object.entries(first.fields).map(([k, r]) => [k, r.value === null ? r : { ...r, uncertain: [note, ...r.uncertain] }])) as Extraction['fields'];
  return { ...first, fields, text: flow.original };
}

/** Extracts the headline fields, their evidence and the indicator rows from a report's text. */
export function extractReport(text: string, continues = false): Extraction {
  const flow = new Flow(text);
  flow.continues = continues;
  const title = findTitle(flow);
  // (a text that begins mid-way through a report, its title lost, and goes on to an attachment under its own title, `附件2` /
  // `某县2020年度某某资金项目绩效评价报告`: the text before the attachment is the report's, the attachment's title is not its title)
  const headless = attachmentAfterHeadlessReport(flow, title);
  if (headless !== null) return firstPart(flow, headless, `文本开头没有标题，第 ${flow.lineOf({ start: headless, end: headless + 1 })} 行起是附件（另有标题）；只读了附件之前的部分`);
  // (a web page's related links and footer after the text: read from the text before them)
  const matter = pageMatterAt(flow);
  if (matter !== null) return { ...extractReport(text.slice(0, matter), continues), text };
  // (a department's report with its projects' forms attached: read from the report, the attachments aside)
  const attached = projectAttachments(flow, title);
  if (attached !== null) {
    const end = flow.originalRange({ start: attached, end: attached }).start;
    return { ...extractReport(text.slice(0, end), true), text };
  }
  // (several reports one after another, each under its own heading: the first one's, flagged)
  const next = nextReport(flow);
  if (next !== null) return firstPart(flow, next.at, `文本含 ${next.count} 份报告或自评表，各有标题（第 ${flow.lineOf({ start: next.at, end: next.at + 1 })} 行起是第二份）；只读了第一份`);
  const rows = tableRows(text, flow.reading);
  // A template site's collection title names no department, project or year of this text.
  const ownTitle = title?.template ? null : title;

  const kindCandidate = findKind(flow, title);
  const kind = resolve('kind', kindCandidate ? [kindCandidate] : []);
  const span = yearSpanOf(flow, ownTitle);
  const fiscalYear = resolve('fiscal_year', findFiscalYear(flow, ownTitle), span ? [`标题评价的是“${span}”几个年度，没有单一的年度`] : []);
  const ctx = {
    kind: (kind.value as 'department' | 'project' | null) ?? null,
    fiscalYear: fiscalYear.value === null ? null : Number(fiscalYear.value),
  };

  const departments = findDepartment(flow, ownTitle);
  // A table of projects printed one cell per line, heads first: its first row's cells.
  // (a department's report may append a list of its projects: their rows are not the department's)
  const table = ctx.kind === 'department' ? [] : headsFirstTable(flow, rows);
  const department = resolve('department_name', [...departments.unit, ...table]);
  const supervising = resolve('supervising_department', [...departments.supervising, ...table]);
  // A text that bundles several reports (`…评价报告和绩效自评表(共15个)`): its figures and
  // project are one report's among them, not the text's.
  const bundle = bundled(flow);
  const project = bundle ? resolve('project_name', [], [bundle]) : resolve('project_name', ctx.kind === 'department' ? [] : [...findProject(flow), ...table]);

  // (the project as the view reads it: a traditional copy prints it in traditional characters)
  const readProject = project.value === null ? null : flow.reads(String(project.value));
  const withProject = { ...ctx, project: readProject };
  const prose = proseFigures(flow, withProject);
  const allocation = projectAllocation(flow, withProject, readProject);
  prose.candidates.push(...allocation.candidates);
  prose.skipped.push(...allocation.skipped);
  const grades = proseGrades(flow, withProject);
  const form = formFigures(flow, rows);
  // An adjustment is the report's only beside its budget: in the sentence that states the budget.
  const budgetCueLines = new Set(prose.candidates.filter((c) => c.field === 'budget_initial_wan' || c.field === 'budget_final_wan').map((c) => c.quote.line));
  // In a form, the money row is where the figures are: a vague word elsewhere (a note, a 其中 row) is not taken instead.
  const vagueInForm = (c: Candidate) => form.hasMoneyRow && c.tier < 2;
  // (or its sentence, wrapped onto the next line: `年中调整预算为 1781.86 万` / `元,比年初预算增加 758.97 万元`)
  const textLines = text.split('\n');
  const sameSentence = (line: number) => budgetCueLines.has(line) || (budgetCueLines.has(line - 1) && !/[。!?]\s*$/u.test(textLines[line - 2] ?? '') && !/[。!?]/u.test((textLines[line - 1] ?? '').split(/比年初|调增|调减|追加|追减|调整/u)[0]!));
  // (or one that names both budgets itself: `全年预算较年初增加15.80万元`)
  const namesBoth = (c: Candidate) => /(?:全年|调整后)预算数?[比较]年初/u.test(textLines[c.quote.line - 1] ?? '');
  const proseKept = prose.candidates.filter((c) => (c.field !== 'budget_adjustment_wan' || sameSentence(c.quote.line) || namesBoth(c)) && !vagueInForm(c));
  // An amount above 1,000 亿元 (10,000,000 万元) is no report's 万元 figure: set aside, flagged — but a form's cell under a 万元
  // head, `年度资金总额 | 145000000.00 | …`, that only 元 makes a possible amount is read in 元, flagged (two readers of such
  // a form read it so; a sentence's amount has its unit beside it).
  const implausible = (c: Candidate) => /_wan$/u.test(c.field) && Math.abs(Number(c.value)) > 1e7;
  const inYuan = (c: Candidate): Candidate => (implausible(c) && c.unit === undefined && c.rule.startsWith('自评表') && new Big(c.value).div(10000).abs().lte(1e7)
    ? { ...c, value: toWan(c.value, '元'), unit: '元', doubts: [...c.doubts, `“${c.printed}”按表头的万元读超过一千亿元，不合情理；按元读`] } : c);
  const all: Candidate[] = bundle ? [] : [...form.candidates.map(inYuan), ...proseKept, ...grades.candidates, ...table];
  const candidates = all.filter((c) => !implausible(c));
  const skipped = [...form.skipped, ...prose.skipped, ...grades.skipped,
    ...all.filter(implausible).map((c) => ({ field: c.field, note: `“${c.printed}”（第 ${c.quote.line} 行）按万元读超过一千亿元，不合情理（可能以元计），未取值` }))];
  const figures = Object.fromEntries(
    FIGURE_FIELDS.map((f) => [f, resolve(f, candidates, [...(bundle ? [bundle] : []), ...(form.doubts[f] ?? []), ...notesFor(prose.doubts, f)], notesFor(skipped, f))]),
  ) as Record<(typeof FIGURE_FIELDS)[number], Resolved>;
  // (a number the source hid where a cue as strong as the one read stands, `下达给我单位资金 点击查看>> 万元`: the one read may be a part's)
  for (const m of prose.masked ?? []) {
    const field = m.field as (typeof FIGURE_FIELDS)[number];
    const r = figures[field];
    if (r?.best && r.best.tier <= m.tier) figures[field] = { ...r, value: null, best: null, uncertain: [`${m.note}，读到的“${r.best.printed}”（第 ${r.best.quote.line} 行）未必是这一项，未取值`, ...r.uncertain] };
  }
  figures.execution_rate_pct = settleRateByOverall(figures.execution_rate_pct, candidates, textLines);
  figures.budget_final_wan = settleBudgetByTotal(settleBudgetByRate(figures.budget_final_wan, figures.spent_wan, figures.execution_rate_pct, candidates), candidates, textLines);
  figures.budget_final_wan = settleBudgetBySum(figures.budget_final_wan, candidates, statedSums(flow));
  ({ final: figures.budget_final_wan, initial: figures.budget_initial_wan } = settleBudgetByAdjustment(figures.budget_final_wan, figures.budget_initial_wan, figures.budget_adjustment_wan, candidates, textLines));
  // (the one amount a 年初 cue reads, `年初预算安排本项目经费85.00万元`, that a vaguer cue takes for the final budget too: the start-of-year's only)
  const [initialBest, finalBest] = [figures.budget_initial_wan.best, figures.budget_final_wan.best];
  if (initialBest && finalBest && finalBest.tier < initialBest.tier && finalBest.quote.line === initialBest.quote.line && finalBest.value === initialBest.value
    && (initialBest.quote.quote.endsWith(finalBest.quote.quote) || finalBest.quote.quote.endsWith(initialBest.quote.quote))) {
    figures.budget_final_wan = { ...figures.budget_final_wan, value: null, best: null, uncertain: [`“${finalBest.printed}”（第 ${finalBest.quote.line} 行）是年初预算，没有另外说明调整后的预算`] };
  }
  if (!bundle) {
    if (figures.budget_initial_wan.value === null) figures.budget_final_wan = settleBudgetFromAmounts(figures.budget_final_wan, figures.spent_wan, figures.execution_rate_pct, budgetedAmounts(flow), candidates);
    const budget = figures.budget_final_wan.value !== null ? figures.budget_final_wan : figures.budget_initial_wan;
    figures.spent_wan = settleSpentByRate(figures.spent_wan, budget, spentBeforeRate(flow));
    figures.execution_rate_pct = settleRateByArithmetic(figures.execution_rate_pct, figures.spent_wan, budget, printedRates(flow), candidates);
    fillByArithmetic(figures, triangulate(flow, ctx), candidates);
    const { budget_initial_wan: initial, budget_final_wan: final, budget_adjustment_wan: adjustment } = figures;
    const between = adjustment.value === null && initial.best && final.best ? adjustmentBetween(flow, initial.best, final.best) : null;
    if (between) figures.budget_adjustment_wan = { ...adjustment, value: between.value, best: between, uncertain: [`调整数取自年初预算与调整后预算之间追加或调减的金额“${between.printed}”（第 ${between.quote.line} 行）：${initial.value} ${between.value.startsWith('-') ? '−' : '+'} ${between.printed} = ${final.value}`, ...adjustment.uncertain] };
    // (and the start-of-year budget the final one and its adjustment leave: `预算批复数为4,127.60万元 … 调减356.80万元 … 全年预算数为3,770.80万元`)
    const before = initial.value === null && adjustment.best && final.best ? initialBefore(flow, adjustment.best, final.best) : null;
    if (before) figures.budget_initial_wan = { ...initial, value: before.value, best: before, uncertain: [`年初预算取自调整后预算减去调整数所得的金额“${before.printed}”（第 ${before.quote.line} 行）：${final.value} − (${adjustment.value}) = ${before.printed}`, ...initial.uncertain] };
    // (and the final budget the two make: `2022年预算收入69.06万元,其中年初预算57.28万元,调整追加11.78万元`)
    const after = final.value === null && initial.best && adjustment.best ? finalFromParts(flow, initial.best, adjustment.best) : null;
    if (after) figures.budget_final_wan = { ...final, value: after.value, best: after, uncertain: [`调整后预算取自年初预算加调整数所得的金额“${after.printed}”（第 ${after.quote.line} 行）：${initial.value} + (${adjustment.value}) = ${after.printed}`, ...final.uncertain] };
  }

  // (a text that prints its numbers twice, `106.5106.5`: each read once, flagged)
  const twice = printsNumbersTwice(text);
  if (twice) {
    for (const f of FIGURE_FIELDS) if (figures[f].best) figures[f] = { ...figures[f], uncertain: [`文本的数字都印了两遍（如“${twice}”），每个数按一遍读`, ...figures[f].uncertain] };
  }
  const others = otherFigures(flow);
  const found = extractIndicators(flow, rows);
  return {
    text,
    record: { figures: others, tasks: found.tasks, outcomes: proseOutcomes(flow), ...listSections(flow), budgetLines: budgetLines(flow, others) },
    layout: layoutKind(flow, rows, title),
    title,
    fields: { department_name: department, supervising_department: supervising, fiscal_year: fiscalYear, kind, project_name: project, ...figures },
    indicators: found.rows,
  };
}

/**
 * The kind of layout: a self-evaluation form (by how its cells are separated) or a report in
 * prose; with no title, in traditional characters, with PDF look-alike characters.
 */
function layoutKind(flow: Flow, rows: Cell[][], title: Title | null): string {
  const lines = flow.reading.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const form = /自评表|评价表|评分表/u.test(flow.text.slice(0, 300)) && (title === null || /表/u.test(title.text));
  let kind: string;
  if (form) {
    const pipes = lines.filter((l) => (l.match(/\|/gu) ?? []).length >= 2 || /^\|?[^|]+\|$/u.test(l)).length;
    const tabs = rows.filter((r) => r.length > 1 && r[0]!.explicit && !lines.some((l) => l.includes('|'))).length;
    const short = lines.filter((l) => [...l].length <= 20 && !/\s{2,}|\t/u.test(l)).length;
    const spaced = lines.filter((l) => /\S[ \u00a0\u3000]{2,}\S/u.test(l) || /\S \d/u.test(l)).length;
    kind = pipes >= 3 ? (flow.original.includes('|') ? 'form (| cells)' : 'form (comma cells)') : tabs >= 3 ? 'form (tab cells)' : short >= 0.6 * lines.length ? 'form (one cell per line)' : spaced >= 3 ? 'form (space-separated)' : 'form (flattened)';
  } else kind = 'report (prose)';
  const flags: string[] = [];
  if (!title || title.announced) flags.push('no title');
  let han = 0;
  let mapped = 0;
  let lookAlike = 0;
  for (let i = 0; i < flow.original.length; i++) {
    const c = flow.original.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) { han++; if (flow.reading[i] !== flow.original[i] && flow.reading.charCodeAt(i) >= 0x4e00 && flow.reading.charCodeAt(i) <= 0x9fff) mapped++; }
    else if ((c >= 0x2e80 && c <= 0x2fdf) || (c >= 0xf900 && c <= 0xfaff)) lookAlike++;
  }
  if (han > 0 && mapped / han >= 0.03) flags.push('traditional');
  if (lookAlike > 0) flags.push('look-alike radicals');
  return flags.length > 0 ? `${kind}, ${flags.join(', ')}` : kind;
}

/** The field's value in JSON: numbers as numbers, the rest as strings. */
function jsonValue(field: HeadlineField, value: string | null): string | number | null {
  if (value === null) return null;
  if (field === 'department_name' || field === 'supervising_department' || field === 'kind' || field === 'project_name' || field === 'grade') return value;
  return Number(value);
}

/** The note that flags a value (or its absence) for review. */
export function uncertainNote(r: Resolved): string | undefined {
  return r.uncertain.length > 0 ? `UNCERTAIN: ${r.uncertain.join('；')}` : undefined;
}

/** The object `--json` prints. */
export function toJson(x: Extraction): ExtractionJson {
  const evidence: Partial<Record<HeadlineField, Evidence>> = {};
  for (const f of HEADLINE_FIELDS) {
    const r = x.fields[f];
    const note = uncertainNote(r);
    if (r.best) evidence[f] = { printed: r.best.printed, quote: r.best.quote.quote, line: r.best.quote.line, ...(note ? { note } : {}) };
    else if (note) evidence[f] = { printed: null, quote: null, line: null, note };
  }
  const v = (f: HeadlineField) => jsonValue(f, x.fields[f].value);
  return {
    department_name: v('department_name') as string | null,
    supervising_department: v('supervising_department') as string | null,
    fiscal_year: v('fiscal_year') as number | null,
    kind: v('kind') as 'department' | 'project' | null,
    project_name: v('project_name') as string | null,
    budget_initial_wan: v('budget_initial_wan') as number | null,
    budget_adjustment_wan: v('budget_adjustment_wan') as number | null,
    budget_final_wan: v('budget_final_wan') as number | null,
    spent_wan: v('spent_wan') as number | null,
    execution_rate_pct: v('execution_rate_pct') as number | null,
    self_score: v('self_score') as number | null,
    grade: v('grade') as string | null,
    layout: x.layout,
    indicators: x.indicators,
    evidence,
  };
}

/**
 * Fills the budget, spending and rate that no cue read from the one triple the report's arithmetic
 * agrees on (arithmetic.ts), when it agrees with every one of them that was read; flagged. A budget
 * read from prose of which the spending is not the rate (a share, `县级财政安排546.6万元`, or the budget
 * before an adjustment) yields to the triple's, when that is larger and the spending and rate read are the triple's.
 */
function fillByArithmetic(figures: Record<'budget_initial_wan' | 'budget_final_wan' | 'spent_wan' | 'execution_rate_pct', Resolved>, found: Triangle | null, candidates: readonly Candidate[]): void {
  if (!found) return;
  const agrees = (r: Resolved, c: Candidate) => r.value === null || new Big(r.value).eq(c.value);
  const read = figures.budget_final_wan;
  // (only by a larger one: a smaller base the rate fits is more likely a part of the budget read)
  const replaced = read.value !== null && !agrees(read, found.budget) && new Big(found.budget.value).gt(read.value) && !fitsRate(found.spent.value, read.value, found.rate.value) ? read.value : null;
  const pairs = [[figures.budget_final_wan, found.budget], [figures.spent_wan, found.spent], [figures.execution_rate_pct, found.rate]] as const;
  if (!pairs.every(([r, c]) => agrees(r, c) || (r === read && replaced !== null))) return;
  for (const [r, c] of pairs) {
    // (not a rate whose cues disagree, the text contradicting itself: a reviewer's to settle — amounts that disagree, a
    // total and its parts, the arithmetic settles; nor the budget when only a 年初 budget was read, which stays the 年初 budget)
    if ((r.value !== null && !(r === read && replaced !== null)) || (r.field === 'execution_rate_pct' && disagreeing(r.field, candidates).length > 0)) continue;
    if (r.field === 'budget_final_wan' && replaced === null && figures.budget_initial_wan.value !== null) continue;
    const instead = r === read && replaced !== null ? `，而不是正文所说的“${replaced}”（执行数 ÷ ${replaced} 不等于执行率）` : '，没有其他说法可印证';
    figures[r.field as 'budget_final_wan' | 'spent_wan' | 'execution_rate_pct'] = { ...r, value: c.value, best: c, uncertain: [`${c.rule}：${found.spent.value} ÷ ${found.budget.value} = ${found.rate.value}%（第 ${c.quote.line} 行）${instead}`, ...r.uncertain] };
  }
}
