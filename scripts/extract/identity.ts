/**
 * What a report is: its title, kind, department, project and the year its figures cover.
 */
import { isRowLabelCell } from './dumped.ts';
import type { Candidate } from './candidates.ts';
import { FUND_SECTION_WORDS, topHeading } from './context.ts';
import { NAME_IN_PARENTHESES, type Flow, type Span } from './flow.ts';
import { pinyinAt } from './fold.ts';
import { escapeRegExp, isInstruction } from './values.ts';

export interface Title {
  /** The title line as printed (markup removed, spaces kept) */
  text: string;
  span: Span;
  /** The year the title names, if any */
  year: number | null;
  /** Not a line of its own: the report's name in its opening sentence (`现将…报告如下`), a text without its title */
  announced?: boolean;
  /** A document site's label for the file (`《….docx》`, `….pdf`), not the document's own heading */
  fileLabel?: boolean;
  /** An attachment's title in a list of attachments (`附件:2020年度养护类项目自评表`) */
  attachment?: boolean;
  /**
   * A template site's page title over a collection of copies (`…自评报告(精选4篇)`, `…热选(最新5篇)`)
   * or a copy's heading repeating it (`…自评报告 篇1`): it names the collection, not the
   * document's department, project or year.
   */
  template?: boolean;
  /** The document site's file label before the document's own heading, when the text has both */
  file?: Title;
}

/**
 * A report's or a form's title: …自评报告, …评价报告, …自评工作的报告, …自评结果, …工作情况总结,
 * …自评表, …评价表. Not a heading (`四、绩效自评结果`) nor a sentence.
 */
// (and, after a year, a line that ends in `…绩效自评情况` or `…绩效报告`: `明光市2023年度…专项资金绩效自评情况`, `昆明海口林场2017年森林植被恢复费绩效报告`)
const TITLE = /(?:自评|评价)[^。,;:!?\t]{0,6}?(?:总结报告|报告|结果|总结)|(?:自评|评价|评分)表|绩效[^。,;:!?\t]{0,8}?工作(?:情况)?总结|绩效(?:运行)?监控[^。,;:!?\t]{0,6}?(?:报告|总结)|(?<=\d{4}年[^。,;:!?\t\n]{0,50})绩效(?:自评情况|评价情况|报告)(?=[ \t]*(?:\n|$))/u;
const NOT_TITLE = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[.、](?!\d)|根据|现将|按照|为了|为|公开目录|主题分类|信息分类|所属栏目|栏目|索引号|主题词)|[。;!?]|公开目录|主题分类|组配分类|信息分类|测试|fixture|虚构/iu;

const PAGE_DEBRIS = /^(?:\d{1,2}、\s*)?(?:PAGE\s*\d+?(?=PAGE|\d{4}年|\D))*\s*/u;
/** A document site's slogan run into the first line: `精选优质文档-----倾情为你奉上`. */
const SLOGAN = /^[\u4e00-\u9fff]{2,10}[-—]{3,}[\u4e00-\u9fff]{0,10}?(?:奉上|分享|推荐|下载)\s*/u;

/**
 * Whether a title line still lacks its subject: it ends with a year, a body or `…支出`, with no
 * punctuation; or with a fund's name when the next line is only the report's words (`绩效自评报告`).
 */
const OPEN_END = /(?:\d{4}年度?|局|中心|署|委员会|办公室|政府|院|馆|站|所|支出|项目)$/u;
const OPEN_FUND = /(?:资金|经费)$/u;
/** A second line that is only the report's words (`绩效自评报告`): the line before is its first half, whatever it ends with. */
const REPORT_WORDS_ONLY = /^(?:绩效)?(?:自评|评价|自我评价)(?:情况)?(?:的)?(?:报告|表)$/u;

/** A template site's collection: `(精选4篇)`, `(通用5篇)`, `热选(最新5篇)`, and a copy's number after the title (`篇1`, `【第一篇】`, `1`). */
const COLLECTION = /\((?:精选|通用|最新|热门|优秀|优质|推荐|实用|汇总|精品)?[\d一二三四五六七八九十]+篇\)|(?:精选|通用|精品|热门|优秀)[\d一二三四五六七八九十]+篇|热选|范文|我要投稿|小编|为大家整理|供大家参考/u;
const COPY_NUMBER = /^\s*(?:篇\s*\d+|【?第[\d一二三四五六七八九十]+篇】?|\d{1,2})\s*$/u;

/** An attachment list's entry holding a title (`附件:1.某某局2020年度…自评报告`): the title starts after it. */
const ATTACHMENT = /^附件\d*:?\s*(?:\d+[.、])?\s*/u;

/** Whether the original line at view position `at` is an item of a bulleted list (`• 自评报告`, a page's metadata: no half of a title). */
function bulleted(flow: Flow, at: number): boolean {
  const o = flow.originalRange({ start: at, end: at + 1 }).start;
  return /^\s*[•·▪◦●]/u.test(flow.original.slice(flow.original.lastIndexOf('\n', o - 1) + 1, o + 1));
}

/** A span of years, `2018-2020年`, `2019至2021年`. */
const YEAR_SPAN = /\d{4}\s?(?:-|—|–|~|至|到)\s?\d{4}年/u;

/** The span of years a title names (`2018-2020年`), or null. */
export function yearSpanOf(flow: Flow, title: Title | null): string | null {
  return title ? YEAR_SPAN.exec(flow.text.slice(title.span.start, title.span.end))?.[0] ?? null : null;
}

