/**
 * What a report is: its title, kind, department, project and the year its figures cover.
 */
import type { Candidate } from './candidates.ts';
import type { Flow, Span } from './flow.ts';
import { isInstruction } from './values.ts';

export interface Title {
  /** The title line as printed (markup removed, spaces kept) */
  text: string;
  span: Span;
  /** The year the title names, if any */
  year: number | null;
}

const TITLE = /绩效自评报告|绩效自评表|绩效评价报告|自评报告|绩效自评的报告/u;

/** The first line, among the first 30 of the view, that reads as a report's or form's title. */
export function findTitle(flow: Flow): Title | null {
  let start = 0;
  for (let n = 0; n < 30 && start < flow.text.length; n++) {
    let end = flow.text.indexOf('\n', start);
    if (end < 0) end = flow.text.length;
    const line = flow.text.slice(start, end);
    if (TITLE.test(line) && line.length <= 60 && !/测试|fixture|虚构/iu.test(line)) {
      const text = flow.excerpt({ start, end }).replace(/^\s*#+\s*/u, '').trim();
      const year = /(\d{4})年/u.exec(line);
      return { text, span: { start, end }, year: year ? Number(year[1]) : null };
    }
    start = end + 1;
  }
  return null;
}

/** department or project, from the title; else from the name of the form the text is. */
export function findKind(flow: Flow, title: Title | null): Candidate | null {
  const make = (value: 'department' | 'project', span: Span, rule: string): Candidate => ({
    field: 'kind', value, printed: flow.excerpt(span).trim(), quote: flow.quote(span), tier: 3, rule, doubts: [],
  });
  if (title) {
    const t = flow.text.slice(title.span.start, title.span.end);
    if (/部门整体|整体支出|部门绩效/u.test(t)) return make('department', title.span, '标题');
    if (/项目支出|项目绩效|专项资金|项目资金/u.test(t)) return make('project', title.span, '标题');
  }
  const form = /(?<dept>部门整体支出绩效自评表)|(?<project>项目支出绩效自评表)/u.exec(flow.text.slice(0, 400));
  if (form) {
    const span = { start: form.index, end: form.index + form[0].length };
    return make(form.groups!.dept ? 'department' : 'project', span, '表名');
  }
  return null;
}

/** An organisation's name: up to the first of the suffixes government bodies end with. */
const ORG = String.raw`[\u4e00-\u9fff()]{2,30}?(?:局|中心|署|委员会|办公室|厅|委|办)`;
const PLACE_START = /^[\u4e00-\u9fff]{2,8}?(?:省|自治区|市|州|盟|地区|县|区|旗)/u;
const ORG_FIELD = new RegExp(
  String.raw`(?<label>部门名称|单位名称|部门\(单位\)名称|主管部门|预算部门|预算单位|填报单位|报送单位)(?:\((?:公章|盖章|签章)\))?:?(?:\t|\n)?(?:\((?:公章|盖章|签章)\))?(?<name>${ORG})`,
  'u',
);

/**
 * The department: a labelled field (主管部门, 部门名称) first, else the name before the year in
 * the title. A title that names the body without its place (`区投资促进中心`) is completed from
 * the text (`广州市番禺区投资促进中心`) when the text names it in full.
 */
export function findDepartment(flow: Flow, title: Title | null): Candidate[] {
  const out: Candidate[] = [];
  const field = ORG_FIELD.exec(flow.text);
  if (field && !isInstruction(field.groups!.name!)) {
    const nameStart = field.index + field[0].length - field.groups!.name!.length;
    const span = { start: nameStart, end: field.index + field[0].length };
    out.push({ field: 'department_name', value: field.groups!.name!, printed: flow.excerpt(span).replace(/\s+/gu, ''), quote: flow.quote({ start: field.index, end: span.end }), tier: 3, rule: `“${field.groups!.label}”栏`, doubts: [] });
  }
  if (title) {
    const t = flow.text.slice(title.span.start, title.span.end);
    const lead = /^(?:关于)?(?:\d{4}年度?)?/u.exec(t)![0].length;
    const m = new RegExp(`^${ORG}`, 'u').exec(t.slice(lead));
    if (m) {
      let name = m[0];
      // The title as a whole: the name alone recurs in the text, the title line rarely does.
      let quote = flow.quote(title.span);
      let rule = '标题';
      const doubts: string[] = [];
      if (!PLACE_START.test(name) || /^(?:区|市|县|省)/u.test(name)) {
        const full = completeName(flow, name);
        if (full) {
          quote = flow.quote(full.span);
          name = full.name;
          rule = `标题“${m[0]}”，全称见正文`;
        } else if (/^(?:区|市|县|省|本|我)/u.test(name)) {
          doubts.push(`标题只写“${name}”，没有地名；正文中也没有找到全称`);
        }
      }
      out.push({ field: 'department_name', value: name, printed: name, quote, tier: 2, rule, doubts });
    }
  }
  return out;
}

/** The longest name in the text that ends with `partial` and starts with a place. */
function completeName(flow: Flow, partial: string): { name: string; span: Span } | null {
  const core = partial.replace(/^(?:区|市|县|省)/u, '');
  const re = new RegExp(String.raw`(?:[\u4e00-\u9fff]{2,6}?(?:省|市))?[\u4e00-\u9fff]{2,6}?${escape(partial.startsWith(core) ? core : partial)}`, 'gu');
  let best: { name: string; span: Span } | null = null;
  for (const m of flow.text.matchAll(re)) {
    // Trim words that precede the place (`我区`, `与`): the name must start with a place.
    let name = m[0];
    let start = m.index;
    while (name.length > partial.length && !PLACE_START.test(name)) { name = name.slice(1); start++; }
    if (!PLACE_START.test(name) || name === partial) continue;
    if (!best || name.length > best.name.length) best = { name, span: { start, end: start + name.length } };
  }
  return best;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

const PROJECT_FIELD = /项目名称(?:\((?:全称)\))?:?(?:\t|\n)?(?<name>[^\t\n。]{2,60}?)(?=\t|\n|$|主管部门|实施单位|项目负责人|联系电话|填报人|预算单位|项目单位)/u;

/** The project, from its 项目名称 field (project reports only). */
export function findProject(flow: Flow): Candidate | null {
  const m = PROJECT_FIELD.exec(flow.text);
  if (!m) return null;
  const name = m.groups!.name!.replace(/^:/u, '');
  if (isInstruction(name) || /^\(/u.test(name) || /^(?:主管部门|实施单位)/u.test(name)) return null;
  const nameEnd = m.index + m[0].length;
  const span = { start: nameEnd - m.groups!.name!.length, end: nameEnd };
  const printed = flow.excerpt(span).trim();
  return { field: 'project_name', value: name, printed, quote: flow.quote({ start: m.index, end: nameEnd }), tier: 3, rule: '“项目名称”栏', doubts: [] };
}

/**
 * Phrases that name the year of the figures: `截至 2021 年 12 月 31 日`, `2021 年度本单位收入`,
 * `2024 年度部门整体全年总支出`, a form's `（2023年度）`. A year right after 相比/比/较 is a
 * comparison, not the report's year.
 */
const FIGURE_YEAR = new RegExp(
  [
    String.raw`截[至止](?<a>\d{4})年(?:12月31日|底|末)`,
    String.raw`(?<b>\d{4})年度?(?:本单位|本部门|本局|我局|部门整体|部门|单位|整体)?(?:全年)?(?:的)?(?:收入|支出|收支|年初预算|预算|决算|总支出)`,
    String.raw`^\((?<c>\d{4})年度?\)$`,
    String.raw`(?:评价|自评)年度:?(?:\t|\n)?(?<d>\d{4})`,
  ].join('|'),
  'gmu',
);

/** Candidates for the fiscal year: the year most figure phrases name, else the title's. */
export function findFiscalYear(flow: Flow, title: Title | null): Candidate[] {
  const votes = new Map<number, { count: number; first: Candidate }>();
  for (const m of flow.text.matchAll(FIGURE_YEAR)) {
    const g = m.groups!;
    const year = Number(g.a ?? g.b ?? g.c ?? g.d);
    if (/(?:相比|比|较|与|对比|上年|去年)$/u.test(flow.text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    const yearText = String(year);
    const at = m[0].indexOf(yearText);
    const printed = flow.excerpt({ start: m.index + at, end: m.index + at + 4 }).replace(/\s+/gu, '');
    const entry = votes.get(year);
    if (entry) entry.count++;
    else votes.set(year, { count: 1, first: { field: 'fiscal_year', value: yearText, printed, quote: flow.quote(span), tier: 3, rule: '正文所述数字的年度', doubts: [] } });
  }
  if (votes.size > 0) {
    const ranked = [...votes.values()].sort((a, b) => b.count - a.count);
    const top = ranked.filter((v) => v.count === ranked[0]!.count);
    // A tie is no answer, unless the title settles it.
    if (top.length === 1) return [top[0]!.first];
    const byTitle = top.find((v) => title?.year !== null && v.first.value === String(title?.year));
    if (byTitle) return [byTitle.first];
    return top.map((v) => v.first);
  }
  if (title?.year) {
    const t = flow.text.slice(title.span.start, title.span.end);
    const at = t.indexOf(String(title.year));
    const span = { start: title.span.start + at, end: title.span.start + at + 4 };
    return [{ field: 'fiscal_year', value: String(title.year), printed: flow.excerpt(span).replace(/\s+/gu, ''), quote: flow.quote(title.span), tier: 2, rule: '标题年份（正文未说明数字的年度）', doubts: ['正文没有说明数字所属年度，取自标题'] }];
  }
  return [];
}