/** The lines among the first 40 of the view that read as a title, each joined with a first half on the line before. */
function titleLines(flow: Flow, limit = 60): Title[] {
  const out: Title[] = [];
  let start = 0;
  let previous: { start: number; text: string } | null = null;
  const templateBases: string[] = [];
  for (let n = 0; n < limit && start < flow.text.length; n++) {
    let lineEnd = flow.text.indexOf('\n', start);
    if (lineEnd < 0) lineEnd = flow.text.length;
    let end = lineEnd;
    // A web page's metadata field holding the title: `名称:…自评结果`; an attachment's label.
    // (or a page's breadcrumb ending in the title: `当前位置:首页 财政资金 > <title>`)
    // (debris a page injects into the label, `名称85224:`, is part of it)
    // (a page's `标      题 某某联合会…报告`: the label without its colon, spread out by spaces)
    const metaLabel = /^(?:名称|标题|题名|题目|文件名称|概述)\d*:|^(?:标题|题名)(?=[\u4e00-\u9fff\d])/u.exec(flow.text.slice(start, end)) ?? /^(?:当前位置:|首页)[^\n]*>/u.exec(flow.text.slice(start, end));
    const attached = metaLabel ? null : ATTACHMENT.exec(flow.text.slice(start, end));
    const label = metaLabel ?? attached;
    if (label) start += label[0].length;
    // A text dumped as one long line starts with its title: the words up to 报告/自评表, no punctuation before.
    const m = TITLE.exec(flow.text.slice(start, end));
    if (m && end - start > 60 && m.index + m[0].length <= 60 && !/[。,;:!?]|^(?:根据|现将|按照)/u.test(flow.text.slice(start, start + m.index)) && namesSubject(flow.text.slice(start, start + m.index + m[0].length))) end = start + m.index + m[0].length;
    // (or, a web page dumped as one line, after the page's header or breadcrumb: the title between two gaps of the original,
    // `…发布日期: 2021-03-04 某局关于2020年度…报告 根据…`, `首页 > 政务公开 > … 某局…报告 一、…`)
    else if (end - start > 60 && (!label || /^(?:当前位置|首页)/u.test(label[0]))) {
      const inner = runInTitle(flow, start, end);
      if (inner) { start = inner.start; end = inner.end; }
    }
    const line = flow.text.slice(start, end);
    // A document site numbers its pages `1、` and leaves `PAGE 4` debris before the title.
    // A document site puts the title in 《…》: the title starts inside.
    const slogan = SLOGAN.exec(line)?.[0].length ?? 0;
    const body = line.slice(slogan);
    const debris = slogan + PAGE_DEBRIS.exec(body)![0].length + (body.startsWith('《') ? 1 : 0);
    // (or a document site's `1、` before a title that runs into the text: `1、某区图书馆…项目绩效自评报告一、项目概况…`)
    const enumerated = debris > 0 && (body.startsWith('《') || /^[^。]*?\d{4}年/u.test(line.slice(debris)) || (end < lineEnd && /^[一二三四五六七八九十]、/u.test(flow.text.slice(end, end + 2)) && /^[^。,;:!?]{4,58}?(?:自评|评价)报告$/u.test(line.slice(debris))));
    if (TITLE.test(line) && line.length <= 60 && !NOT_TITLE.test(enumerated ? line.slice(debris) : line)) {
      let from = start + (enumerated ? debris : 0);
      // A title broken over two lines (`…2024年度部门整体支出` / `绩效评价自评报告`): the first
      // half is a short line without punctuation that ends with a year, a body or `支出`, and
      // the second names neither a year nor a body.
      // So is a name broken before its last word or two (`…(智景东道-星宇道)` / `工程项目2020年度…`).
      const nameTail = /^[\u4e00-\u9fff]{1,4}\d{4}年/u.test(line) && !/^(?:关于|部门|单位|本级)/u.test(line);
      // (not a title that opens with its own body and place, `如皋市科技局` / `如皋市科学技术协会科普活动项目…报告`:
      // the line before is a site's or a page's heading)
      const body = /^[\u4e00-\u9fff()]{3,20}?(?:局|中心|委员会|办公室|政府|厅|委|办|院|馆|站|会|队|社|部|处|校)/u.exec(line)?.[0] ?? '';
      const ownBody = isOrgName(body) && PLACE_START.test(body) && line.length > body.length + 4 && previous !== null && isOrgName(previous.text);
      if (previous && !ownBody && (!/\d{4}年|局|中心|署|委员会/u.test(line) || nameTail) && previous.text.length <= 40 && !/[。,;:!?】]/u.test(previous.text) && (OPEN_END.test(previous.text) || (OPEN_FUND.test(previous.text) && /^(?:区域)?(?:绩效|自评)/u.test(line)) || (/绩效$/u.test(previous.text) && /^(?:自评|评价)/u.test(line)) || REPORT_WORDS_ONLY.test(line) || nameTail) && !NOT_TITLE.test(previous.text) && !/^\d{4}年\d{1,2}月(?:\d{1,2}日)?$/u.test(previous.text) && !bulleted(flow, start)) from = previous.start;
      const text = flow.excerpt({ start: from, end }).replace(/^\s*#+\s*/u, '').replace(/\s*\n\s*/gu, '').trim();
      // (the report's words alone, `• 自评报告` under a page's 公开目录 field, are no title)
      // (read in the view: a traditional copy prints `自評報告`)
      if (REPORT_WORDS_ONLY.test(flow.text.slice(from, end).replace(/\s+/gu, '').replace(/^[•·\-*]+/u, ''))) { previous = { start, text: line }; start = lineEnd + 1; continue; }
      // (not the year a page was published in, `2024年公开-…`)
      const year = /(\d{4})年(?!公开|发布|印发)/u.exec(flow.text.slice(from, end));
      const fileLabel = line.startsWith('《') || /^\.(?:docx?|pdf|xlsx?|wps)/iu.test(flow.text.slice(end, end + 5));
      // A template site's collection, or a copy headed by the collection's title again (numbered or not).
      const titleEnd = TITLE.exec(line)!;
      const tail = line.slice(titleEnd.index + titleEnd[0].length);
      const base = line.slice(enumerated ? debris : 0, titleEnd.index + titleEnd[0].length).replace(/\s+/gu, '');
      const template = COLLECTION.test(line) || COLLECTION.test(flow.text.slice(end, lineEnd).slice(0, 40)) || COLLECTION.test(flow.text.slice(lineEnd, lineEnd + 160).split('\n').filter((l) => l.trim() !== '').slice(0, 2).join('\n'))
        || ((COPY_NUMBER.test(tail) || tail.trim() === '') && templateBases.includes(base));
      if (template) templateBases.push(base);
      out.push({ text, span: { start: from, end }, year: year && plausibleYear(Number(year[1])) ? Number(year[1]) : null, ...(fileLabel ? { fileLabel } : {}), ...(template ? { template } : {}), ...(attached ? { attachment: true } : {}) });
    }
    previous = { start, text: line };
    // A file's name run into the text after it (`…总结报告.docx许昌市…2022年…总结报告 一 …`): the rest of the line is read too.
    const extension = /^\.(?:docx?|pdf|xlsx?|wps)/iu.exec(flow.text.slice(end, end + 5))?.[0];
    if (extension && end + extension.length < lineEnd && end - start <= 60) { start = end + extension.length; continue; }
    start = lineEnd + 1;
  }
  return out;
}

/** Whether a title's words name more than a year and the report's words (`绩效评价结果…`, `2023年度绩效自评报告` name nothing; `2021年度项目支出…` its kind). */
function namesSubject(words: string): boolean {
  return words.replace(/\d{4}年度?/gu, '').replace(new RegExp(TITLE.source, 'u'), '').replace(/绩效|\(|\)|\s/gu, '').length >= 2;
}

/** Whether the original prints whitespace (a line's end, a space) between the characters at `at - 1` and `at` of the view. */
function gapAt(flow: Flow, at: number): boolean {
  if (at <= 0 || at >= flow.text.length) return true;
  const before = flow.originalRange({ start: at - 1, end: at }).end;
  const after = flow.originalRange({ start: at, end: at + 1 }).start;
  return /\s/u.test(flow.original.slice(before, after));
}

/**
 * A title inside a long line of a page dumped as one line, after its header (`…发布日期: 2024-03-20 时效性: 有效 某州第二人民医院…
 * 绩效自评报告 一、…`): the words from a gap of the original to the title's end, with a gap after it too, at most 60 characters
 * without punctuation, naming a year or a body. Within the line's first 400 characters; null when none, or when there are
 * three or more (a list of reports).
 */
function runInTitle(flow: Flow, start: number, end: number): Span | null {
  const window = flow.text.slice(start, Math.min(end, start + 400));
  const found: Span[] = [];
  for (const m of window.matchAll(new RegExp(TITLE.source, 'gu'))) {
    const to = start + m.index + m[0].length;
    if (!gapAt(flow, to) && !/^[一二三四五六七八九十]+、|^\((?:[一二三四五六七八九十]|\d)\)/u.test(flow.text.slice(to, to + 4))) continue;
    // (back to the nearest gap before it, within 60 characters, over no punctuation)
    let from = start + m.index;
    while (from > start && to - from <= 60 && !gapAt(flow, from) && !/[。,;:!?|\t>]/u.test(flow.text[from - 1]!)) from--;
    const words = flow.text.slice(from, to);
    if (to - from > 60 || !gapAt(flow, from) || /[。,;:!?|\t>]/u.test(words) || NOT_TITLE.test(words) || REPORT_WORDS_ONLY.test(words)) continue;
    // (naming more than a year and the report's words: `2023年度绩效自评报告` after a gap is the end of a title printed with a space in it)
    if ((!/\d{4}年/u.test(words) && !PLACE_START.test(words)) || !namesSubject(words)) continue;
    found.push({ start: from, end: to });
  }
  // (not a list page's titles, three or more, `共3条 某局…报告 2023-05-10 某局…报告 …`: none of them the text's; a page's headline
  // and the document's own title, two, are one report's)
  return found.length > 0 && new Set(found.map((f) => flow.text.slice(f.start, f.end))).size < 3 ? found[0]! : null;
}

/**
 * The first line, among the first 30 of the view, that reads as a report's or form's title; the
 * document's own heading rather than the label a document site gives the file (the two may name
 * different years: the uploader's file name is not the report).
 */
export function findTitle(flow: Flow): Title | null {
  // (a web page may print dozens of short lines of its toolbar before the title)
  const titles = titleLines(flow, 60);
  if (titles.length === 0) return announcedTitle(flow);
  const chosen = titles.find((t) => !t.fileLabel && !t.template) ?? titles.find((t) => !t.fileLabel) ?? titles[0] ?? null;
  const file = titles.find((t) => t.fileLabel);
  return chosen && file && chosen !== file ? { ...chosen, file } : chosen;
}

/**
 * A text without its title that names itself in its opening sentence, `现将2022年某县交通运输局某某资金项目绩效自评总结报告如下`:
 * the report's name there is read as its title. Only a name that says what it evaluates (a year and 绩效), not
 * `现将自评情况报告如下`.
 */
function announcedTitle(flow: Flow): Title | null {
  const m = /现将(?<name>[^。;:\n]{8,70}?(?:绩效(?:自评|评价)|自评)[^。;:\n]{0,12}?报告)如下/u.exec(flow.text.slice(0, 600));
  if (!m) return null;
  // (a notice or a date the sentence cites before the name, `现将按照2023年3月县财政局通知要求开展的2022年度…`: the name is after its 的)
  let name = m.groups!.name!;
  let at = m.index + 2;
  if (/\d{4}年\d{1,2}月|通知|要求|按照|根据|文件/u.test(name)) {
    const cut = name.lastIndexOf('的');
    if (cut < 0) return null;
    at += cut + 1;
    name = name.slice(cut + 1);
  }
  const year = /(\d{4})年(?!\d{1,2}月)/u.exec(name);
  if (!year || !plausibleYear(Number(year[1])) || name.length < 8) return null;
  const start = at;
  return { text: flow.excerpt({ start, end: start + name.length }).trim(), span: { start, end: start + name.length }, year: Number(year[1]), announced: true };
}

/** A fiscal year a report can be about (not `成立于 1958 年`, not a misread number). */
function plausibleYear(year: number): boolean {
  return year >= 2000 && year <= 2049;
}

/**
 * A numbered heading run into the text of a page flattened to one line, `…一、项目基本情况(一)项目概况…`, `1.项目概况(1)…`: its number before it and
 * the next heading's right after it (no sentence says `一、项目概况(一)`).
 */
const RUN_IN_HEADING = (words: string) => String.raw`(?:[一二三四五六七八九十]+、|(?<!\d)\d{1,2}[.、](?!\d))${words}(?=\([一二三四五六七八九十\d]+\)|\d+[.、])`;

/** department or project, from the title; else from the name of the form the text is. */
export function findKind(flow: Flow, title: Title | null): Candidate | null {
  const make = (value: 'department' | 'project', span: Span, rule: string): Candidate => ({
    field: 'kind', value, printed: flow.excerpt(span).trim(), quote: flow.quote(span), tier: 3, rule, doubts: [],
  });
  // (`…2022年整体和项目支出绩效自评总结报告`: the unit as a whole, its projects' spending within it)
  // (`…2024年度部门预算执行情况绩效自评…`: the department's budget as a whole; not `部门预算项目支出…`, one of its projects)
  const byTitle = (t: string) => (/部门整体|整体支出|部门绩效|单位整体|整体(?:和|及|与)项目支出|(?:部门|单位)预算执行情况/u.test(t) ? 'department' : /项目|专项|资金|经费|公益金|转移支付|(?:工程|补助|补贴|费|费用)(?:的)?(?:支出)?(?:绩效|自评)/u.test(t) ? 'project' : null);
  // (a file label that says otherwise, `…项目绩效自评报告.doc` over `…部门整体支出绩效评价报告`, leaves it to the body)
  const fileKind = title?.file ? byTitle(flow.text.slice(title.file.span.start, title.file.span.end)) : null;
  if (title && !title.template) {
    const kind = byTitle(flow.text.slice(title.span.start, title.span.end));
    if (kind && (fileKind === null || fileKind === kind)) return make(kind, title.span, '标题');
  }
  // (the department-wide base table, `预算单位整体支出绩效评价基础数据表`, is a department's form)
  const form = /(?<dept>部门整体支出绩效自评表|(?:部门|单位)整体支出绩效评价基础数据表)|(?<project>项目支出绩效自评表|项目自评表)/u.exec(flow.text.slice(0, 400));
  if (form) {
    const span = { start: form.index, end: form.index + form[0].length };
    return make(form.groups!.dept ? 'department' : 'project', span, '表名');
  }
  // No title says it: a 项目名称 field near the top (a flattened form runs it into the text before
  // it), a self-evaluation of projects or of transfer payments, else 部门整体 in the opening
  // pages; never when both are said; flagged.
  // (a template site's title and the lines repeating it are no part of the text)
  const titleWords = title?.template ? /^.*?(?:自评|评价)/u.exec(flow.text.slice(title.span.start, title.span.end))?.[0] ?? null : null;
  const lineAt = (at: number) => flow.text.slice(flow.text.lastIndexOf('\n', at) + 1, flow.text.indexOf('\n', at) < 0 ? flow.text.length : flow.text.indexOf('\n', at));
  // (nor, when a document site's file label and the heading say different kinds, from either of them)
  const inFile = (at: number) => title?.file !== undefined && [title.file.span, title.span].some((x) => at >= x.start && at < x.end);
  const uncited = (re: RegExp, limit: number) => [...flow.text.slice(0, limit).matchAll(re)].find((m) => !insideCitation(flow.text, m.index) && !inFile(m.index) && !(titleWords && lineAt(m.index).includes(titleWords))) ?? null;
  // (a heading `(一)项目概况` / `一、项目基本情况` opens a project's report; both kinds named together,
  // `部门整体支出和项目支出绩效自评工作`, say nothing of this report's)
  // (or the text speaks of `该项目`/`本项目` and what it scored, spent or was given: `该项目自评得分85分`)
  const project = uncited(new RegExp(String.raw`项目名称|(?<!部门整体(?:支出)?(?:绩效)?(?:自评)?(?:报告)?(?:和|及|与|、))项目(?:支出)?绩效(?:自评|报告)|(?:该|本)项目(?:的)?(?:绩效)?自评(?:得分|分|结果|等级)|转移支付|对[^。\n]{0,40}?(?:项目|资金|经费)[^。\n]{0,30}?(?:开展|进行)了?(?:绩效)?自评|(?<=^|\n)(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[.、])?项目(?:概况|基本情况|简介)(?=\n|$|[:。])|${RUN_IN_HEADING('项目(?:概况|基本情况|简介)')}`, 'gu'), 800);
  // (`部门预算整体支出` says the same)
  const whole = uncited(/(?:部门整体|部门预算整体(?=支出))(?!(?:支出)?(?:和|及|与|、)项目)/gu, 1500);
  // Weaker, only when neither of those is said: the transfer template's heading `绩效目标分解下达情况`
  // (a fund's), a heading `一、部门概况` or `一、单位基本情况` (a department's; a project's report may open with its unit's
  // overview, so a project's heading or words outweigh it).
  const fund = project || whole ? null : uncited(/绩效目标分解下达/gu, 800);
  // (weaker still, below a unit's overview heading: a sentence that opens with the project's year figures, `项目全年预算数为1050万元`)
  const figures = project || whole ? null : uncited(/(?<=^|\n|[。;])项目全年(?:预算数|执行数)/gu, 800);
  // (weaker, below a unit's overview heading too: the writer saying it evaluated a special fund, `我委开展了…专项资金绩效自评`;
  // or a body naming itself, `县水务局开展了…`; not a notice's words, `关于开展…`, nor a body organising others', `组织各预算单位开展了…`,
  // nor a finance body's summary of them)
  const special = project || whole ? null : uncited(/(?<=(?:我|本)(?:委|局|厅|单位|中心|部门|办|站|所|院|馆|部|会)?|(?<!财政|审计)(?:局|委|中心|厅))(?:开展|进行)了?[^。\n《“]{0,30}?(?:专项资金|专项经费)(?:的)?(?:绩效)?自评/gu, 800);
  const overview = project || whole ? null : uncited(new RegExp(String.raw`(?<=^|\n)(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[.、])?(?:部门|单位)(?:基本)?(?:概况|情况)(?=\n|$|[:。])|${RUN_IN_HEADING('(?:部门|单位)(?:基本)?(?:概况|情况)')}`, 'gu'), 1500);
  // (both said, the department's own score decides: `对14个项目进行自评…同时对部门整体支出开展了绩效自评…部门整体支出绩效自评得分为99.77`)
  const wholeScored = project && whole ? uncited(/(?:部门|单位)整体支出(?:绩效)?(?:自评|评价)?(?:得分|总分|分数|等级|等次)(?:为|是|:)?\s?(?:\d|[“"]?[优良中差])/gu, 3000) : null;
  const guess = wholeScored ? { kind: 'department' as const, m: wholeScored } : project && !whole ? { kind: 'project' as const, m: project } : whole && !project ? { kind: 'department' as const, m: whole }
    : fund ? { kind: 'project' as const, m: fund } : overview ? { kind: 'department' as const, m: overview } : special ? { kind: 'project' as const, m: special } : figures ? { kind: 'project' as const, m: figures } : null;
  // A template site's title names the kind of its collection: taken only when the text does not say otherwise.
  if (title?.template) {
    const kind = byTitle(flow.text.slice(title.span.start, title.span.end));
    // (it outweighs a unit's overview heading, which a project's report may open with too)
    if (kind && (!guess || guess.m === overview)) return { ...make(kind, title.span, '模板网站标题'), tier: 1, doubts: ['标题是模板网站的合集标题，类别取自该标题'] };
  }
  if (!guess) return null;
  const c = make(guess.kind, { start: guess.m.index, end: guess.m.index + guess.m[0].length }, '正文推断');
  return { ...c, tier: 1, doubts: ['标题没有说明是部门整体还是项目支出报告，由正文推断'] };
}

/** Whether `at` stands inside a cited document's name (`《…》`). */
function insideCitation(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 200), at);
  if (before.lastIndexOf('《') <= before.lastIndexOf('》')) return false;
  // (a 《 never closed, its line cut short where a page's excerpt ends, `按照《某某办法》和《某某…�`, cites nothing after it)
  // (but the rest of its own line is still the cited name's, `按照《某市2021年度农业项目资金管理…�`)
  const after = text.slice(at, at + 200);
  const close = after.indexOf('》');
  return close >= 0 ? after.indexOf('《') < 0 || after.indexOf('《') > close : !before.slice(before.lastIndexOf('《')).includes('\n');
}

/** An organisation's name: up to the first of the suffixes government bodies end with. */
const ORG = String.raw`[\u4e00-\u9fff()]{2,30}?(?:局|中心|署|委员会|办公室|人民政府|厅|委|办)`;
/** The same, for a name run into the next field of a flattened form: schools, hospitals, libraries too (a 处 or 大队 after three characters at least: not a desk, `财政处室`). */
// (not a shorter name inside a longer one: `…街道办` of `…街道办事处`, `…镇中心` of `…镇中心小学`)
const ORG_RUN_IN = String.raw`(?:[\u4e00-\u9fff()]{2,30}?(?:局|中心(?!小学|中学|学校|幼儿园|医院|卫生院|血站)|署|委员会|办公室|人民政府|厅|委|办事处|办(?!事处|公室)|中学|小学|学校|医院|卫生院|馆|政协|残联|妇联|文联|侨联|工商联|科协|联合会|股|科|电视台|广播台|气象台|电台)|[\u4e00-\u9fff()]{3,30}?(?:处|大队|支队|站(?!长|点|房|内|外|街道|前|口)|(?<!医|卫生)院(?!长|内|外|落|区|校)))(?:机关(?=项目|资金|预算|年度|自评|绩效|单位|主管|实施|负责|联系|[\s¦|]|$))?`;
/**
 * Counties whose name is one character and 县 (高县, 珙县, 歙县 …): a list of the real ones, since a
 * one-character pattern would take 该县, 全县, 本县 for a place.
 */
const ONE_CHARACTER_COUNTIES = '蠡易献雄魏涉磁景蔚祁代隰吉沁盂兴岚绛沛丰萧泗歙黟寿泾莒费冠曹单莘滑浚息淇杞睢范郏高珙眉凤陇佳富岷徽礼环容藤攸南澧和叶唐夏乾华';
/** A name that starts with a place: 广州市, 番禺区, 浙江省岚溪市, 红河州, 西区 (a district named by its side), 高县; short, and not 主管部门区; a province by its name (体育强省 is none). */
const PLACE = new RegExp(String.raw`^(?:(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾)省|[\u4e00-\u9fff]{2,5}?自治区)?(?:[\u4e00-\u9fff]{2,10}?自治州|[\u4e00-\u9fff]{2,4}?(?:市|州|盟|地区))?(?:[\u4e00-\u9fff]{2,10}?自治(?:县|旗)|[\u4e00-\u9fff]{2,4}?(?:区|县|旗|市)|[东西南北]区|[${ONE_CHARACTER_COUNTIES}]县)?`, 'u');
const NOT_PLACE = /^[年月日度]|部门|主管|单位|资金|项目|管理|负责|实施|填报|机构|发布|来源|发文|年度|强(?:省|市|县|区|州)$|[是为的在对号]/u;
const PLACE_START = {
  test(name: string): boolean {
    // (a party body names its place after 中共: 中共湖南省委党校, 中共某县委组织部)
    const place = PLACE.exec(name.replace(/^中共(?=[\u4e00-\u9fff]{2})/u, ''))?.[0] ?? '';
    return place.length > 0 && !NOT_PLACE.test(place);
  },
};
const SEAL = String.raw`(?:\((?:公章|盖章|签章)\))?`;

/**
 * Labels naming the reporting unit, strongest first: the unit that carries the project out,
 * then the one that fills in the form, then the unit a form is about; the supervising
 * department; a web page's publisher.
 */
const UNIT_LABEL_RANKS = [
  String.raw`项目实施单位|实施单位|资金使用单位`,
  String.raw`填报单位|报送单位|项目单位`,
  // (`实施(主管)单位 314002-某局机关`: one field for both; a 实施单位 of its own outranks it)
  String.raw`实施\(主管\)单位|部门\(单位\)(?:名称|全称)|单位名称|(?<![\u4e00-\u9fff])单位全称|部门名称|预算部门单位|预算部门\(单位\)|预算单位|预算部门|评价对象`,
  // (a self-evaluation's cover: `评价单位(公章):某镇人民政府`, the unit that evaluated itself)
  String.raw`评价单位`,
] as const;
const UNIT_LABELS = UNIT_LABEL_RANKS.join('|');
const SUPERVISING_LABELS = String.raw`项目主管(?:部门|单位)|(?:中央|省级|自治区|省|市州|州级|市县|市级|县级|区级|地方)?主管部门(?:名称)?(?:及代码)?|主管单位`;
/**
 * A transfer payment's form names the 主管部门 of every level (中央主管部门 市场监管总局, 省级主管部门
 * …): the nearest level is the report's; a level above is never its unit.
 */
const LEVEL_RANK = (label: string) => (/^中央/u.test(label) ? 3 : /^(?:省|自治区)/u.test(label) ? 2 : /^(?:市级|市州|州级)/u.test(label) ? 1 : 0);
const META_LABELS = String.raw`发布机构|发布单位|发文机关|发文机构|发文单位|信息来源|来源单位|来源|责任部门`;
/** Any label of a form's or a web page's heading: a run-in value ends where the next one starts. */
const NEXT_LABEL = new RegExp(String.raw`(?:${UNIT_LABELS}|${SUPERVISING_LABELS}|项目名称|(?:项目|单位|部门)负责人|负责人|(?:部门|单位)?联系人|联系电话|填报人|填报日期|信息来源|发布机构|发布单位|发布时间|发布日期|生成日期|成文日期|发文日期|报告日期|评价方式|评价类型|评价机构|评价时间|时间|浏览|点击|作者|字体|来源|字号|文号|索引号|主题分类|组配分类|责任部门|关\s?键\s?字|公开方式|公开目录|主题词|资金用途|项目类型|项目类别|项目属性|主要领导|(?:部门|单位)(?:预算)?(?:编码|代码)|(?:统一)?社会信用代码|金额单位)`, 'u');
/** A value that starts with any label: the field before it is empty. */
const LABEL_FIRST = new RegExp(`^(?:${NEXT_LABEL.source})`, 'u');
/** A value that starts with a unit or supervising label: the field before it is empty. */
const FIELD_LABEL_FIRST = new RegExp(`^(?:${UNIT_LABELS}|${SUPERVISING_LABELS})`, 'u');
const LABELLED = new RegExp(String.raw`(?<label>${UNIT_LABELS}|${SUPERVISING_LABELS}|${META_LABELS})${SEAL}(?<connector>:?(?:\t|\n)?)${SEAL}(?: ?(?:\d+-|\[\d+\]))?(?<value>[^\t\n。,;!?]{0,60})`, 'gu');
/** A body's web site greeting its visitors: `欢迎来到某县政协网站`, `欢迎访问某某局门户网站`, `欢迎进入某局网站`. */
const SITE_OWNER = /欢迎(?:来到|访问|光临|进入|登录)(?<org>[\u4e00-\u9fff()]{3,30}?)(?:门户|官方|政务)?网站/u;

/** What a government body's name ends with. */
const ORG_END = /(?:局|中心|署|委员会|办公室|人民政府|政府|厅|委|办|院|所|馆|站|会|队|社|部|处|集团|公司|学校|大学|中学|小学|党校|政协|残联|妇联|科协|园|股|科|室|文联|侨联|工商联|电视台|广播台|气象台|电台)$/u;

/**
 * A labelled field of a form or a report's heading: the label starts a line or a cell, or a
 * colon or a cell break follows it, or (a flattened form) a space stands before it in the
 * original or another label follows its value. `…主管部门对接市商务局` in prose is not a field.
 */
function isField(flow: Flow, m: RegExpMatchArray, runIn: boolean): boolean {
  const before = m.index === 0 ? '\n' : flow.text[m.index! - 1]!;
  if (before === '\n' || before === '\t' || (m.groups!.connector ?? '') !== '') return true;
  const at = flow.originalRange({ start: m.index!, end: m.index! + 1 }).start;
  return at === 0 || /\s/u.test(flow.original[at - 1]!) || runIn;
}

interface Org { name: string; span: Span; label: string; rank: number; /** Where its label starts, when known */ labelAt?: number }

/** A township or a street office named by its place alone, `无为市襄安镇`, `某某街道`. */
const TOWNSHIP = /^[\u4e00-\u9fff]{2,20}(?:镇|乡|街道)$/u;

/** Words of the gambling sites' spam some mirror copies inject into names and titles (`澳门金沙城中心_欧洲杯足球网-【投注官网平台】`): no body's name. */
const SPAM = /澳门|金沙城|威尼斯人|葡京|博彩|投注|赌场|娱乐城|足球网|官网平台|彩票网/u;

/** A body's name; a form may print `…局本级` or `…局部门` for the body itself (kept as printed); not a division of one named from its suffix, `厅公共服务处`. */
export const isOrgName = (v: string) => /^[\u4e00-\u9fff()]{3,40}$/u.test(v) && !/^(?:厅|局)|^(?:委|办|处|科|股)[\u4e00-\u9fff]{1,10}(?:处|科|股|室)$|我|报告/u.test(v) && !SPAM.test(v) && ORG_END.test(v.replace(/\([^()]*\)$/u, '').replace(/(?<=[\u4e00-\u9fff]{2}(?:局|委|办|厅|中心|政府))(?:本级|部门|机关)$/u, ''));

/**
 * The organisations the text names in labelled fields, by what the label says they are, and
 * the unit fields whose value could not be read as a name (`unreadable`).
 */
function labelledOrgs(flow: Flow, title: Title | null = null): { unit: Org[]; supervising: Org[]; meta: Org[]; unreadable: { label: string; rank: number }[]; emptyUnit: boolean } {
  const out = { unit: [] as Org[], supervising: [] as Org[], meta: [] as Org[], unreadable: [] as { label: string; rank: number }[], emptyUnit: false };
  const re = new RegExp(LABELLED.source, 'gu');
  // Where the last value ran into the next label (a flattened form): a label there is a field.
  let runInAt = -1;
  for (let m = re.exec(flow.text); m; m = re.exec(flow.text)) {
    const g = m.groups!;
    // `实施单位/项目负责人 某中心/张某`: two fields in one cell, the unit's value before the slash.
    const pair = /^\/[\u4e00-\u9fff]{0,4}负责人(?:及电话)?/u.exec(g.value!)?.[0].length ?? 0;
    const valueAt = m.index + m[0].length - g.value!.length + pair;
    let value = g.value!.slice(pair);
    if (pair > 0) value = value.replace(/\/.*$/u, '');
    // A run-in value ends where the next label starts; the next label is read on its own.
    const next = NEXT_LABEL.exec(value.slice(Math.min(2, value.length)));
    const runIn = next !== null || pair > 0;
    if (next) value = value.slice(0, next.index + Math.min(2, value.length));
    // (a next label inside parentheses, `某管委会(行政主管部门)`: the parenthesis it opened is not the name's)
    if (next) value = value.replace(/\([^()]*$/u, '');
    re.lastIndex = valueAt + value.length;
    const field = isField(flow, m, runIn || m.index === runInAt);
    const prevRunIn = runInAt;
    // An empty field whose next label follows it (`主管部门 实施单位 某局`): that label is read next.
    if (FIELD_LABEL_FIRST.test(g.value!.trimStart())) {
      re.lastIndex = valueAt;
      runInAt = -1;
      continue;
    }
    runInAt = runIn ? re.lastIndex : -1;
    value = value.replace(/(?:\((?:公章|盖章|签章)\)|[\s:])+$/u, '').replace(/^[:\s]+/u, '');
    // (a remark in parentheses after the name, `某局(各乡镇具体实施)`, `某中心(公益一类事业单位)`, is not the name's: a name's own,
    // `某局(某中心)`, is kept)
    value = value.replace(/\((?![^()]*(?:局|中心|委员会|办公室|政府|院|所|站|馆|队|处|会)\))[^()]*(?:实施|负责|承担|牵头|执行|组织|具体|配合|事业单位|行政单位|参公|参照公务员|全额|差额|自收自支)[^()]*\)$/u, '');
    // Two cells side by side printing the same body (`主管单位 实施单位 / 某局 某局`): the name once.
    value = value.replace(/^([\u4e00-\u9fff()]{3,40})\s*\1$/u, '$1');
    // `项目主管部门为某局，…`: a sentence about the body, not a form's field.
    if (!field || isInstruction(value) || (g.connector === '' && /^(?:为|是)/u.test(g.value!) && !/\s/u.test(flow.original[flow.originalRange({ start: valueAt, end: valueAt + 1 }).start - 1] ?? ''))) continue;
    // A field left empty: nothing, or the next label or heading of the form where its value would be
    // (`项目实施单位 项目负责人 …`: the value's cut may fall inside that label).
    const printedValue = LABEL_FIRST.test(value) || LABEL_FIRST.test(g.value!.slice(pair).trimStart()) || /^(?:资金情况|项目资金|资金|年度|预算|绩效|指标)|\((?:万?元)\)/u.test(value) ? '' : value;
    const label = g.label!;
    const isUnit = new RegExp(`^(?:${UNIT_LABELS})$`, 'u').test(label);
    // A flattened form runs the next field into the value: keep the name up to its first body suffix.
    // (an OCR may have damaged a character or two of the next field's name: `项Fl资金`).
    const isMeta = new RegExp(`^(?:${META_LABELS})$`, 'u').test(label);
    // (a township's page publishes as the township itself: `发布机构: 无为市襄安镇`)
    // (not when the text calls itself 我局, 我院 …: then the page's township is not the writer)
    const township = isMeta && TOWNSHIP.test(value) && selfSuffix(flow.text) === null;
    if ((!isOrgName(value) && !township) || (runIn && /(?:部门|本级|机关)$/u.test(value))) {
      const whole = value;
      // (or the whole value, cut where the next label began: `某局机关` before `金额单位:万元`)
      // (a qualifier in parentheses is the name's: `某镇人民政府(本部)` before `项目资金…`)
      value = new RegExp(`^${ORG_RUN_IN}(?:\\((?:本部|本级|机关|机关本级)\\))?(?=.{0,3}?(?:${NEXT_LABEL.source}|资金|项目|预算|年度|自评|绩效|单位)${next ? '|$' : ''})`, 'u').exec(value)?.[0] ?? '';
      // (a name in parentheses closes there: `某局(某中心)项目资…` is cut after the parenthesis, not inside it)
      if (/\([^()]*$/u.test(value) && whole[value.length] === ')') value += ')';
    }
    const rank = isUnit ? unitRank(label) : 0;
    if (!isOrgName(value) && !township) {
      // A unit field that cannot be read: only a field for sure (not a label word in a sentence).
      // (an empty field, the next label right after it, is not damage)
      // (a list of the units that used the funds, `某局、县农业农村局及各乡镇人民政府`, is several, not damage: the next field decides)
      const several = /^[\u4e00-\u9fff()]{3,30}?(?:局|中心|委员会|办公室|政府|院|校|站|所|馆|处)(?:、|及|和|等)/u.test(printedValue) && /、|及|等/u.test(printedValue);
      if (isUnit && printedValue !== '' && !several && (isField(flow, m, false) || m.index === prevRunIn)) out.unreadable.push({ label, rank });
      // (a unit field whose value another label stands in, its name printed elsewhere in a flattened form: a unit field all the same)
      else if (isUnit && printedValue === '' && field) out.emptyUnit = true;
      continue;
    }
    // (an evaluation's 评价单位 may be the finance body or a firm that evaluated the unit: not the unit)
    if (label === '评价单位' && (FUNDER.test(value) || /(?:公司|事务所)$/u.test(value))) continue;
    const valueStart = valueAt - pair + g.value!.indexOf(value);
    const org = { name: value, span: { start: valueStart, end: valueStart + value.length }, label, rank, labelAt: m.index };
    if (new RegExp(`^(?:${SUPERVISING_LABELS})$`, 'u').test(label)) out.supervising.push(org);
    else if (isMeta) out.meta.push(org);
    else out.unit.push(org);
  }
  // Labels printed first, one a line, their values after them in the same order (`主管部门` / `实施单位` / `某局` /
  // `某中心`): each value is its label's, whatever the pass above paired (the first label looked empty to it).
  // (not a department's report's list of its projects, `项目名称` / `实施单位` / …: each project's, as the heads-first table is)
  const department = title !== null && /部门整体|单位整体|整体支出|部门绩效/u.test(title.text);
  for (const block of labelsFirst(flow).filter((b) => !(department && b.some((x) => x.label === '项目名称' || /实施单位/u.test(x.label))))) {
    for (const list of [out.unit, out.supervising]) {
      for (let i = list.length - 1; i >= 0; i--) if (block.some((b) => b.label === list[i]!.label) && list[i]!.span.start >= block[0]!.labelAt) list.splice(i, 1);
    }
    for (const { label, span } of block) {
      const isUnit = new RegExp(`^(?:${UNIT_LABELS})$`, 'u').test(label);
      const org = { name: flow.text.slice(span.start, span.end), span, label, rank: isUnit ? unitRank(label) : 0 };
      if (new RegExp(`^(?:${SUPERVISING_LABELS})$`, 'u').test(label)) out.supervising.push(org);
      else if (isUnit) out.unit.push(org);
    }
  }
  return out;
}

/** Where a unit label stands in `UNIT_LABEL_RANKS` (0 the strongest). */
function unitRank(label: string): number {
  return UNIT_LABEL_RANKS.findIndex((r) => new RegExp(`^(?:${r})$`, 'u').test(label));
}

/** Runs of two to four field labels (项目名称, the unit's, the supervising department's) alone on their lines, then as many values, one a line: each label and its value. */
function labelsFirst(flow: Flow): { label: string; labelAt: number; span: Span }[][] {
  const out: { label: string; labelAt: number; span: Span }[][] = [];
  const label = new RegExp(`^(?:项目名称|${UNIT_LABELS}|${SUPERVISING_LABELS})$`, 'u');
  const lines = flow.viewLines();
  for (let i = 0; i < lines.length; i++) {
    let k = 0;
    while (k < 4 && i + k < lines.length && label.test(lines[i + k]!.text.trim())) k++;
    if (k < 2) continue;
    // (a form dumped column by column: the money rows' labels, `项目资金(万元)` / `年度资金总额` / `其中:当年财政拨款` / …, stand
    // in the same first column, between the field labels and their values)
    let skip = 0;
    while (skip < 8 && isRowLabelCell(lines[i + k + skip]?.text.trim() ?? '')) skip++;
    const names = lines.slice(i + k + skip, i + 2 * k + skip);
    // (a unit's value a body's name, the project's a name of its own, a year before it at most: not a label or a number)
    const fits = (n: { text: string }, j: number) => lines[i + j]!.text.trim() === '项目名称' ? /^(?:\d{4}年度?)?[^\d\t|]{2,60}$/u.test(n.text.trim()) && !label.test(n.text.trim()) : isOrgName(n.text.trim());
    if (names.length !== k || !names.every(fits)) { i += k - 1; continue; }
    out.push(names.map((n, j) => ({ label: lines[i + j]!.text.trim(), labelAt: lines[i]!.start, span: { start: n.start, end: n.start + n.text.trim().length } })));
    i += 2 * k + skip - 1;
  }
  return out;
}

function orgCandidate(flow: Flow, field: 'department_name' | 'supervising_department', org: Org, tier: number): Candidate {
  const placeless = !PLACE_START.test(org.name) || /^(?:区|市|县|省|自治区)/u.test(org.name);
  const full = placeless ? completeName(flow, org.name) : null;
  // As printed: the original's characters (traditional ones, full-width brackets), whitespace aside.
  const printed = flow.printed(full ? full.span : org.span);
  return {
    field,
    value: printed,
    printed,
    quote: flow.quote(full ? full.span : { start: org.labelAt ?? Math.max(0, org.span.start - org.label.length - 1), end: org.span.end }),
    tier,
    rule: full ? `“${org.label}”栏“${org.name}”，全称见正文` : `“${org.label}”栏`,
    doubts: [
      ...(!full && /^(?:区|市|县|省|本|我)/u.test(org.name) ? [`“${org.label}”栏只写“${org.name}”，没有地名；正文中也没有找到全称`] : []),
      // (a name whose end the form wrapped onto the next line, under it, another cell's words between: its quote holds both lines)
      ...(printed !== flow.excerpt(full ? full.span : org.span).replace(/\s+/gu, '') ? [`“${org.label}”栏的名称折到下一行，两行之间隔着别的栏，名称按栏拼接：请核对`] : []),
    ],
  };
}

/** `…通知》要求,阿拉善左旗某某苏木人民政府开展并完成了…绩效自评工作`: the body as the subject of the self-evaluation
 * (a date may open the sentence and 部门 follow the name: `2025年某县科学技术局部门对…项目进行自评`). */
const SUBJECT = new RegExp(String.raw`(?:^|[,。;:!?\n])(?:\d{4}年度?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:份)?,?)?(?<org>${ORG_RUN_IN})(?:部门|本级|机关)?(?<short>\(以下简称[^()\n]{1,12}\))?(?:(?:[、和]|会同)(?<with>${ORG_RUN_IN}))?(?:高度重视|认真|及时|组织|开展|完成|成立|对)[^。;]{0,40}?(?:绩效)?自评`, 'u');

/**
 * `保山市交通运输局是全市主管交通运输工作的行政机关`: a sentence that opens with the body's name and
 * says what kind of body it is (a unit's overview); not one naming it as someone's 主管部门.
 */
const DESCRIBED = new RegExp(String.raw`(?:^|[。:;,\n])(?:20[\dxX]{2}年(?:末|底)?,?)?(?<org>${ORG_RUN_IN})(?:(?:于\d{4}年[^。\n]{0,40}?(?:成立|设立|挂牌|组建|更名|改革|批准)[^。\n]{0,20}?,)?(?:是|为)(?![^。\n]{0,80}?(?:主管部门|上级))[^。\n]{0,120}?(?:部门|机关|单位|机构|团体|组织)|(?:部门|单位)?(?:20\d{2}年(?:末|底))?(?:实有|现有|内设|下设|核定|共有)[^。\n]{0,20}?(?:人员|编制|科室|股室|机构|\d+人))`, 'u');

/** Words naming a body the text works with, not the writer: `我委会同某某委员会…`. */
const PARTNER = '会同|协同|联合|配合';

/** A body's own rules on its duties, offices and staff (the 三定 rules), cited by name: `印发《某某局职能配置、内设机构和人员编制规定》`. */
const OWN_RULES = new RegExp(String.raw`(?:印发|《)(?<org>${ORG_RUN_IN})(?:主要)?(?:职能配置|职责)、?内设机构和人员编制规定`, 'gu');

/** A sentence naming the body that carries a project out: `实施主体为某某局`, `项目承担单位是某某中心`. */
const CARRIED_BY = new RegExp(String.raw`(?:实施主体|(?:项目)?实施单位|(?:项目)?承担单位)(?:为|是)(?<org>${ORG_RUN_IN})(?=[。,;\n])`, 'gu');

/** How a text names its own body: `我厅`, `我局`, `我中心` … (the suffix of its name). */
const SELF = /(?<![自本])我(厅|局|委|办|中心|署|院|校|馆|站|所|会|处|队|台)(?![长里])/gu;
/** A name ending as one of the kinds of body a text calls itself by. */
const SELF_KINDS = /(?:厅|局|委|办|中心|署|院|校|馆|站|所|会|处|队|台)$/u;

/** The suffix the text most often calls itself by (`我厅` → 厅), if it does. */
function selfSuffix(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(SELF)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return ranked[0] && (ranked.length === 1 || ranked[0][1] > ranked[1]![1]) ? ranked[0][0] : null;
}

/** Words a title puts after the body's name: the year, 关于, the kind of report. */
const AFTER_NAME = /关于|财政支出|\d{4}年|部门\(单位\)|单位\(部门\)|部门整体|部门绩效|整体支出|部门预算|项目支出|项目绩效|绩效自评|绩效评价|自评|专项资金|专项经费|项目资金|中央转移支付|转移支付/u;

/** The body a title names before its year or subject, `红河州投资促进局关于2020年度…` (`text`: the whole text, which may say how it calls itself). */
function titleOrg(title: string, text = ''): string | null {
  // (a title broken over two lines, `2023年度` / `某县某镇人民政府部门整体…`, read as one)
  const t = title.replace(/\n/gu, '');
  // (a document site's page number run into the title, `1东川区扶贫办…`, is no part of the name; nor a year without 年, `2023某区…`)
  const lead = /^(?:\d{4}(?:年度?)?(?=[\u4e00-\u9fff])|\d{1,2}(?=[\u4e00-\u9fff]))?(?:关于)?(?:\d{4}年度?)?/u.exec(t)![0].length;
  const rest = t.slice(lead);
  const cut = AFTER_NAME.exec(rest);
  // (a title's `某局部门2023年度…` names the body: its 部门 is the report's kind, not part of the name)
  const head = (cut ? rest.slice(0, cut.index) : '').replace(/(?<=(?:局|委|办|中心|政府|院|馆|站|所|会|厅))部门$/u, '');
  // (a title the finance body co-signs, `攀枝花市财政局 攀枝花市文化广播电视和旅游局 关于…的报告`: the other body's)
  const cosigned = /^[\u4e00-\u9fff]{2,20}?(?:财政|审计)(?:局|厅|委)(?<other>[\u4e00-\u9fff()]{3,40})$/u.exec(head)?.groups!.other;
  if (cosigned && isOrgName(cosigned) && PLACE_START.test(cosigned)) return cosigned;
  // (a facility's name without a place before 项目, `老年人日间照料中心项目绩效自评报告`: the project's name, not a body's;
  // not before 项目支出, the spending of the body named, `社会保险事业管理中心项目支出…`, nor when the text speaks as that
  // kind of body, `本中心`)
  const facility = (name: string) => /^项目(?!支出)/u.test(rest.slice(name.length)) && !PLACE_START.test(name) && !/^(?:区|市|县|省|州|本|我|中共)/u.test(name)
    && !(SELF_KINDS.test(name) && new RegExp(`(?:我|本)${SELF_KINDS.exec(name)![0]}`, 'u').test(text));
  if (isOrgName(head) && !/^(?:部门|项目|单位)/u.test(head) && !facility(head)) return head;
  // (a hospital or a party school named with its place, `某州第二人民医院国家基本公共卫生服务…`)
  // (or a library, museum or archive, `龙岩市永定区图书馆永定区图书馆图书、报刊购置项目…`, or an association, `如皋市科学技术协会科普活动项目…`)
  const institution = /^[\u4e00-\u9fff()]{2,20}?(?:医院|卫生院|党校|图书馆|博物馆|文化馆|纪念馆|美术馆|档案馆|保健院|研究院|研究所|协会|联合会)/u.exec(rest)?.[0];
  // (not a fund for associations, `某市支持行业协会商会发展专项资金`)
  if (institution && (PLACE_START.test(institution) || /^中共/u.test(institution)) && !/支持|资助|扶持|培育|发展/u.test(institution)) return institution;
  const m = new RegExp(`^${ORG}`, 'u').exec(rest);
  return m && !/^(?:部门|项目|单位)/u.test(m[0]) && !SPAM.test(m[0]) && !facility(m[0]) ? m[0] : null;
}

/**
 * Whether what a fuller name adds before the short one, at `start`, can be a place: not a verb's
 * words (`财政划给紫金县司法局`) nor a line before the name (`通知公告` / `深圳市…`, a page's breadcrumb).
 */
function addsPlaceOnly(flow: Flow, start: number, added: string): boolean {
  if (/[给拨划]/u.test(added)) return false;
  const { start: from, end } = flow.originalRange({ start, end: start + added.length });
  return !flow.original.slice(from, end).includes('\n');
}

/** A report's title, then the body that wrote it and the date in parentheses or on a line of its own (`…评价报告 南县农业综合行政执法大队 (2022 年 2 月 23 日)`), or a page's byline dated with hyphens (`某省应急管理厅 时间:2023-06-28`). */
const AUTHOR_BLOCK = /(?:报告|自评表|总结)\n?(?<org>[\u4e00-\u9fff()]{3,30}?)(?:\n?\(\d{4}年\d{1,2}月(?:\d{1,2}日)?\)|\n\d{4}年\d{1,2}月\d{1,2}日(?=\n|$)|[ \t]?(?:(?:发布)?(?:时间|日期):)?[ \t]?\d{4}-\d{1,2}-\d{1,2}(?!\d))/u;

/** The one body, named with its place, among the segments of a page's breadcrumb in the first lines (`首页 > … > 某局 > 正文`). */
function breadcrumbOrg(flow: Flow): { printed: string; span: Span } | null {
  const line = /^[^\n]*(?:首页|当前位置)[^\n]*>[^\n]*$/mu.exec(flow.text.slice(0, 400));
  if (!line) return null;
  // (not the site's own government, nor a body other than the one the text calls 我局 …)
  const self = selfSuffix(flow.text);
  const found = [...line[0].matchAll(/[^>\s]+/gu)].filter((m) => isOrgName(m[0]) && PLACE_START.test(m[0]) && !/财政|政府$/u.test(m[0]) && fitsSelf(m[0], self));
  if (found.length !== 1) return null;
  const start = line.index + found[0]!.index!;
  const span = { start, end: start + found[0]![0].length };
  return { printed: flow.printed(span), span };
}

/** The line right above a title (trimmed; empty for a title on the first line) and where it starts. */
function lineBeforeTitle(flow: Flow, span: Span): { text: string; start: number } {
  const start = flow.text.lastIndexOf('\n', span.start - 2) + 1;
  return { text: span.start > 0 ? flow.text.slice(start, span.start - 1).trim() : '', start };
}

/**
 * Whether `long` is a fuller form of the body `short` names: its place added before it (`赫山区…局` → `益阳市赫山区…局`),
 * or, with the same place and the same last character, the short name's characters in order (`井陉县文旅局` →
 * `井陉县文化广电体育和旅游局`).
 */
function expands(short: string, long: string): boolean {
  // (a name led by a bare level, `自治区文化和旅游厅`, is completed from the text or kept as printed)
  if (long.length <= short.length || !isOrgName(long) || /^(?:自治区|省|市|县|区|州|旗)/u.test(short)) return false;
  if (long.endsWith(short)) return true;
  const place = PLACE.exec(short)?.[0] ?? '';
  if (place.length < 2 || !long.startsWith(place) || long.at(-1) !== short.at(-1)) return false;
  let k = place.length;
  for (const ch of long.slice(place.length)) if (ch === short[k]) k++;
  return k === short.length;
}

/** A finance or audit body (or one of its divisions, `财政局综合股`): it allocates units' funds and signs opinions on their reports, it is not the unit. */
const FUNDER = /(?:财政|审计)(?:局|厅|委|处)(?:[\u4e00-\u9fff]{1,8}(?:股|科|处|室))?$/u;

/** A township's government or a street office, named by the township alone (`青山镇人民政府`, `城关街道办事处`): a place of its own. */
const TOWNSHIP_BODY = /^[\u4e00-\u9fff]{1,6}?(?:(?:乡|镇|苏木)人民政府|街道办事处)$/u;

/**
 * A body whose heading over or under a title may be its portal's, which carries every unit's reports: a government, a finance body
 * (not a township's, 某镇人民政府, 某苏木人民政府: a township's pages are on its county's portal, and its own reports are its own).
 */
const carriesOthers = (name: string) => FUNDER.test(name) || (/政府$/u.test(name) && !/(?:乡|镇|苏木)人民政府$/u.test(name));

/** Whether a body's name fits how the text calls itself (`我局` a 局, `我校` a school, `我委` a committee, `我办` an office), or the text does not. */
function fitsSelf(org: string, self: string | null): boolean {
  return self === null || org.endsWith(self) || (self === '校' && /(?:学校|中学|小学|学院)$/u.test(org)) || (self === '委' && /委员会$/u.test(org)) || (self === '办' && /办公室$/u.test(org));
}

/** A body's name alone on a line, the date alone on the next: who signed the text. */
const SIGNATURE = new RegExp(String.raw`(?<=^|\n)(?<org>[\u4e00-\u9fff()]{4,40}?)(?:\((?:盖章|公章|签章)\))?\n+\d{4}年\d{1,2}月\d{1,2}日(?=\n|$)`, 'gu');
/** A paragraph opening with a body's name, or a name after its budget code (`411001-`), then what it did or had. */
const OPENING_SUBJECT = new RegExp(String.raw`(?:(?<=^|\n)|(?<![\d-])\d{3,}-)(?<org>${ORG_RUN_IN})(?=认真|高度重视|积极|严格|坚持|始终|\d{4}年(?!\d{1,2}月)(?!度?(?:下达|拨付|安排|印发|分配|批复))(?!度?[^,;。\n认贯落制按根]{0,10}(?:办法|通知|意见|方案|规定)))`, 'u');
/** A paragraph opening with the year, then the body and its own money (`2020年泸西县教育体育局财政拨款总额6107.69万元`, `2019年某中心向县级财政争取资金…`). */
const YEAR_SUBJECT = new RegExp(String.raw`(?<=^|\n|\)[^。\n]{2,12}。)\d{4}年度?,?(?<org>${ORG_RUN_IN})(?:机关)?(?=(?:各项)?(?:财政拨款|部门预算|预算|收入|支出)|共|向(?:县|市|省|区|州|上级)|实施|争取|全年|年初)`, 'u');

/** Short forms of bodies' names and their full forms. */
const SHORT_BODY: Record<string, string> = {
  妇联: '妇女联合会', 残联: '残疾人联合会', 科协: '科学技术协会', 文联: '文学艺术界联合会', 侨联: '归国华侨联合会', 工商联: '工商业联合会',
  发改委: '发展和改革委员会', 发改局: '发展和改革局', 住建局: '住房和城乡建设局', 人社局: '人力资源和社会保障局', 文旅局: '文化和旅游局',
  卫健委: '卫生健康委员会', 卫健局: '卫生健康局', 市监局: '市场监督管理局', 教体局: '教育体育局', 经信局: '经济和信息化局',
};

/**
 * The fuller name of a body a text names by a short form, when the text also prints the full
 * one: the city before a district's or county's name (`荷塘区…` → `株洲市荷塘区…`), an autonomous
 * prefecture, county or banner written short (`红河州` for 红河哈尼族彝族自治州), a body's short
 * name (`妇联` for 妇女联合会). The longest such name the text prints is the name.
 */
function fullerName(flow: Flow, name: string): { name: string; span: Span } | null {
  const place = PLACE.exec(name)?.[0] ?? '';
  if (place === '' || NOT_PLACE.test(place)) return null;
  const body = name.slice(place.length);
  if (body.length < 2) return null;
  const short = Object.keys(SHORT_BODY).find((k) => body.endsWith(k));
  const bodies = [escapeRegExp(body), ...(short ? [escapeRegExp(body.slice(0, -short.length) + SHORT_BODY[short]!)] : [])];
  const places = [escapeRegExp(place)];
  const auto = /^(?<head>[\u4e00-\u9fff]{1,3}?)(?<level>州|县|旗)$/u.exec(place);
  if (auto) places.push(`${escapeRegExp(auto.groups!.head![0]!)}[\\u4e00-\\u9fff]{1,12}?自治${auto.groups!.level}`);
  const higher = /(?:区|县|旗)$/u.test(place) && !/(?:市|州)/u.test(place.slice(0, -1)) ? String.raw`(?:[\u4e00-\u9fff]{2,6}?(?:市|州))?` : '';
  const re = new RegExp(`${higher}(?:${places.join('|')})(?:${bodies.join('|')})`, 'gu');
  let best: { name: string; span: Span } | null = null;
  for (const f of flow.text.matchAll(re)) {
    let full = f[0];
    let start = f.index;
    // Trim words before the place (`我区`, `与`): the name starts with a place.
    while (full.length > name.length && (!PLACE_START.test(full) || /^[年度关于的和在对了是将为及与由共]/u.test(full) || !addsPlaceOnly(flow, start, full.slice(0, full.length - name.length)))) { full = full.slice(1); start++; }
    if (full.length <= name.length || !PLACE_START.test(full) || !addsPlaceOnly(flow, start, full.slice(0, full.length - name.length))) continue;
    // An autonomous place's short form is the full one's first characters, in order.
    const fullPlace = PLACE.exec(full)?.[0] ?? '';
    if (auto && fullPlace.includes('自治')) {
      let k = 0;
      for (const ch of fullPlace) if (ch === place[k]) k++;
      if (k < place.length) continue;
    }
    if (!best || full.length > best.name.length) best = { name: full, span: { start, end: start + full.length } };
  }
  return best;
}

/**
 * The reporting unit and the supervising department. The reporting unit is the 实施单位 field,
 * else the 填报单位 / 项目单位 field, else the 单位名称 / 部门名称 field; else the 主管部门 field when
 * the form has no unit field at all (a 实施单位 that cannot be read is not the 主管部门); else the
 * body the title names; else a web page's publisher (发布机构, 来源). A name without its place
 * (`区投资促进中心`) is completed from the text when the text names it in full, and so is an
 * autonomous prefecture's short form. The 主管部门 is recorded on its own.
 */
export function findDepartment(flow: Flow, title: Title | null): { unit: Candidate[]; supervising: Candidate[] } {
  const orgs = labelledOrgs(flow, title);
  // How the text calls itself (`我局` → 局), if it does.
  const self = selfSuffix(flow.text);
  let unit: Candidate[] = [];
  // The strongest unit field decides; when it cannot be read, a weaker one (单位名称 may name the
  // supervising body of a project form) is not taken in its place.
  const best = Math.min(...orgs.unit.map((o) => o.rank), ...orgs.unreadable.map((o) => o.rank));
  // (two fields of that rank naming one body, once short and once in full, `单位名称:塘湖镇政府` / `单位名称 | 塘湖镇人民政府`:
  // the full name, flagged — the short one with 人民 before 政府 and a place before it, nothing else; two different bodies,
  // `某县中医院` / `某县中心医院`, a body and its branch, `…医院` / `…医院分院`, still disagree)
  const ranked = orgs.unit.filter((x) => x.rank === best);
  const inFull = (short: string, long: string) => { const full = short.replace(/(?<!人民)政府$/u, '人民政府'); return long === full || (long.endsWith(full) && PLACE_START.test(long)); };
  const fullest = ranked.find((o) => ranked.every((x) => x.name === o.name || inFull(x.name, o.name)));
  for (const o of fullest ? ranked.filter((x) => x.name === fullest.name) : ranked) unit.push(orgCandidate(flow, 'department_name', o, 3));
  const shortened = fullest ? ranked.filter((x) => x.name !== fullest.name) : [];
  if (shortened.length > 0) unit[0]!.doubts.push(`另一“${shortened[0]!.label}”栏写作简称“${[...new Set(shortened.map((x) => x.name))].join('”“')}”，取全称`);
  const nearest = [...orgs.supervising].sort((a, b) => LEVEL_RANK(a.label) - LEVEL_RANK(b.label))[0];
  if (orgs.unit.length === 0 && orgs.unreadable.length === 0 && !orgs.emptyUnit && nearest && LEVEL_RANK(nearest.label) === 0) unit.push(orgCandidate(flow, 'department_name', nearest, 3));
  // The 中央主管部门 is the ministry that manages a transfer nationally, not a local unit's supervisor:
  // a form whose local levels are empty names no supervising department.
  const supervising = nearest && LEVEL_RANK(nearest.label) < 3 ? [orgCandidate(flow, 'supervising_department', nearest, 3)] : [];
  if (title) {
    const t = flow.text.slice(title.span.start, title.span.end);
    const found = titleOrg(t, flow.text);
    if (found) {
      let name = found;
      // The title as a whole: the name alone recurs in the text, the title line rarely does.
      let quote = flow.quote(title.span);
      let rule = '标题';
      const doubts: string[] = [];
      if (!PLACE_START.test(name) || /^(?:区|市|县|省|自治区)/u.test(name)) {
        const full = completeName(flow, name);
        if (full) {
          quote = flow.quote(full.span);
          name = full.name;
          rule = `标题“${found}”，全称见正文`;
        } else if (/^(?:区|市|县|省|本|我)/u.test(name)) {
          doubts.push(`标题只写“${name}”，没有地名；正文中也没有找到全称`);
        }
      }
      // A page's headline may shorten the body that the document's own title, another title line, prints in
      // full (`井陉县文旅局…` / `井陉县文化广电体育和旅游局2019年度…`, `赫山区…局` / `益阳市赫山区…局`): the fuller name.
      // (or on the line above a title that names none, `井陉县文化广电体育和旅游局` / `2019年度…自评报告`)
      const lineAbove = (x: Title) => {
        const above = lineBeforeTitle(flow, x.span);
        return isOrgName(above.text) ? { org: above.text, span: { start: above.start, end: x.span.end } } : null;
      };
      // (in the same heading block: no paragraph of prose between the two, not a related page's title after the text)
      const sameBlock = (x: Title) => x.span.start > title.span.end && flow.text.slice(title.span.end, x.span.start).split('\n').every((l) => l.length <= 40 && !l.includes('。') && !/^[一二三四五六七八九十]+、/u.test(l));
      const fuller = titleLines(flow, 60).filter((x) => sameBlock(x) && !x.template)
        .map((x) => { const org = titleOrg(flow.text.slice(x.span.start, x.span.end), flow.text); return org ? { org, span: x.span } : lineAbove(x); })
        .find((o) => o !== null && expands(name, o.org));
      const within = fuller ? fuller.span : title.span;
      if (fuller) {
        name = fuller.org;
        quote = flow.quote(within);
        rule = `标题“${found}”，全称见另一标题`;
      }
      // (as printed where the title prints it, else where the text names it in full: a traditional copy's characters)
      const at = flow.text.indexOf(name, within.start);
      const elsewhere = flow.text.indexOf(name);
      const printed = at >= 0 && at < within.end ? flow.printed({ start: at, end: at + name.length }) : elsewhere >= 0 ? flow.printed({ start: elsewhere, end: elsewhere + name.length }) : name;
      unit.push({ field: 'department_name', value: printed, printed, quote, tier: 2, rule, doubts });
    } else {
      // The body's name alone on the line above a title that names none (the issuing unit's heading).
      const { start: lineStart, text: above } = lineBeforeTitle(flow, title.span);
      // (a document's layout: the issuing body, then `关于…的报告`; not a web site's name over any title)
      // (or a cover page's: the body the text speaks as, `中共湖南省委党校(湖南行政学院)` / `2021年度部门整体支出绩效自评报告` / … 我校;
      // not a finance body's page; a portal's name, 某县人民政府, is no body that says 我局)
      const cover = self !== null && fitsSelf(above.replace(/\([^()]*\)$/u, ''), self) && !FUNDER.test(above);
      // (or, in a text that never says how it calls itself, any body's heading but a finance body's or a government's, whose
      // portal carries every unit's reports: `会同县住房和城乡建设局` / `2022年农村危房改造项目绩效自评报告`)
      const headed = self === null && !carriesOthers(above);
      // (a township's government only when no body is printed under the title: `青山镇人民政府` / title / `青山镇卫生院` is the clinic's)
      const nextLine = /^\n([^\n]{2,30})(?=\n|$)/u.exec(flow.text.slice(flow.text.indexOf('\n', title.span.end) < 0 ? flow.text.length : flow.text.indexOf('\n', title.span.end)))?.[1]?.trim() ?? '';
      const township = TOWNSHIP_BODY.test(above) && !isOrgName(nextLine.replace(/\((?:盖章|公章|章)\)$/u, ''));
      if (above !== '' && (/^关于/u.test(flow.text.slice(title.span.start, title.span.end)) || cover || headed) && isOrgName(above) && (PLACE_START.test(above) || township)) {
        const at = lineStart + flow.text.slice(lineStart).indexOf(above);
        const span = { start: at, end: at + above.length };
        const printed = flow.printed(span);
        unit.push({ field: 'department_name', value: printed, printed, quote: flow.quote(span), tier: 2, rule: '标题上一行的单位名', doubts: [] });
      }
      // The body in parentheses right after a title that names none: `2021年度专项资金绩效自评报告 (某市农村经济经营服务站)`.
      const bracketed = /^\n?\((?<org>[^()\n]{4,40})\)/u.exec(flow.text.slice(title.span.end));
      const inBrackets = bracketed?.groups!.org ?? '';
      if (bracketed && isOrgName(inBrackets) && PLACE_START.test(inBrackets)) {
        const at = title.span.end + bracketed[0].indexOf(inBrackets);
        const span = { start: at, end: at + inBrackets.length };
        const printed = flow.printed(span);
        unit.push({ field: 'department_name', value: printed, printed, quote: flow.quote({ start: title.span.start, end: span.end + 1 }), tier: 2, rule: '标题后括号中的单位', doubts: [] });
      }
      // The author block under a title that names no body: `…绩效评价报告` / `某县农业综合行政执法大队` / `(2022年2月23日)`.
      const author = AUTHOR_BLOCK.exec(flow.text.slice(0, 600));
      const org = author?.groups!.org ?? '';
      // (a page's byline may be its portal's or the finance body's, which publishes units' reports: only the body the text speaks as)
      const byline = author !== null && /\d{4}-\d{1,2}-\d{1,2}$/u.test(author[0]);
      if (author && isOrgName(org) && !(byline && (FUNDER.test(org) || !fitsSelf(org, self)))) {
        const at = author.index + author[0].indexOf(org);
        const span = { start: at, end: at + org.length };
        const printed = flow.printed(span);
        unit.push({ field: 'department_name', value: printed, printed, quote: flow.quote({ start: at, end: author.index + author[0].length }), tier: 2, rule: '标题下署名的单位', doubts: [] });
      }
      // (or undated, the body alone on the line after the title's: `…自评报告(2023年度)` / `伊宁县气象局` / `一、项目概况`;
      // as above the title, not a government's or a finance body's, nor another kind of body than the text speaks as)
      const lineEnd = flow.text.indexOf('\n', title.span.end);
      const below = lineEnd < 0 ? null : /^\n(?<org>[^\n]{4,30})(?=\n)/u.exec(flow.text.slice(lineEnd));
      const signed = below?.groups?.org?.trim().replace(/\((?:盖章|公章|章)\)$/u, '') ?? '';
      if (!author && below && isOrgName(signed) && (PLACE_START.test(signed) || TOWNSHIP_BODY.test(signed)) && !carriesOthers(signed) && (self === null || fitsSelf(signed, self))) {
        const at = lineEnd + below[0].indexOf(signed);
        const span = { start: at, end: at + signed.length };
        const printed = flow.printed(span);
        unit.push({ field: 'department_name', value: printed, printed, quote: flow.quote(span), tier: 2, rule: '标题下一行的单位', doubts: [] });
      }
    }
  }
  // A page's publisher; when another metadata field names the same body in full (发布机构 湘管委,
  // 信息来源 区湘湖旅游度假区管委会: the short name's characters in order), the full name.
  // A finance bureau is where units' reports are published (集中公开), not the unit: its own report names it elsewhere.
  // (nor a division of the body with no name of its own before it, `发布机构: 财务处`, `来源: 规划财务处`: the page's office, not the unit)
  const division = (name: string) => /^[\u4e00-\u9fff]{1,8}(?:处|科|股|室)$/u.test(name) && !PLACE_START.test(name);
  // (nor a body of another kind than the one the text speaks as, twice or more: `发布机构 昌宁县民政局` over a text that says
  // 我中心 — its supervising body's page; a short name without its suffix, `来源 市人社`, is no other kind)
  const otherKind = (name: string) => self !== null && [...flow.text.matchAll(SELF)].filter((m) => m[1] === self).length >= 2 && SELF_KINDS.test(name) && !fitsSelf(name, self);
  // (nor a township's body where the text speaks for a city, a county or a province, `来源: 某县某镇政府` over `我市对…进行了绩效自评`:
  // a township passing on the report of a level above it)
  const speaksAbove = /(?<![自本])我(?:省|市|州|盟|县|区|旗)(?![长里])/u.test(flow.text) && !/(?<![自])(?:我|本)(?:镇|乡|街道)/u.test(flow.text);
  const township = (name: string) => /(?:镇|乡|街道)(?:人民)?(?:政府|办事处)?$/u.test(name);
  const publishers = orgs.meta.filter((o) => !/财政(?:局|厅|部|委员会|委)$/u.test(o.name) && !FUNDER.test(o.name) && !division(o.name) && !otherKind(o.name) && !(speaksAbove && township(o.name)));
  // (the page's 责任部门 is the body that wrote it; a supervising body may publish it, `发布机构 某县文体广电和旅游局 | 责任部门 某县博物馆`)
  // (in the page's header, not a section's `责任部门` for a task; not an office inside the body, `…民政局社会救助股`)
  const header = (o: Org) => (title ? o.span.start < title.span.start : o.span.start < 800);
  const publisher = publishers.find((o) => o.label === '责任部门' && header(o) && !/(?:股|科|室|处|组)$/u.test(o.name)) ?? publishers.find((o) => o.label !== '责任部门') ?? publishers[0];
  if (publisher) unit.push(orgCandidate(flow, 'department_name', publishers.find((o) => abbreviates(publisher.name, o.name)) ?? publisher, 1));
  // A page's breadcrumb naming the body's column (`首页 >> 部门信息公开 >> 牟定县交通运输局 >> 正文`): its publisher.
  const crumb = publisher ? null : breadcrumbOrg(flow);
  if (crumb) unit.push({ field: 'department_name', value: crumb.printed, printed: crumb.printed, quote: flow.quote(crumb.span), tier: 1, rule: '网页导航中的单位', doubts: ['单位取自网页导航（面包屑）中的栏目名'] });
  // A body's own web site greeting its visitors (`欢迎来到某县政协网站`): the page's publisher.
  const site = orgs.meta.length === 0 && !crumb ? SITE_OWNER.exec(flow.text.slice(0, 200)) : null;
  if (site && isOrgName(site.groups!.org!)) {
    const start = site.index + site[0].indexOf(site.groups!.org!);
    const span = { start, end: start + site.groups!.org!.length };
    const printed = flow.printed(span);
    unit.push({ field: 'department_name', value: printed, printed, quote: flow.quote({ start: site.index, end: site.index + site[0].length }), tier: 1, rule: '网站名称', doubts: ['单位取自发布网页的网站名称'] });
  }
  // A text with no title nor field: the body that carried out the self-evaluation, as the subject
  // of its sentence (a web page's publisher may be another body: then the two disagree).
  if (unit.every((c) => c.tier < 2)) {
    // (of two bodies that organised it together, `某生态环境厅、某财政厅组织…`, not the finance body)
    const subject = (x: RegExpExecArray | null) => x && FUNDER.test(x.groups!.org!) && x.groups!.with ? (FUNDER.test(x.groups!.with) ? '' : x.groups!.with) : x?.groups!.org ?? '';
    // (the first such sentence whose subject is a named body: `县科技局高度重视…` before `某县科学技术局对…进行自评` names none)
    const subjects = [...flow.text.slice(0, 1500).matchAll(new RegExp(SUBJECT.source, 'gu'))];
    // (not the finance body checking the unit's self-evaluation, `某市财政局对我局…项目自评结果进行了抽查`)
    const checker = (x: RegExpExecArray) => FUNDER.test(subject(x)) || /^[^。;]{0,12}?对(?:我|本)(?:局|单位|部门|中心|委|办|院|站|所|馆)/u.test(x[0].slice(x[0].indexOf(subject(x)) + subject(x).length));
    const m = subjects.find((x) => (PLACE_START.test(subject(x)) || x.groups!.short) && isOrgName(subject(x)) && !checker(x)) ?? subjects[0] ?? null;
    const name = subject(m);
    // A body the text introduces with a short name for itself (`某某联合会（以下简称“省残联”）`) needs no place.
    if (m && (PLACE_START.test(name) || m.groups!.short) && isOrgName(name)) {
      const start = m.index + m[0].indexOf(name);
      const span = { start, end: start + name.length };
      const printed = flow.printed(span);
      unit.push({ field: 'department_name', value: printed, printed, quote: flow.quote({ start, end: m.index + m[0].length }), tier: 1, rule: '开展自评的主体', doubts: ['没有标题或单位栏，单位取自开展自评的句子主语'] });
    } else {
      // Else the body the unit's overview describes (`某某局是…工作部门`).
      const d = DESCRIBED.exec(flow.text.slice(0, 2000));
      const dName = d?.groups!.org ?? '';
      // Without a place, when the text calls itself by the name's suffix (`我中心` for 省发展研究中心).
      // (after a comma only a body's staff, `3.人员情况,某某委员会部门2021年末实有…`: `,某某市财政局为各预算单位拨付…` is another sentence's subject)
      const staffOnly = d !== null && d[0].startsWith(',') && !/(?:实有|现有|内设|下设|核定|共有)/u.test(d[0].slice(d[0].indexOf(dName) + dName.length));
      if (d && !staffOnly && (PLACE_START.test(dName) || (self !== null && dName.endsWith(self))) && isOrgName(dName)) {
        const start = d.index + d[0].indexOf(dName);
        const printed = flow.printed({ start, end: start + dName.length });
        unit.push({ field: 'department_name', value: printed, printed, quote: flow.quote({ start, end: d.index + d[0].length }), tier: 1, rule: '单位概况的主语', doubts: ['没有标题或单位栏，单位取自介绍单位的句子主语'] });
      } else if (self !== null) {
        // Else the one body, named with its place, whose name ends as the text calls itself (`我处` → 某某管理处, `我委` → 某某委员会).
        const named = [...flow.text.slice(0, 1500).matchAll(new RegExp(String.raw`[\u4e00-\u9fff()]{2,30}?${self}${self === '委' ? '(?:员会|(?<=管委)会)?' : self === '办' ? '(?:公室|事处|(?!公|事))' : ''}(?![\u4e00-\u9fff]{0,1}(?:长|里))`, 'gu'))]
          .map((x) => {
            // (a title run into the name, `…绩效自评报告衡山县…中心(盖章)`: the name starts after the report's words)
            // (nor a verb of allocation, `财政下达市交通运输局`, nor a notice's, `关于印发某某办公室…规定的通知`)
            // (nor a report sent up, `…汇总上报省移民局`: the body it goes to)
            const after = /^.*(?:报告|自评表|评价表|总结|下达|下拨|拨付|拨给|印发|关于|根据|上报|报送|呈报|提交)/u.exec(x[0])?.[0].length ?? 0;
            let name = x[0].slice(after); let start = x.index + after;
            while (name.length > self.length + 2 && !PLACE_START.test(name)) { name = name.slice(1); start++; }
            // (a partner the text works with, `我委会同某某委员会…`, is not the writer)
            const partner = new RegExp(`(?:${PARTNER})$`, 'u').test(flow.text.slice(Math.max(0, start - 2), start)) || new RegExp(`^(?:${PARTNER})`, 'u').test(name);
            return { name: partner ? '' : name, start };
          })
          // Not a body the text cites (`根据某某市财政局…的通知`), nor the finance or audit body that commissions evaluations,
          // nor one that acts on the writer (`某某局对我局…进行了抽查`).
          .filter((x) => PLACE_START.test(x.name) && isOrgName(x.name) && !FUNDER.test(x.name)
            && !/(?:根据|按照|依据|依照|遵照|经|由|向|报|送|交)$/u.test(flow.text.slice(Math.max(0, x.start - 4), x.start))
            && !/^(?:关于|的通知|的要求|要求|印发|下达|批复|文件|《|对(?:我|本))/u.test(flow.text.slice(x.start + x.name.length, x.start + x.name.length + 4)));
        const names = [...new Set(named.map((x) => x.name))];
        if (names.length === 1) {
          const first = named[0]!;
          const span = { start: first.start, end: first.start + first.name.length };
          const printed = flow.printed(span);
          unit.push({ field: 'department_name', value: printed, printed, quote: flow.quote(span), tier: 1, rule: `正文自称“我${self}”`, doubts: [`没有标题或单位栏，单位取自正文中唯一以“${self}”结尾的单位名（正文自称“我${self}”）`] });
        }
      }
    }
  }
  if (unit.length === 0) {
    // A body signing the text, its name alone on a line and the date on the next (`宁波市某局` / `2022年08月01日`).
    // (not a finance or audit body: it signs the opinions appended to units' reports, and allocates their funds)
    const signed = [...flow.text.matchAll(SIGNATURE)].map((x) => ({ x, org: x.groups!.org! })).filter(({ org }) => isOrgName(org) && PLACE_START.test(org) && !FUNDER.test(org));
    // Else a paragraph that opens with the body's name and what it did or had (`红河州司法局认真贯彻…`, `某局2024年年初预算项目共14个`).
    const opening = signed.length > 0 ? null : OPENING_SUBJECT.exec(flow.text.slice(0, 1500)) ?? YEAR_SUBJECT.exec(flow.text.slice(0, 1500));
    // (and one the text's own 我局/我中心 fits: not a supervising body or a government over a unit that writes 我中心/我局)
    // (a finance body too when the sentence gives its own money, `2024年,南县财政局机关各项收入…`: a funder is not written so)
    const ownMoney = opening !== null && /机关(?:各项)?(?:收入|支出)/u.test(opening[0] + flow.text.slice(opening.index + opening[0].length, opening.index + opening[0].length + 4));
    const found = signed.filter(({ org }) => fitsSelf(org, self)).at(-1) ?? (opening && isOrgName(opening.groups!.org!) && PLACE_START.test(opening.groups!.org!) && (!FUNDER.test(opening.groups!.org!) || ownMoney) && fitsSelf(opening.groups!.org!, self) ? { x: opening, org: opening.groups!.org! } : null);
    // Else the body a sentence says carries the project out (`该项目…实施主体为某某局`).
    // (one body, not several or a kind of body, `各乡镇中心学校`, `局属…`; and one the text's 我局 … fits)
    const carrier = found ? null : [...flow.text.slice(0, 3000).matchAll(CARRIED_BY)].find((x) => isOrgName(x.groups!.org!) && !FUNDER.test(x.groups!.org!)
      && !/[和、及与]/u.test(x.groups!.org!) && !/^(?:各|局属|所属|下属|县属|市属)/u.test(x.groups!.org!) && fitsSelf(x.groups!.org!, self));
    // Else the body whose own rules on its duties and staff the overview cites (`关于印发《某省某某厅职能配置、内设机构和人员编制规定》`).
    // (not the rules of a body the text names as its superior, `本单位为市农业农村局下属…`)
    // (named with its place or without, `市农业农村局下属`)
    const superior = (org: string) => new RegExp(`${org.slice(PLACE.exec(org)?.[0].length ?? 0).replace(/[()]/gu, '\\$&')}(?:下属|所属|直属|管理的|主管的)`, 'u').test(flow.text);
    const ruled = found || carrier ? null : [...flow.text.slice(0, 3000).matchAll(OWN_RULES)].find((x) => PLACE_START.test(x.groups!.org!) && isOrgName(x.groups!.org!) && !FUNDER.test(x.groups!.org!) && fitsSelf(x.groups!.org!, self) && !superior(x.groups!.org!));
    if (ruled) {
      const org = ruled.groups!.org!;
      const start = ruled.index + ruled[0].indexOf(org);
      const printed = flow.printed({ start, end: start + org.length });
      unit.push({ field: 'department_name', value: printed, printed, quote: flow.quote({ start: ruled.index, end: ruled.index + ruled[0].length }), tier: 1, rule: '单位概况所引的本单位职能编制规定', doubts: ['没有标题或单位栏，单位取自单位概况所引的本单位“职能配置、内设机构和人员编制规定”'] });
    }
    if (carrier) {
      const org = carrier.groups!.org!;
      const start = carrier.index + carrier[0].indexOf(org);
      const printed = flow.printed({ start, end: start + org.length });
      unit.push({ field: 'department_name', value: printed, printed, quote: flow.quote({ start: carrier.index, end: start + org.length }), tier: 1, rule: '正文所说的实施主体', doubts: ['没有标题或单位栏，单位取自正文所说的项目实施主体'] });
    }
    if (found) {
      const start = found.x.index + found.x[0].indexOf(found.org);
      const span = { start, end: start + found.org.length };
      const printed = flow.printed(span);
      const why = signed.length > 0 ? '文末署名的单位' : '段首作主语的单位';
      unit.push({ field: 'department_name', value: printed, printed, quote: flow.quote({ start: found.x.index, end: found.x.index + found.x[0].length }), tier: 1, rule: why, doubts: [`没有标题或单位栏，单位取自${why}`] });
    }
  }
  // A fund's report the place writes as a whole, its title led by the place and the year (`某县2021年度财政衔接资金绩效自评报告`,
  // `某市2023年度中央…专项资金绩效自评情况`), the text speaking as that place (`我县`, `本市`) and naming no body: the place.
  if (unit.length === 0 && title) {
    const placed = placeAsWriter(flow, title);
    if (placed) unit.push(placed);
  }
  if (orgs.unreadable.length > 0 && unit.every((c) => c.tier < 3)) {
    unit = unit.map((c) => ({ ...c, doubts: [...c.doubts, `“${orgs.unreadable[0]!.label}”栏的单位名称读不出，此值取自${c.rule}`] }));
  }
  // A short form (红河州…, …妇联) read where the text also prints the full one.
  const full = (c: Candidate): Candidate => {
    // (the name as the view reads it, where the text prints it in traditional characters)
    const f = fullerName(flow, flow.reads(c.value));
    if (!f) return c;
    const printed = flow.printed(f.span);
    return { ...c, value: printed, printed, quote: flow.quote(f.span), rule: `${c.rule}“${c.value}”，全称见正文` };
  };
  // Only a name the text gives in passing (a title, a web page's publisher) is completed; a
  // form's field is the name as the form prints it.
  // (a name run into the words before it where a page's lines were joined, `热点 保山市广播电视台`, `公告 深圳市福田区民政局`: the name after the gap)
  const unjoined = (c: Candidate): Candidate => {
    const name = runInName(flow.original, c.value);
    return name ? { ...c, value: name, printed: name, doubts: [...c.doubts, `“${c.value.slice(0, c.value.length - name.length)}”与单位名之间原文有空白，是前一行的字，不属单位名`] } : c;
  };
  return { unit: unit.map((c) => (c.tier < 3 ? unjoined(full(c)) : c)), supervising };
}

/**
 * The place as the writer of a fund's report it makes as a whole: a title led by a county, city or district and the year
 * (`某县2021年度…资金绩效自评报告`, `某市本级2023年…`), a text that speaks as that place (`我县`, `本市`) more often than as a body,
 * and no body read as the unit (the caller asks only then), named as a department of the place, carrying the funds out or
 * signing the text. Not a department-wide report's title (`某区2021年度部门整体支出…`): that is some department's, unnamed.
 */
function placeAsWriter(flow: Flow, title: Title): Candidate | null {
  const whole = flow.text.slice(title.span.start, title.span.end);
  // (the title's line that starts with the place: a page's breadcrumb, `…通知公告`, may stand on a line before it)
  const led = (line: string) => { const p = PLACE.exec(line)?.[0] ?? ''; return p !== '' && !NOT_PLACE.test(p) && /^(?:本级)?(?:(?:专项)?转移支付)?(?:\d{4}|二[〇○零][〇○零一二三四五六七八九]{2})年/u.test(line.slice(p.length)) ? p : null; };
  const place = whole.split('\n').map((l) => led(l.trim())).find((p) => p !== null);
  if (!place || /部门|单位|整体/u.test(whole)) return null;
  // (nor when the text names a department of that place, `某县扶贫开发局整体绩效自评分95分`: the report may be that department's)
  const departments = [...flow.text.matchAll(new RegExp(`${place}[\\u4e00-\\u9fff]{2,14}?(?:局|委员会|办公室)`, 'gu'))].map((x) => x[0]);
  if (departments.some((d) => isOrgName(d) && !FUNDER.test(d))) return null;
  // (nor when a body carries the funds out, `由县交通运输局牵头组织实施`, `由某县农村公路养护中心具体组织实施`; nor when a body signs it, its
  // name over the date)
  if (/由[\u4e00-\u9fff]{2,24}?(?:局|委员会|办公室|中心|站|所|院|队)(?:牵头|负责|具体|统一)?(?:组织)?实施/u.test(flow.text)) return null;
  if ([...flow.text.matchAll(SIGNATURE)].some((x) => isOrgName(x.groups!.org!))) return null;
  const level = place.at(-1)!;
  // (the text speaking as the place more often than as a body: `我市` twice and `我局` once is the city's)
  const asPlace = [...flow.text.matchAll(new RegExp(`(?<!自)(?:我|本)${level}(?![长里场域级委])`, 'gu'))].length;
  if (asPlace === 0 || [...flow.text.matchAll(SELF)].length >= asPlace) return null;
  const at = flow.text.indexOf(place, title.span.start);
  const printed = flow.printed({ start: at, end: at + place.length });
  return {
    field: 'department_name', value: printed, printed, quote: flow.quote(title.span), tier: 1, rule: '标题开头的地名（正文以该地自称）',
    doubts: [`标题以地名“${printed}”和年度开头，正文自称“我${level}”或“本${level}”，全文没有写明单位：取该地为报告单位`],
  };
}

/**
 * The later part of a name the original never prints unbroken, only across one gap of whitespace (a web page's lines run
 * together, `热点 保山市广播电视台…`, `本情况 郴州市殡葬管理处`), when that part is itself a body's name led by its place and the
 * words before the gap are no part of a name (no place, no party or state prefix: `云南省 保山市…`, `中共 某县委…` stay whole).
 * Null when the name stands as it is.
 */
function runInName(original: string, name: string): string | null {
  if ([...name].length < 5) return null;
  const chars = [...name].map(escapeRegExp);
  const gaps = new Set<number>();
  for (const m of original.matchAll(new RegExp(chars.join('(\\s*)'), 'gu'))) {
    const at = m.slice(1).map((g, k) => (g === '' ? -1 : k + 1)).filter((k) => k > 0);
    if (at.length !== 1) return null;
    gaps.add(at[0]!);
  }
  if (gaps.size !== 1) return null;
  const k = [...gaps][0]!;
  const before = [...name].slice(0, k).join('');
  const after = [...name].slice(k).join('');
  // (a party's, a front's or the state's prefix: `政协 某区委员会`, `九三学社 某市委员会`, `国家税务总局 某市税务局`)
  if (!PLACE_START.test(after) || !isOrgName(after) || PLACE_START.test(before) || /(?:省|市|州|县|区|旗|盟|镇|乡|地区|自治区)$|^(?:中共|共青团|中国|国家|政协|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)/u.test(before)) return null;
  return after;
}

/**
 * Whether `short` is an abbreviation of `long`: its characters stand in `long` in the same order,
 * its last one among the last three of `long` (委 / 管委会), and `long` is not `short` with more
 * words after it (某县教育局体育中心 is another body than 某县教育局).
 */
function abbreviates(short: string, long: string): boolean {
  if (long.length <= short.length || long.startsWith(short) || !long.slice(-3).includes(short.at(-1)!)) return false;
  let at = 0;
  for (const ch of short) {
    at = long.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Words that join a name to its sentence (`分别为…`, `由…`), never the start of a place. */
const LEADING_WORD = '分别|包括|其中|以及|为|是|由|向|对';

/** The longest name in the text that ends with `partial` and starts with a place. */
function completeName(flow: Flow, partial: string): { name: string; span: Span } | null {
  const core = partial.replace(/^(?:区|市|县|省)/u, '');
  const re = new RegExp(String.raw`(?:[\u4e00-\u9fff]{2,6}?(?:省|市))?[\u4e00-\u9fff]{2,6}?${escapeRegExp(partial.startsWith(core) ? core : partial)}`, 'gu');
  let best: { name: string; span: Span } | null = null;
  const regions = new Set<string>();
  for (const m of flow.text.matchAll(re)) {
    // Trim words that precede the place (`我区`, `与`): the name must start with a place.
    let name = m[0];
    let start = m.index;
    // (a word that joins it to the sentence goes first: `和宁波市奉化区农业农村局` is the bureau,
    // and so do a body's name before `和` and the words before `由`: `财政局和张掖市…`, `项目由和田市…`;
    // not the 和 of a place, 呼和浩特市, 和田市; nor a site's greeting, `欢迎进入南昌市…`)
    const cut = [...name.slice(0, name.length - core.length).matchAll(new RegExp(`^(?:${LEADING_WORD}|和|及|与)|[局委办厅府心院会][和及与、]|[由向对从经将在至给到了]|进入|访问|来到|光临`, 'gu'))]
      .map((j) => j.index + j[0].length).find((at) => name.length - at - core.length >= 3 && PLACE_START.test(name.slice(at)));
    if (cut !== undefined) { name = name.slice(cut); start += cut; }
    // (a table's cells one space apart run into one word in the reading: `…经办经费 长安区医疗保障局` is no 费长安区; the
    // name starts after the space, when the name after it holds none — a text spread out by spaces has them everywhere)
    const gap = [...Array(name.length - core.length).keys()].reverse().find((k) => k > 0 && /\s/u.test(flow.excerpt({ start: start + k - 1, end: start + k + 1 })));
    if (gap !== undefined && !/\s/u.test(flow.excerpt({ start: start + gap, end: start + name.length }))) { name = name.slice(gap); start += gap; }
    while (name.length > partial.length && (!PLACE_START.test(name) || !addsPlaceOnly(flow, start, name.slice(0, name.length - core.length)))) { name = name.slice(1); start++; }
    if (!PLACE_START.test(name) || name === partial) continue;
    // What the fuller name adds is a place (`株洲市` before 荷塘区…), not words before it (`分别为南县财政局`).
    const added = name.slice(0, name.length - core.length);
    // (at least two characters before the place's suffix: `主管部门区市场监督管理局` adds no place 门区)
    // (nor the tail of a word before it: `单位为区农业农村局` adds no place 位为区)
    // (or, before a bare 自治区, one of the five autonomous regions' names, `广西壮族` + 自治区文化和旅游厅, words before it aside,
    // `按照内蒙古…`; two regions' bodies in the text, neither)
    // (after a word that joins it to its sentence only, not a visit, `赴西藏自治区…考察`)
    const regionAt = /^自治区/u.test(partial) ? /(?:广西壮族|西藏|新疆维吾尔|宁夏回族|内蒙古)$/u.exec(added) : null;
    const region = regionAt && (regionAt.index === 0 || /(?:按照|根据|依据|经|由|对|和|与|及)$/u.test(added.slice(0, regionAt.index))) ? regionAt[0] : undefined;
    if (region) {
      regions.add(region);
      const at = start + added.length - region.length;
      if (!best || region.length + partial.length > best.name.length) best = { name: region + core, span: { start: at, end: at + region.length + core.length } };
      continue;
    }
    if (added.length < 3 || !/(?:省|市|州|盟|地区|区|县|旗)$/u.test(added) || NOT_PLACE.test(flow.text.slice(Math.max(0, start - 1), start + added.length)) || new RegExp(`^(?:${LEADING_WORD})`, 'u').test(added) || !addsPlaceOnly(flow, start, added)) continue;
    if (!best || name.length > best.name.length) best = { name, span: { start, end: start + name.length } };
  }
  return regions.size > 1 ? null : best;
}

const PROJECT_FIELD = /(?:项目名称|专项名称|资金名称|专项\(项目\)名称|项目\(专项\)名称|转移支付(?:\(项目\))?名称)(?:\((?:全称)\))?(?<connector>为|是(?!否)|:?(?:\t|\n|\|)?)(?<name>[^\t\n。,;|]{2,60}?)(?=\t|\n|\||$|[,;。]|是否为|金额单位|(?:实施|主管)\((?:主管|实施)\)单位|(?:县级|市级|省级|区级|中央|地方|自治区)?主管(?:部门|单位)|(?<=项目)项目主管(?:部门|单位)|实施单位|资金使用单位|(?:项目)?负责人|联系人|联系电话|填报人|预算单位|项目单位|单位名称|部门名称)/gu;

/** The project, from its 项目名称 field (project reports only); else from the titles. */
export function findProject(flow: Flow): Candidate[] {
  // (a 项目名称 among labels printed first, its value after them: `项目名称` / `主管部门` / `实施单位` / <name> / …)
  const first = labelsFirst(flow).flat().find((b) => b.label === '项目名称');
  if (first) return [projectCandidate(flow, first.span, 3, '“项目名称”栏（栏名在前，值在后）')];
  const fields = [...flow.text.matchAll(PROJECT_FIELD)].filter((x) => isField(flow, x, NEXT_LABEL.test(flow.text.slice(x.index + x[0].length, x.index + x[0].length + 8))));
  if (fields.length === 0) {
    const titled = titleProjects(flow);
    if (titled.length === 0) return overviewProject(flow);
    // A title naming the funds as a group (`中央自然灾害资金`) over a text that goes through them
    // section by section (`一、中央自然灾害救灾资金(森林草原航空消防租机补助经费)`): the first section's.
    const section = firstFundSection(flow)?.[0];
    const general = (t: Candidate) => section !== undefined && abbreviates(t.value, section.value.replace(/\([^()]*\)$/u, ''));
    if (section && titled.every(general)) return [{ ...section, tier: 2, doubts: [`标题中的“${titled[0]!.value}”泛指各项资金，文本逐节讲各项资金；项目取自第一节的标题，其后各节的数字属于其他资金`] }];
    return titled;
  }
  // A project code before the name (`51092324T000010263357-`) is not part of it.
  const nameOf = (x: RegExpExecArray) => x.groups!.name!.replace(/^:/u, '').replace(/^(?:[0-9A-Z]{2,}[-—_])+(?=[\u4e00-\u9fff\d])/u, '');
  // A 项目名称 that heads a table's column (a list of the forms before the form) is passed over;
  // one whose value is the form's next field (its name printed elsewhere, cells out of order) is not.
  const m = fields.find((x) => !isLabelOrJunk(nameOf(x)) && !GENERIC_PROJECT.test(nameOf(x)));
  if (!m || fields.indexOf(m) > 0 && fields.slice(0, fields.indexOf(m)).some((x) => /^(?:主管部门|实施单位)/u.test(nameOf(x)))) return [];
  const name = nameOf(m);
  if (isInstruction(name) || /^\(/u.test(name) || /^(?:主管部门|实施单位)/u.test(name)) return [];
  const nameEnd = m.index + m[0].length;
  return [projectCandidate(flow, { start: nameEnd - name.length, end: nameEnd }, 3, '“项目名称”栏', [], { start: m.index, end: nameEnd })];
}

/**
 * A value that is a label, not a name: a table's column head (`预算金额(万元)`, `发行金额(亿元)`,
 * `备注`, `债券性质`, `自评等级`: a table printed one cell per line, its heads first), a contact
 * field (`负责人及电话`), or a document site's boilerplate (`精选优质文档`).
 */
export function isLabelOrJunk(name: string): boolean {
  return /\((?:[万亿]?元|%|分)\)|^(?:预算|实际|执行|金额|合计|总计|小计|备注|序号|负责人|联系人|联系电话|分值|得分|权重|是否)|^(?:年初|全年|年度|调整后)(?:预算|执行|支出)(?!.*(?:项目|经费|资金|费用|专项|工程|补助|补贴|奖励|计划|转移支付)$)|^[\u4e00-\u9fff]{0,4}(?:性质|类型|类别|等级|等次|分数|得分|评分|结果|结论|规模|金额|额度)$|^(?:项目|实施|填报|预算|主管|责任)(?:单位|部门)(?:名称)?$|文档|下载|范文|会员|精选/u.test(name);
}

/**
 * A project's name as printed: with the pinyin a conversion site put after its last character
 * (`森林防火專項(xiàng)`: the reading form hides it, the name as printed keeps it), and without the
 * quotation marks and the 项目 around a quoted name (`“国内侨务工作”项目` is 国内侨务工作).
 */
function projectPrinted(flow: Flow, span: Span): string {
  const { start, end } = flow.originalRange(span);
  const printed = flow.original.slice(start, end + pinyinAt(flow.original, end)).trim();
  // (`“<name>”项目`, after a list's number too, `项目七:“<name>”项目`: the name is what the quotes hold)
  const quoted = /^(?:项目[一二三四五六七八九十\d]{1,3}[:：、.])?[“"](?<name>[^“”"]{2,40})[”"]项目$/u.exec(printed);
  return quoted ? quoted.groups!.name!.trim() : printed;
}

/** A project candidate for the name at `span` (quoted from `quoteSpan`, by default the name itself). */
function projectCandidate(flow: Flow, span: Span, tier: number, rule: string, doubts: string[] = [], quoteSpan: Span = span): Candidate {
  const printed = projectPrinted(flow, span);
  return { field: 'project_name', value: printed.replace(/\s+/gu, ''), printed, quote: flow.quote(quoteSpan), tier, rule, doubts };
}

/** A title with the project's name in parentheses after its last word (`…自评结果(文化发展及精品创作经费)`). */
const TITLE_WITH_NAME = new RegExp(String.raw`^(?<lead>[^\n]*?(?:报告|总结|自评表|自评结果))\((?<name>${NAME_IN_PARENTHESES})\)$`, 'u');

/** What names no project: the report's kind in other words. */
const GENERIC_PROJECT = /^(?:中央|省级|省|市级|县级|区级|地方|本级)?(?:财政)?(?:对地方)?(?:专项|一般性)?(?:转移支付)?(?:资金)?$|^(?:本级)?(?:部门|单位)?(?:整体)?(?:预算)?(?:项目)?(?:支出)?(?:资金|经费)?$|^(?:本级)?部门(?:预算)?项目$|^(?:专项|项目|财政)?(?:资金|经费)$|^(?:部门)?(?:预算|决算)中?的?项目$|^(?:重点|民生|其他|一般|基本建设|基建|经常性|一次性|延续性|新增)(?:项目)?$|^(?:部门)?(?:预算|财政拨款|一般公共预算)(?:资金)?$|^三公经费$|^专项$|^(?:中央|省级|市级|县级|区级|本级)?(?:财政)?(?:专项)?(?:支出)?(?:资金|经费)?项目$/u;
/** A name a project ends with. */
const PROJECT_END = /(?:项目|经费|资金|费用|[^收]费|专项|工程|补助|补贴|奖励|计划|转移支付)$/u;

/**
 * The project a title names: `[body][关于][year]<name>(项目支出)绩效自评报告`; else the name in
 * parentheses on the line after a title (`（市级森林防火“三三制”补助经费项目）`), or the short
 * line before a title that names no project (`招商推介会费用` / `项目支出绩效自评报告`). A year
 * before the name is the title's, unless the text names the project with it elsewhere too.
 */
function titleProjects(flow: Flow): Candidate[] {
  const out: Candidate[] = [];
  const make = (span: Span, rule: string): Candidate => projectCandidate(flow, span, 2, rule);
  const lines = titleLines(flow);
  const announced = lines.length === 0 ? announcedTitle(flow) : null;
  const titles = announced ? [announced] : lines;
  const inTitle = (at: number) => titles.some((x) => at >= x.span.start && at < x.span.end);
  // Whether the text, outside its titles, names the project without its 项目.
  const namedBare = (bare: string) => [...flow.text.matchAll(new RegExp(escapeRegExp(bare) + '(?!项目)', 'gu'))].some((x) => !inTitle(x.index));
  // (an attachment's title names the form appended, when the text has a title of its own)
  const own = titles.some((x) => !x.template && !x.attachment);
  for (const title of titles) {
    if (title.template || (own && title.attachment)) continue;
    const t = flow.text.slice(title.span.start, title.span.end);
    const skip = (at: number, re: RegExp) => { while (t[at] === '\n') at++; return at + (re.exec(t.slice(at))?.[0].length ?? 0); };
    // A tag in brackets before the title (`(直达资金)`, `【公示】`) is not part of the name.
    let at = skip(skip(0, /^(?:\([^()\n]{2,8}\)|【[^【】\n]{2,8}】)/u), /^关于/u);
    const org = titleOrg(t, flow.text);
    if (org && t.indexOf(org) >= 0) at = t.indexOf(org) + org.length;
    // A place before the year (`某某县2023年度中央水利发展资金…`, its body's name lost) is not the project's.
    const place = org ? null : /^[\u4e00-\u9fff]{2,12}?(?=\d{4}年)/u.exec(t.slice(at));
    if (place && /^[\u4e00-\u9fff]{1,10}(?:省|市|州|区|县|旗|盟)$/u.test(place[0]) && !NOT_PLACE.test(place[0])) at += place[0].length;
    at = skip(at, /^关于/u);
    // (a year without 年 before the words, `…委员会2022项目绩效自评报告`, is a year too)
    const year = /^\d{4}(?:年度?|(?=[\u4e00-\u9fff]))/u.exec(t.slice(at));
    let nameAt = skip(at + (year?.[0].length ?? 0), /^$/u);
    // (`…项目支出绩效单位自评报告`: the unit's self-evaluation; `…绩效目标自评表`)
    const words = /(?:绩效)?(?:目标)?(?:单位|部门)?(?:自评|评价)/u.exec(t.slice(nameAt));
    let name = words ? t.slice(nameAt, nameAt + words.index) : '';
    // `…经费的绩效自评报告`; `<name>项目2018年度绩效自评报告`: the year, and the 项目 before it, name the report.
    name = name.replace(/\n+$/u, '').replace(/的$/u, '');
    // The 项目 is kept when the text never names the project without it (outside the titles).
    const yearAfter = /(?:项目)?\d{4}年度?$/u.exec(name);
    if (yearAfter && yearAfter.index > 0) {
      const bare = name.slice(0, yearAfter.index);
      const withProject = yearAfter[0].startsWith('项目') && !namedBare(bare);
      name = withProject ? `${bare}项目` : bare;
    }
    // `关于某某区转移支付2022年度<name>…`: what stands before a year inside is the place or body, not the project.
    const mid = /\d{4}年度?/u.exec(name);
    if (mid && mid.index > 0 && !year) { nameAt += mid.index + mid[0].length; name = name.slice(mid.index + mid[0].length); }
    // `<name>项目支出绩效…`, `渔政执法经费 支出绩效评价报告`: the spending is the report's kind, not the name.
    // (a name the title marks as a project's, `<name>项目支出绩效…`, need not end as project names do)
    let marked = false;
    // (the title broken before 支出, `…除险加固项目` / `支 出 绩 效 自 评 报 告`, as well)
    const spending = /(?<=项目|经费|资金|补助|补贴)\n?支出$/u.exec(name);
    if (spending) {
      name = name.slice(0, spending.index);
      // (its 项目 kept only when the text never names the project without it, as above)
      const bare = name.replace(/项目$/u, '');
      if (bare !== name && bare.length >= 2 && namedBare(bare)) { name = bare; marked = true; }
    }
    // `(中央自然灾害救灾资金—干旱灾害救灾补助)转移支付`: the name is what the parentheses hold.
    const wrapped = /^\(([^()]{4,40})\)(?:转移支付|项目)$/u.exec(name);
    if (wrapped) { nameAt += 1; name = wrapped[1]!; }
    // `专项事业费(项目)2017年度…`: the kind in parentheses is not part of the name.
    name = name.replace(/\((?:项目|专项)\)$/u, '');
    // `…补助资金转移支付区域(项目)绩效目标自评表`: the national form's words, not the fund's name.
    name = name.replace(/(?<=(?:资金|经费|补助|补贴|专项))\n?(?:转移支付)?区域$/u, '');
    // `…补助资金_自评报告.pdf`: a file name's separator.
    name = name.replace(/[_\-—]+$/u, '');
    // `<fund>预算执行情况绩效自评报告`, `<fund>使用情况…`: the aspect reported on is not the name.
    name = name.replace(/(?<=(?:资金|经费|项目|补助|补贴|专项))(?:的)?(?:预算)?(?:执行|使用|管理|管理使用|实施|绩效)(?:情况)?$/u, '');
    // `残联项目绩效自评报告`: a body's or a sector's short name before 项目 names no project.
    const generic = /^[\u4e00-\u9fff]{1,2}项目$/u.test(name);
    if (name !== '' && !name.includes('\n') && !GENERIC_PROJECT.test(name) && !(PLACE_START.test(name) && GENERIC_PROJECT.test(name.replace(PLACE, ''))) && !generic && !isLabelOrJunk(name) && (marked || PROJECT_END.test(name.replace(/\([^()]{1,20}\)$/u, '')))) {
      let start = title.span.start + nameAt;
      // `2023年西平县…项目` at the head of a title: the year belongs to the name when the text
      // names the project with it elsewhere (not in another copy of the title).
      const again = year && !year[0].endsWith('度') ? [...flow.text.matchAll(new RegExp(escapeRegExp(year[0] + name) + '(?!的?(?:项目)?(?:支出)?绩效(?:自评|评价)|的?自评)', 'gu'))].some((x) => x.index >= title.span.end) : false;
      if (again) start = title.span.start + at;
      out.push({ ...make({ start, end: title.span.start + nameAt + name.length }, '标题'), ...(title.fileLabel ? { rule: '文档网站的文件名' } : {}) });
      continue;
    }
    // `（项目名）` on the line after the title, or right after its last word.
    const after = /^\n?\((?<name>[^()\n]{2,40})\)(?=\n|$)/u.exec(flow.text.slice(title.span.end)) ?? TITLE_WITH_NAME.exec(t);
    if (after && PROJECT_END.test(after.groups!.name!)) {
      const start = after.groups!.lead !== undefined ? title.span.start + after.groups!.lead.length + 1 : title.span.end + after[0].indexOf('(') + 1;
      out.push(make({ start, end: start + after.groups!.name!.length }, '标题下括号'));
      continue;
    }
    // The line before a title that names no project.
    const lineStart = flow.text.lastIndexOf('\n', title.span.start - 2) + 1;
    const before = title.span.start > 0 ? flow.text.slice(lineStart, title.span.start - 1) : '';
    if ((name === '' || GENERIC_PROJECT.test(name)) && before.length >= 4 && before.length <= 30 && /^[\u4e00-\u9fff“”"()]+$/u.test(before) && PROJECT_END.test(before) && !GENERIC_PROJECT.test(before)) {
      out.push(make({ start: lineStart, end: title.span.start - 1 }, '标题上一行'));
    }
  }
  return preferTypedName(out);
}

/**
 * With no field and no title naming it: the project the self-evaluation sentence, the national
 * transfer template's heading, or the overview's first sentence names; flagged.
 */
function overviewProject(flow: Flow): Candidate[] {
  return sentenceProject(flow) ?? transferHeadingProject(flow) ?? firstFundSection(flow) ?? openingParenthesis(flow) ?? ownedProject(flow) ?? overviewSubject(flow);
}

/**
 * A text that opens with the project's name in parentheses, its title lost (`（华文教育工作经费项目）`): that name, flagged.
 * (a portal's page fields may stand before it: `索引号 | … | 发布机构 | … |` lines, `发布日期:…`)
 */
function openingParenthesis(flow: Flow): Candidate[] | null {
  const m = /^(?:\s*(?:[^\n|]{0,80}\|[^\n]{0,200}|[^\n]{0,40}?(?:索引号|发布机构|公开目录|发布日期|发布时间|成文日期|主题分类|组配分类|体裁分类|文号|浏览量|浏览次数|信息来源|公开方式|公开时限)[^\n]{0,200})\n){0,12}\s*\((?<name>[^()\n]{4,40})\)\s*(?:\n|$)/u.exec(flow.text);
  const name = m?.groups!.name ?? '';
  if (!m || !PROJECT_END.test(name) || GENERIC_PROJECT.test(name)) return null;
  const start = m.index + m[0].indexOf(name);
  return [projectCandidate(flow, { start, end: start + name.length }, 1, '开头括号中的项目名', ['没有项目名称栏或标题，项目取自文本开头括号中的名称'])];
}

/**
 * `日常走访慰问驻保部队专项经费项目是市人民政府办公室的持续性项目`: the project a sentence says is
 * a body's project, flagged; its 项目 dropped when the text names it without.
 */
function ownedProject(flow: Flow): Candidate[] | null {
  const m = /(?<=^|[。;\n])(?<name>[\u4e00-\u9fff“”"()]{4,40}?项目)是[\u4e00-\u9fff()]{2,30}?的(?:持续性|一次性|新增性?|延续性|经常性|常年性|重点)?项目/u.exec(flow.text);
  if (!m) return null;
  let name = m.groups!.name!;
  if (flow.text.split(name.slice(0, -2)).length > flow.text.split(name).length) name = name.slice(0, -2);
  if (!PROJECT_END.test(name) || GENERIC_PROJECT.test(name) || /^(?:该|本|此)/u.test(name)) return null;
  const start = m.index;
  return [projectCandidate(flow, { start, end: start + name.length }, 1, '“…项目是…的项目”句', ['没有项目名称栏或标题，项目取自“…项目是某单位的…项目”的句子'])];
}

/**
 * A report that goes through its funds one top-level section at a time, the first heading a fund's
 * name (`一、中央自然灾害救灾资金(第一批森林火灾救灾补助)`, then `(一)绩效目标…`): the first section's
 * fund, flagged (the figures of later sections are other funds').
 */
function firstFundSection(flow: Flow): Candidate[] | null {
  const m = /(?<=^|\n)一、(?<name>[^。,;:!?\n]{4,40})\n+\(一\)/u.exec(flow.text);
  const name = m?.groups!.name ?? '';
  const bare = name.replace(/\([^()]*\)/gu, '');
  // (a fund, `…救灾资金`: not kinds of spending, `人员经费和公用经费`, nor a plan)
  if (!m || !/资金$/u.test(bare) || /[和及、]/u.test(bare) || GENERIC_PROJECT.test(name) || FUND_SECTION_WORDS.test(bare)) return null;
  const start = m.index + 2;
  return [projectCandidate(flow, { start, end: start + name.length }, 1, '第一节标题', ['没有项目名称栏或标题，文本逐节讲各项资金；项目取自第一节的标题，其后各节的数字属于其他资金'])];
}

/**
 * The national template of a transfer payment's self-evaluation opens with the heading
 * `(一)下达<project>转移支付预算和绩效目标情况`: the project it names, flagged.
 */
function transferHeadingProject(flow: Flow): Candidate[] | null {
  const m = /(?<=^|\n)\([一1]\)\s*下达(?:\d{4}年度?)?(?<name>[^。,;\n]{2,40})和绩效目标(?:情况)?/u.exec(flow.text);
  // (the name is greedy: `…补助资金预算和绩效目标` keeps its 资金; the words after it are cut off)
  // (`…补助资金转移支付预算`: the fund's name; `农村危房改造转移支付预算`: 转移支付 ends the name)
  const named = (m?.groups!.name ?? '').replace(/预算$/u, '');
  const name = PROJECT_END.test(named.replace(/转移支付$/u, '')) ? named.replace(/转移支付$/u, '') : named;
  if (!m || !PROJECT_END.test(name) || GENERIC_PROJECT.test(name) || /^的/u.test(name)) return allocatedFund(flow);
  const start = m.index + m[0].indexOf(name);
  return [projectCandidate(flow, { start, end: start + name.length }, 1, '“下达…预算和绩效目标情况”标题', ['没有项目名称栏或标题，项目取自转移支付自评报告“下达…预算和绩效目标情况”一节的标题'])];
}

/**
 * The other form of that template's opening, `一、绩效目标分解下达情况` and then one sentence, `某厅、某财政厅(…号)下达2022年
 * 某某专项资金20万元`: the fund allocated, when that section names one fund with its amount (not several, `…资金和…经费`).
 */
function allocatedFund(flow: Flow): Candidate[] | null {
  const heading = /绩效目标分解下达情况/u.exec(flow.text);
  if (!heading) return null;
  // (after the heading's own words: its 下达 is no allocation)
  const from = heading.index + heading[0].length;
  const section = flow.text.slice(from, from + 300).split(/(?<=.)[二三]、/u)[0]!;
  const funds = [...section.matchAll(/下达(?:(?:我|本)(?:县|市|区|州|旗|省|单位|局))?(?:\d{4}年度?)?(?<name>[\u4e00-\u9fff()]{4,40}?)(?=\d[\d,.]*(?:万元|元|亿元))/gu)];
  const name = funds[0]?.groups!.name ?? '';
  if (funds.length !== 1 || !PROJECT_END.test(name) || GENERIC_PROJECT.test(name) || /(?:资金|经费|补助|项目)[和及、]/u.test(name)) return null;
  const start = from + funds[0]!.index + funds[0]![0].length - name.length;
  return [projectCandidate(flow, { start, end: start + name.length }, 1, '“绩效目标分解下达情况”一节下达的资金', ['没有项目名称栏或标题，项目取自转移支付自评报告“绩效目标分解下达情况”一节下达的资金'])];
}

/**
 * `对2023年城乡义务教育补助经费项目实施情况开展了自评`: the project a self-evaluation sentence names,
 * in a text with no field or title naming one; its 项目 kept unless the text names it without.
 */
function sentenceProject(flow: Flow): Candidate[] | null {
  // (the name runs up to the aspect the sentence evaluates: 资金投入情况, 实施情况, 绩效目标 …)
  const m = /(?<![针相核面应])对(?![照于比象标])(?:\d{4}年度?)?(?<name>(?:(?!开展|进行|情况)[\u4e00-\u9fff()“”"]){4,40})(?=(?:资金)?(?:投入|使用|管理)情况|实施情况|执行情况|绩效|完成情况|的|开展|进行)[^。;]{0,40}?(?:开展|进行)了?(?:绩效)?自评/u.exec(flow.text.slice(0, 1500));
  if (!m) return null;
  // (`…工程项目资金投入情况`: the project is the 项目, its funds are what was evaluated)
  let name = m.groups!.name!.replace(/(?<=项目)资金$/u, '');
  const start = m.index + m[0].indexOf(name);
  if (name.endsWith('项目') && flow.text.split(name.slice(0, -2)).length > flow.text.split(name).length) name = name.slice(0, -2);
  // (not a department's funds: `对县农业农村局部门预算项目资金…`)
  if (!PROJECT_END.test(name.replace(/\([^()]{1,20}\)$/u, '')) || GENERIC_PROJECT.test(name) || /^(?:该|本|此|我|各|全|部门|单位)/u.test(name) || /对|局|委员会|办公室|政府|部门|单位/u.test(name) || /中心(?:$|部门|预算|整体|本级)/u.test(name)) return null;
  return [projectCandidate(flow, { start, end: start + name.length }, 1, '自评句中的项目', ['没有项目名称栏或标题，项目取自“对…开展自评”的句子'])];
}

/**
 * The project a report's overview opens with, under its heading (`(一)项目概况` / `某某工程(二期)是为…`,
 * `…位于…`). Only a name that ends as a project's does and recurs in the text (a subject said
 * once may be a sentence's, not the project's).
 */
function overviewSubject(flow: Flow): Candidate[] {
  const m = /(?<=^|\n)(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[.、])?项目(?:概况|基本情况|简介)[:。]?\n?(?<name>[\u4e00-\u9fff()“”"-]{4,40}?)(?:是|位于|于\d{4}年|为|由|系)/u.exec(flow.text);
  const name = m?.groups!.name ?? '';
  if (!m || !PROJECT_END.test(name.replace(/\([^()]{1,20}\)$/u, '')) || GENERIC_PROJECT.test(name) || /^(?:该|本|此)/u.test(name)) return [];
  if (flow.text.split(name).length < 3) return [];
  const start = m.index + m[0].length - m[0].slice(m[0].indexOf(name)).length;
  return [projectCandidate(flow, { start, end: start + name.length }, 1, '项目概况的主语', ['没有项目名称栏或标题，项目取自“项目概况”一节首句的主语'])];
}

/**
 * A document site's file label and the document's heading that name the same project but for a
 * character or two (`酃县白鹅…` / `鄱县白鹅…`): the site's conversion of the text misreads a rare
 * character the uploader's typed file name keeps. The label's name is taken, flagged; names
 * that differ otherwise (another year, another project) still disagree.
 */
function preferTypedName(found: Candidate[]): Candidate[] {
  const label = found.filter((c) => c.rule === '文档网站的文件名');
  const others = found.filter((c) => c.rule !== '文档网站的文件名');
  if (label.length !== 1 || others.length === 0) return found;
  const typed = label[0]!;
  const near = (c: Candidate) => {
    if (c.value.length !== typed.value.length || c.value === typed.value) return false;
    const diff = [...c.value].map((ch, i) => [ch, typed.value[i]!] as const).filter(([a, b]) => a !== b);
    return diff.length <= 2 && diff.every(([a, b]) => /\p{Script=Han}/u.test(a) && /\p{Script=Han}/u.test(b));
  };
  if (!others.every((c) => c.value === typed.value || near(c))) return found;
  const misread = others.find(near);
  return [{ ...typed, doubts: misread ? [...typed.doubts, `文档正文的标题写作“${misread.value}”，与文档网站的文件名差一两个字；取文件名（正文转换常读错生僻字）`] : typed.doubts }];
}

/**
 * Phrases that name the year of the figures: `截至 2021 年 12 月 31 日`, `2021 年度本单位收入`,
 * `2024 年度部门整体全年总支出`, a form's `（2023年度）`. A year right after 相比/比/较 is a
 * comparison, not the report's year.
 */
const FIGURE_YEAR = new RegExp(
  [
    // (money as of the year's end, not a count of what stood then: `截至2023年底,全县农村公路总里程2,318公里`)
    String.raw`截[至止](?<a>\d{4})年(?:12月31日|底|末)(?=[^。;\n]{0,30}?(?:万元|元|资金|预算|支出|执行|支付|拨付))`,
    String.raw`(?<b>\d{4})年度?,?(?:本单位|本部门|本局|本中心|本署|我局|我单位|我中心|我署|部门整体|部门|单位|整体|(?:该|本)?项目)?(?:全年)?(?:的)?(?:财政拨款|一般公共预算)?(?:收入|支出|收支|年初(?:部门)?预算|预算|决算|总支出)`,
    String.raw`(?:^|自评表)\(\s*(?<c>\d{4})\s*年度?\s*\)`,
    // A form's `（2019年度）` whose opening parenthesis a conversion lost, on a line of its own.
    String.raw`^(?<e>\d{4})\s*年度\s*\)$`,
    // (or bare, on the line under the form's name: `财政项目支出绩效自评表` / `2020年度`, under a page title of another year)
    String.raw`(?<=(?:自评表|评价表)[ \t]*\n)(?<g>\d{4})\s*年度[ \t]*$`,
    String.raw`(?:评价|自评)年度:?(?:\t|\n)?(?<d>\d{4})`,
    // The whole of one year as the project's or the evaluation's period (`项目起止时间 2021年1月起至2021年12月`,
    // `实施期限:2020年1月1日至2020年12月31日`, in a form's cells too); not a contract's service period.
    String.raw`(?:起止|实施|执行|评价|建设)(?:时间|期限|时段|期间|周期)[:\s]{0,2}(?<f>\d{4})\s?年\s?0?1\s?月(?:\s?0?1\s?日)?\s?起?\s?(?:至|到|-|—|~)\s?\k<f>\s?年\s?12\s?月`,
  ].join('|'),
  'dgmu',
);

/** Candidates for the fiscal year: the year most figure phrases name, else the title's. */
export function findFiscalYear(flow: Flow, title: Title | null): Candidate[] {
  // A title over a span of years (`2018-2020年电子商务建设专项资金绩效评价报告`) evaluates no one year.
  if (yearSpanOf(flow, title)) return [];
  const votes = new Map<number, { count: number; first: Candidate }>();
  for (const m of flow.text.matchAll(FIGURE_YEAR)) {
    const g = m.groups!;
    // The title names the year of the report, which is not always the year of its figures.
    const yearAt = (m.indices!.groups!.a ?? m.indices!.groups!.b ?? m.indices!.groups!.c ?? m.indices!.groups!.d ?? m.indices!.groups!.e ?? m.indices!.groups!.f ?? m.indices!.groups!.g)![0];
    if (title && yearAt >= title.span.start && yearAt < title.span.end) continue;
    // (nor a cited document's, `《关于开展2024年预算支出绩效单位自评…的通知》`, also without its brackets,
    // `按照关于编制…2018年部门预算的通知(宁财预…号)`)
    if (insideCitation(flow.text, yearAt)) continue;
    if (/关于[^。,;《》]{0,40}$/u.test(flow.text.slice(Math.max(0, yearAt - 40), yearAt)) && /^[^。,;《》]{0,40}?的(?:通知|意见|批复|决定|函|办法)/u.test(flow.text.slice(yearAt, yearAt + 50))) continue;
    const year = Number(g.a ?? g.b ?? g.c ?? g.d ?? g.e ?? g.f ?? g.g);
    if (!plausibleYear(year)) continue;
    if (/(?:相比|比|较|与|对比|上年|去年)$/u.test(flow.text.slice(Math.max(0, m.index - 3), m.index))) continue;
    // (nor under a label that says it is last year's, `(四)上年情况:2022年该项目预算…`, `上年同期:`)
    // (a 上年结转 is a carry-over)
    if (/(?:上年|去年|上一年|上年度|往年)(?!结转|结余)[\u4e00-\u9fff]{0,4}:\s*$/u.test(flow.text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // (nor a plan, `2023年项目预算申请1,200万元`, nor a year the problems and measures look ahead to, `六、改进措施` / `…2024年部门预算编制中…`)
    if (plannedOrCarried(flow, yearAt) || /存在的?问题|问题(?:及|和|与)|改进(?:措施|建议|方向)|整改|下一步|下年度|工作打算|意见建议/u.test((topHeading(flow, yearAt) ?? '').replace(/.*(?:成效|完成情况|实施情况).*/u, ''))) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    const yearText = String(year);
    const at = m[0].indexOf(yearText);
    const printed = flow.printed({ start: m.index + at, end: m.index + at + 4 });
    // (a form's year under its heading, `（2024年度）`, is the heading's: it counts as the form's title does, twice)
    const weight = g.c !== undefined || g.e !== undefined || g.g !== undefined ? 2 : 1;
    const entry = votes.get(year);
    if (entry) entry.count += weight;
    else votes.set(year, { count: weight, first: { field: 'fiscal_year', value: yearText, printed, quote: flow.quote(span), tier: 3, rule: '正文所述数字的年度', doubts: [] } });
  }
  // A form's title names the year it evaluates (a report's may name the year it was written): one phrase more for it,
  // so that a remark on another year (`备注:2021年度部门预算执行率为94.06%`) does not outweigh it alone.
  if (title?.year && /表$/u.test(title.text.trim())) {
    const entry = votes.get(title.year);
    if (entry) entry.count++;
    else if (votes.size > 0) votes.set(title.year, { count: 1, first: yearOfTitle(flow, title) });
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
  // (the document's heading, else the file label before it: `…2021年度乡村道路项目自评表.pdf` over `…项目绩效目标自评表`)
  const dated = title?.year ? title : title?.file?.year ? title.file : null;
  if (dated?.year) {
    const own = dated === title;
    return [{ ...yearOfTitle(flow, dated), tier: 2, rule: own ? '标题年份（正文未说明数字的年度）' : '文件名的年份（正文和标题未说明年度）', doubts: [own ? '正文没有说明数字所属年度，取自标题' : '正文和标题没有说明年度，取自文件名'] }];
  }
  return looseYear(flow);
}

/** The year a title (or a file label) prints, as a candidate quoting the title. */
function yearOfTitle(flow: Flow, dated: { year: number | null; span: Span }): Candidate {
  const t = flow.text.slice(dated.span.start, dated.span.end);
  const at = t.indexOf(String(dated.year));
  const span = { start: dated.span.start + at, end: dated.span.start + at + 4 };
  return { field: 'fiscal_year', value: String(dated.year), printed: flow.printed(span), quote: flow.quote(dated.span), tier: 3, rule: '表格标题的年份', doubts: [] };
}

/**
 * The year a form says it was filled in, or with `published` also the year a page was published or
 * written (the earliest such date): a page may be published years after the year its funds name,
 * so a publication date only weighs against the weakest reading (the one year a text names).
 */
function textDateYear(flow: Flow, published = false): number | null {
  const labels = published ? '(?:填报|填表|发布|成文|印发|报告|发文)' : '(?:填报|填表)';
  // (a form one cell per line breaks the date too: `填报日期` / `2022` / `年` / `8`)
  const years = [...flow.text.matchAll(new RegExp(String.raw`${labels}(?:日期|时间)[:\t |\n]*(?<year>20\d{2})\n?(?:年|[-./])\n?\d{1,2}`, 'gu'))].map((m) => Number(m.groups!.year));
  return years.length > 0 ? Math.min(...years) : null;
}

/**
 * A text that names no year but in the document its funds were allocated by: `根据《某市人民政府关于某市2022年度涉农资金
 * 统筹整合使用实施计划安排的批复》,下达预算资金201.48万元…`: that plan's or budget's year, when the text cites no other; else the year
 * of the notice that asked for the self-evaluation (`《…关于开展2022年度…绩效自评工作的通知》`); flagged.
 */
function citedPlanYear(flow: Flow): Candidate[] {
  const cited = [...flow.text.matchAll(/《[^《》\n]{0,60}?(?<!\d)(?<year>20\d{2})年度?[^《》\n]{0,40}?(?:计划|预算|资金|项目)[^《》\n]{0,40}?》(?:[^。;\n《]{0,20}?)(?:下达|安排|拨付|分配|批复)[^。;\n《]{0,30}?\d[\d.,]*(?:万元|元|亿元)/gu),
    // (or a notice that allocated a budget, its document number between it and the funds it brought: `《…关于下达2024年…预算的通知》
    // (某财预发〔2024〕15号)文件,某局拨入…20.00万元`)
    ...flow.text.matchAll(/《(?=[^《》\n]*下达[^《》\n]*(?:预算|资金)[^《》\n]*》)[^《》\n]{0,60}?(?<!\d)(?<year>20\d{2})年度?[^《》\n]{0,80}?》\([^()\n]{0,24}\)(?:文件)?[^。;\n《]{0,20}?(?:下达|安排|拨付|拨入|分配|批复)[^。;\n《]{0,30}?\d[\d.,]*(?:万元|元|亿元)/gu)];
  // (not a plan over several years, `《…2021—2023年…行动计划》`, nor money still to come or carried over, `拟安排`, `结转至本年`)
  const own = cited.filter((m) => {
    const at = m[0].indexOf(m.groups!.year!);
    const around = m[0].slice(Math.max(0, at - 6), at + 8);
    const tail = m[0].slice(m[0].indexOf('》')) + flow.text.slice(m.index + m[0].length, m.index + m[0].length + 20).split(/[。;\n]/u)[0];
    // (nor a sentence that cites another year's notice as well, `《…2023年度…》和《…2024年度…》…`: which year is the report's is not said)
    const sentence = flow.text.slice(Math.max(0, flow.text.lastIndexOf('。', m.index) + 1, flow.text.lastIndexOf('\n', m.index) + 1), m.index + m[0].length);
    const otherYear = [...sentence.matchAll(/《[^《》\n]*?(20\d{2})年[^《》\n]*》/gu)].some((x) => x[1] !== m.groups!.year);
    return !/\d{4}年?[—–\-~至到]\s?\d{4}|\d{4}[—–\-~至到]/u.test(around) && !/拟|计划(?!安排)|预计|将|待|结转|结余|上年/u.test(tail) && !otherYear;
  });
  // (or the notice that asked for this self-evaluation, `《…关于开展2022年度中央对地方转移支付预算执行情况绩效自评工作的通知》`)
  const asked = [...flow.text.matchAll(/《[^《》\n]{0,40}?开展(?<year>20\d{2})年度?[^《》\n]{0,40}?(?:绩效自评|自评)[^《》\n]{0,20}?》/gu)];
  const found = own.length > 0 ? own : asked;
  const years = new Set(found.map((m) => m.groups!.year!));
  if (years.size !== 1 || !plausibleYear(Number([...years][0]))) return [];
  const m = found[0]!;
  const at = m.index + m[0].indexOf(m.groups!.year!);
  return [{ field: 'fiscal_year', value: m.groups!.year!, printed: flow.printed({ start: at, end: at + 4 }), quote: flow.quote({ start: m.index, end: m.index + m[0].length }), tier: 1, rule: own.length > 0 ? '下达资金的文件所属年度' : '布置自评的通知所属年度', doubts: [own.length > 0 ? '正文没有说明年度，取自下达资金的计划或预算文件名中的年度' : '正文没有说明年度，取自布置本次自评的通知名中的年度'] }];
}

/**
 * A text that names no year but in dates (`2024年3月,签订…合同`), filed or published the year after them (`填报日期:2025年4月28日`):
 * the year its dates fall in, when they all fall in that one year — a self-evaluation is written in the year after the one
 * it evaluates. Not a date in a cited document's name, nor the filing date itself; flagged.
 */
function yearBeforeFiling(flow: Flow): Candidate[] {
  const filed = textDateYear(flow, true);
  if (filed === null) return [];
  const dates = [...flow.text.matchAll(/(?<!\d)(?<year>20\d{2})年(?=\d{1,2}月)/gu)].filter((m) => !insideCitation(flow.text, m.index) && !/(?:日期|时间)[:：]?\s*$/u.test(flow.text.slice(Math.max(0, m.index - 8), m.index)));
  const years = new Set(dates.map((m) => Number(m.groups!.year)));
  if (years.size !== 1 || [...years][0] !== filed - 1 || !plausibleYear(filed - 1)) return [];
  const m = dates[0]!;
  return [{ field: 'fiscal_year', value: String(filed - 1), printed: flow.printed({ start: m.index, end: m.index + 4 }), quote: flow.quote({ start: m.index, end: m.index + 8 }), tier: 1, rule: '正文日期所在年度（填报于次年）', doubts: [`正文没有说明年度；正文中的日期都在 ${filed - 1} 年，文本填报或发布于 ${filed} 年，取 ${filed - 1} 年`] }];
}

/** A plan or a promise before a year (`确保项目2020年9月底完成`, `计划于…`): not the year evaluated. */
const PLANNED = /(?:计划|预计|力争|(?<![现即])将|拟|争取|确保|力争于|预计于)[\u4e00-\u9fff]{0,2}$/u;
/** What follows a planned year: a date or an accomplishment (`确保项目2020年9月底完成`), not the year's funds. */
const PLAN_AFTER = /^\d{4}年(?:\d{1,2}月|底|前|年底|内)?[^,;。]{0,8}?(?:完成|实现|建成|达到|投入使用)/u;

/**
 * Whether the year at `at` is a plan's or a carry-over's, not the year evaluated: a plan before it
 * (`计划于2025年`, `确保项目2020年9月底完成`), a plan after it in its clause (`2024年项目资金将…`), or
 * the year a carried-over balance came from (`含2022年项目结余资金20万元`).
 */
function plannedOrCarried(flow: Flow, at: number): boolean {
  const before = flow.text.slice(Math.max(0, at - 4), at);
  const after = flow.text.slice(at, at + 30);
  const clause = after.slice(0, Math.max(0, after.search(/[,;。\n]/u)) || after.length);
  if (PLANNED.test(before) && (!/确保[\u4e00-\u9fff]{0,2}$/u.test(before) || PLAN_AFTER.test(after))) return true;
  return /^\d{4}年度?[^,;。]{0,12}?(?:(?<![现即])将(?!近)|拟(?!定)|计划(?:于|在|到)|申请|预计)/u.test(clause) || /^\d{4}年度?[^,;。]{0,8}?(?:结余|结转)/u.test(clause);
}

/** A year a clause ties to projects, funds or a budget (`涉及2023年度中央对地方转移支付项目3个`). */
const LOOSE_YEAR = /(?<year>\d{4})年度?(?!公开|发布|印发)[^。,;:!?《》\n\t ]{0,16}?(?:项目|资金|经费|预算|支出|决算|收支)/gu;

/**
 * Without a title or a figure phrase: the year clauses tie to projects or funds, when they all
 * name the same one. Not a year in a cited document's name (`《关于开展2023年度…的通知》`,
 * `关于开展…`), nor one a comparison names. Flagged.
 */
function looseYear(flow: Flow): Candidate[] {
  const years = new Map<string, Candidate>();
  // (the years seen at the head of a date, `2022年12月`, and those seen otherwise)
  const dates = new Set<string>();
  const undatedSeen = new Set<string>();
  // (a template site's collection title, `2023年污水处理项目绩效自评报告(优质21篇)`, and the lines repeating it name no year of the copy's)
  const templates = titleLines(flow, 60).filter((t) => t.template).map((t) => t.span);
  const inTemplate = (at: number) => templates.some((x) => at >= x.start && at < x.end);
  for (const m of flow.text.matchAll(LOOSE_YEAR)) {
    if (inTemplate(m.index)) continue;
    const before = flow.text.slice(0, m.index);
    if (insideCitation(flow.text, m.index)) continue;
    if (/关于|开展|相比|比|较|与|上年|去年/u.test(before.slice(-6)) || plannedOrCarried(flow, m.index)) continue;
    // (nor a labelled date, `报告日期:2022年8月22日`: when the text was written)
    if (/(?:日期|时间)[:：]?\s*$/u.test(before.slice(-8))) continue;
    const year = m.groups!.year!;
    // (nor either end of a period over two years, `2014年5月至2015年12月止`; `2016年1月起至2016年12月止` is 2016's)
    const periodStart = /(\d{4})\s*年[^至到\n]{0,12}[至到]\s*$/u.exec(before.slice(-20))?.[1];
    const periodEnd = /^[^至到\n]{0,12}[至到]\s*(\d{4})\s*年/u.exec(flow.text.slice(m.index + 4, m.index + 30))?.[1];
    if ((periodStart && periodStart !== year) || (periodEnd && periodEnd !== year)) continue;
    if (!plausibleYear(Number(year))) continue;
    if (/^\d{4}年\d{1,2}月/u.test(m[0])) dates.add(year);
    // (an undated year counts against dates only with an amount in its clause: `2023年共下达补助资金246.2万元`,
    // not a comparison, a policy's or a plan's year, `高于2022年同期…`, `按照2022年项目资金管理办法`)
    else if (/^[^,;。\n]*?\d[\d.,]*万?元/u.test(flow.text.slice(m.index, m.index + 40))) undatedSeen.add(year);
    if (!years.has(year)) {
      years.set(year, { field: 'fiscal_year', value: year, printed: flow.printed({ start: m.index, end: m.index + 4 }), quote: flow.quote({ start: m.index, end: m.index + m[0].length }), tier: 1, rule: '正文中与项目、资金相连的年份', doubts: ['标题和数字短语都没有说明年度，由正文中与项目、资金相连的年份推断'] });
    }
  }
  // A self-evaluation is written in the year after the one it evaluates: a fund's year two or more
  // years before the text's own date (`填报日期:2022年7月5日`, `发布日期:2022-08-03`) is the fund's
  // origin (`2019年…扶持项目`), not the year evaluated.
  const dated = textDateYear(flow);
  // (nor a year after the text's date: a text cannot evaluate a year still to come)
  if (dated !== null) for (const y of [...years.keys()]) if (Number(y) < dated - 1 || Number(y) > dated) years.delete(y);
  // A date (`2022年12月省财政厅下达…`) says when, not for which year: only when no year stands undated.
  const undated = [...years.keys()].filter((y) => undatedSeen.has(y));
  if (undated.length > 0) for (const y of [...years.keys()]) if (!undated.includes(y)) years.delete(y);
  if (years.size > 0) return [...years.values()];
  // Else the one year the text names at all (`中心2021年较好地完成了…`), outside cited documents
  // and dates of publication; flagged.
  // (not a date, `2024年3月`, nor a plan, `计划于2025年完成`, nor a year two or more before the page's date,
  // nor a year on a line of its own under the form's maker or a date: a cover's, `林芝市财政局制` / `2025年`)
  const published = textDateYear(flow, true);
  const any = [...flow.text.matchAll(/(?<!\d)(?<year>20\d{2})年(?!\d{1,2}月|公开|发布|印发)/gu)].filter((m) => {
    if (inTemplate(m.index)) return false;
    const before = flow.text.slice(0, m.index);
    if (/(?:制|\(制\)|日期[:：]?[^\n]*)\n$/u.test(before.slice(-40)) && /^\d{4}年(?:\n|$)/u.test(flow.text.slice(m.index, m.index + 6))) return false;
    return !insideCitation(flow.text, m.index) && !/(?:于|到|根据|依据|按照)$/u.test(before.slice(-2)) && flow.text[m.index + m[0].length] !== '《' && !plannedOrCarried(flow, m.index) && (published === null || Number(m.groups!.year) >= published - 1);
  });
  const distinct = new Set(any.map((m) => m.groups!.year!));
  if (distinct.size === 0) {
    const cited = citedPlanYear(flow);
    return cited.length > 0 ? cited : yearBeforeFiling(flow);
  }
  if (distinct.size !== 1 || !plausibleYear(Number([...distinct][0]))) return [];
  const m = any[0]!;
  return [{ field: 'fiscal_year', value: m.groups!.year!, printed: flow.printed({ start: m.index, end: m.index + 4 }), quote: flow.quote({ start: m.index, end: m.index + m[0].length }), tier: 1, rule: '正文中唯一出现的年份', doubts: ['标题和数字短语都没有说明年度，取正文中唯一出现的年份'] }];
}
