/**
 * The review page (browser code, served by ../server.ts with its types stripped). It shows the
 * source beside the draft, sends every edit to the server, which checks it with the data
 * build, and shows the build's own messages. Nodes are built one by one and text is set as
 * text: report text is untrusted, and the page's policy allows no inline script or style.
 */
interface Table { columns: string[]; rows: string[][] }
interface Draft { id: string; record: unknown; indicators: Table; budgetLines: Table; source: Table; department: Table | null }
interface Check { problems: string[]; warnings: string[] }
interface State { published: boolean; draft: Draft; text: string; pdf: { file: string; sha256: string; pages: number } | null; label: string; check: Check }
type Lang = 'zh' | 'en';

const MESSAGES = {
  zh: {
    title: '审阅报告', switchTo: 'English', source: '原文', draft: '草稿', problems: '构建错误（须先改正才能保存）', noProblems: '构建未发现错误。',
    warnings: '构建警告', noWarnings: '无警告。', checking: '正在用数据构建检查…', checked: (p: number, w: number) => `检查完毕：${p} 个错误，${w} 个警告。`,
    useSelection: '用原文中选中的文字作引文', useSelectionHint: '在原文中选中文字（鼠标，或 Shift+方向键），再按此按钮或 Alt+Q。',
    showInSource: '在原文中显示', quote: '引文', notFound: '引文不在原文中', line: (n: number) => `第 ${n} 行`, lines: (n: number[]) => `出现于第 ${n.join('、')} 行`,
    doubtful: '存疑', reasonProblem: '构建错误', reasonNote: '提取时标记为不确定', reasonUntranslated: '英文未写',
    report: '报告（sources.csv 一行）', department: '新部门（departments.csv 一行）', lookup: '按行政区划代码查询（GB/T 2260）', useId: (id: string) => `使用建议的编号 ${id}`,
    divisionFound: (n: string, c: string, p: string) => `${p} ${c} ${n}`, divisionMissing: '该代码不在 GB/T 2260 数据中。',
    fields: '字段', indicators: '绩效指标表', budgetLines: '预算项目表', row: (n: number) => `第 ${n} 行`, allColumns: '所有列',
    save: '保存到数据目录', overwrite: '替换已有的报告（更正）', reason: '更正原因（将公开）', saving: '正在保存…',
    saved: '已保存。', refused: '未保存：', written: '写入的文件：', buildOk: '数据构建通过。', buildFailed: '数据构建失败：', noSelection: '请先在原文中选中文字。',
    published: '此报告已发布：页面打开的是已发布的记录。保存即为更正，需写明原因。',
    current: (p: string) => `当前字段：${p}`, noCurrent: '先点一个字段。', selected: (n: number, l: number) => `已选 ${n} 个字，第 ${l} 行`,
  },
  en: {
    title: 'Review a report', switchTo: '中文', source: 'Source', draft: 'Draft', problems: 'Build errors (must be fixed before saving)', noProblems: 'The build finds no error.',
    warnings: 'Build warnings', noWarnings: 'No warnings.', checking: 'Checking with the data build…', checked: (p: number, w: number) => `Checked: ${p} errors, ${w} warnings.`,
    useSelection: 'Use the text selected in the source as the quote', useSelectionHint: 'Select text in the source (mouse, or Shift+arrow keys), then press this button or Alt+Q.',
    showInSource: 'Show in source', quote: 'Quote', notFound: 'quote not in the source', line: (n: number) => `line ${n}`, lines: (n: number[]) => `on lines ${n.join(', ')}`,
    doubtful: 'Doubtful', reasonProblem: 'build error', reasonNote: 'flagged uncertain by the extractor', reasonUntranslated: 'English not written',
    report: 'Report (its row of sources.csv)', department: 'New department (its row of departments.csv)', lookup: 'Look up the division code (GB/T 2260)', useId: (id: string) => `Use the suggested id ${id}`,
    divisionFound: (n: string, c: string, p: string) => `${n}, ${c}, ${p}`, divisionMissing: 'This code is not in the GB/T 2260 data.',
    fields: 'Fields', indicators: 'Indicators', budgetLines: 'Budget lines', row: (n: number) => `row ${n}`, allColumns: 'All columns',
    save: 'Save into the data folder', overwrite: 'Replace the existing report (a correction)', reason: 'Reason for the correction (published)', saving: 'Saving…',
    saved: 'Saved.', refused: 'Not saved:', written: 'Files written:', buildOk: 'The data build passed.', buildFailed: 'The data build failed:', noSelection: 'Select text in the source first.',
    published: 'This report is published: the page opened the published record. Saving it is a correction, which needs its reason.',
    current: (p: string) => `Current field: ${p}`, noCurrent: 'Choose a field first.', selected: (n: number, l: number) => `${n} characters selected, line ${l}`,
  },
} as const;

const token = document.querySelector<HTMLMetaElement>('meta[name="review-token"]')?.content ?? '';
// The language last chosen, else the browser's.
let lang: Lang = (localStorage.getItem('review-lang') as Lang | null) ?? (navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en');
const t = () => MESSAGES[lang];
let state: State;
let untranslated = 'UNTRANSLATED:';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: (Node | string | null)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null) e.append(c);
  return e;
}

async function api<T>(path: string, body?: unknown): Promise<{ status: number; value: T }> {
  const res = await fetch(path, body === undefined
    ? { headers: { 'X-Review-Token': token } }
    : { method: 'POST', headers: { 'X-Review-Token': token, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, value: (await res.json()) as T };
}

// ── The source: where a quote stands (whitespace aside, as the build matches quotes) ──────
let compact = '';
let offsets: number[] = [];
function indexSource(text: string): void {
  const c: string[] = [];
  offsets = [];
  for (let i = 0; i < text.length; i++) if (!/\s/u.test(text[i]!)) { c.push(text[i]!); offsets.push(i); }
  compact = c.join('');
}
const lineAt = (offset: number) => state.text.slice(0, offset).split('\n').length;
function locate(quote: string): { start: number; end: number; line: number }[] {
  const q = quote.replace(/\s+/gu, '');
  const found: { start: number; end: number; line: number }[] = [];
  if (q === '') return found;
  for (let i = compact.indexOf(q); i >= 0; i = compact.indexOf(q, i + 1)) {
    const start = offsets[i]!;
    found.push({ start, end: offsets[i + q.length - 1]! + 1, line: lineAt(start) });
  }
  return found;
}

// ── Entries: everything with a quote, in the record and in the tables ─────────────────────
interface Entry {
  key: string;
  label: string;
  /** How the build names it in messages */
  matches: (message: string) => boolean;
  getQuote: () => string;
  setQuote: (q: string) => void;
  values: { name: string; get: () => string; set: (v: string) => void }[];
  node?: HTMLElement;
  reasonNode?: HTMLElement;
  whereNode?: HTMLElement;
  quoteInput?: HTMLTextAreaElement;
}

function recordEntries(record: unknown): Entry[] {
  const out: Entry[] = [];
  const file = `reports/${state.draft.id}.json`;
  const walk = (v: unknown, path: (string | number)[]) => {
    if (Array.isArray(v)) { v.forEach((x, i) => walk(x, [...path, i])); return; }
    if (typeof v !== 'object' || v === null) return;
    const o = v as Record<string, unknown>;
    if (typeof o.quote === 'string') {
      const p = path.join('.');
      out.push({
        key: `record:${p}`,
        label: p,
        // The record's own problems name the path; the build's checks of the report's arithmetic name the figure.
        matches: (m) => (m.includes(file) && (m.includes(`: ${p}.`) || m.includes(`: ${p}: `))) || (path[0] === 'figures' && path.length === 2 && m.includes(`data/sources/${state.draft.id}.txt:`) && m.includes(`: ${String(path[1])}: `)),
        getQuote: () => o.quote as string,
        setQuote: (q) => { o.quote = q; },
        values: Object.keys(o).filter((k) => k !== 'quote' && typeof o[k] === 'string').map((k) => ({ name: k, get: () => o[k] as string, set: (x: string) => { o[k] = x; } })),
      });
    }
    for (const [k, x] of Object.entries(o)) if (typeof x === 'object') walk(x, [...path, k]);
  };
  walk(record, []);
  return out;
}

function tableEntries(table: Table, kind: 'indicators' | 'budget-lines'): Entry[] {
  const qi = table.columns.indexOf('quote');
  if (qi < 0) return [];
  const file = `reports/${state.draft.id}.${kind}.csv`;
  return table.rows.map((row, i) => ({
    key: `${kind}:${i}`,
    label: `${kind}.csv ${t().row(i + 2)}: ${row[table.columns.indexOf('name')] ?? ''}`,
    matches: (m: string) => m.includes(`${file}:${i + 2}:`),
    getQuote: () => row[qi] ?? '',
    setQuote: (q: string) => { row[qi] = q; },
    values: table.columns.map((c, ci) => ({ name: c, get: () => row[ci] ?? '', set: (x: string) => { row[ci] = x; } })).filter((v) => v.name !== 'quote'),
  }));
}

function doubts(e: Entry): string[] {
  const reasons = [...state.check.problems, ...state.check.warnings].filter((m) => e.matches(m));
  for (const v of e.values) {
    const x = v.get();
    if (/^UNCERTAIN/u.test(x)) reasons.push(`${t().reasonNote}: ${x}`);
    else if (x.startsWith(untranslated)) reasons.push(`${t().reasonUntranslated}: ${v.name}`);
  }
  if (locate(e.getQuote()).length === 0) reasons.push(t().notFound);
  return reasons;
}

let entries: Entry[] = [];
let current: Entry | null = null;
let sourceArea: HTMLTextAreaElement;
let located: HTMLElement;
let statusNode: HTMLElement;
let problemsNode: HTMLElement;
let warningsNode: HTMLElement;

function showInSource(e: Entry): void {
  const at = locate(e.getQuote())[0];
  if (!at) return;
  sourceArea.setSelectionRange(at.start, at.end);
  // A textarea does not paint its selection while another control has the focus: the quote's line, the quote marked, below it.
  const lineStart = state.text.lastIndexOf('\n', at.start - 1) + 1;
  const lineEnd = state.text.indexOf('\n', at.end);
  located.replaceChildren(el('span', { text: `${t().line(at.line)}: ` }), state.text.slice(lineStart, at.start), el('mark', { text: state.text.slice(at.start, at.end) }), state.text.slice(at.end, lineEnd < 0 ? undefined : lineEnd));
  const lineHeight = parseFloat(getComputedStyle(sourceArea).lineHeight) || 20;
  sourceArea.scrollTop = Math.max(0, (at.line - 3) * lineHeight);
}

function refreshEntry(e: Entry): void {
  const reasons = doubts(e);
  e.node?.classList.toggle('doubtful', reasons.length > 0);
  if (e.reasonNode) e.reasonNode.textContent = reasons.length > 0 ? `${t().doubtful}: ${reasons.join('; ')}` : '';
  const at = locate(e.getQuote());
  if (e.whereNode) e.whereNode.textContent = at.length === 0 ? t().notFound : at.length === 1 ? t().line(at[0]!.line) : t().lines(at.map((a) => a.line));
}

function renderCheck(): void {
  problemsNode.replaceChildren(...(state.check.problems.length === 0 ? [el('p', { text: t().noProblems })] : [el('ul', {}, ...state.check.problems.map((m) => {
    const target = entries.find((e) => e.matches(m));
    return el('li', {}, target ? (() => { const b = el('button', { type: 'button', class: 'link', text: m }); b.addEventListener('click', () => target.node?.querySelector<HTMLElement>('input, textarea')?.focus()); return b; })() : el('span', { text: m }));
  }))]));
  warningsNode.replaceChildren(state.check.warnings.length === 0 ? el('p', { text: t().noWarnings }) : el('ul', {}, ...state.check.warnings.map((m) => el('li', { text: m }))));
  for (const e of entries) refreshEntry(e);
}

let timer: number | undefined;
let sequence = 0;
function edited(): void {
  statusNode.textContent = t().checking;
  window.clearTimeout(timer);
  timer = window.setTimeout(() => {
    const mine = ++sequence;
    void api<Check>('/api/check', { draft: state.draft }).then(({ value }) => {
      if (mine !== sequence) return;
      state.check = value;
      renderCheck();
      statusNode.textContent = t().checked(value.problems.length, value.warnings.length);
    });
  }, 300);
}

function input(label: string, value: string, set: (v: string) => void, multiline = false): HTMLElement {
  const id = `f${Math.random().toString(36).slice(2)}`;
  const field = multiline ? el('textarea', { id, rows: '2' }) : el('input', { id, type: 'text' });
  field.value = value;
  field.addEventListener('input', () => { set(field.value); edited(); });
  return el('div', { class: 'field' }, el('label', { for: id, text: label }), field);
}

function entryNode(e: Entry): HTMLElement {
  const reason = el('p', { class: 'reason' });
  const where = el('span', { class: 'where' });
  const show = el('button', { type: 'button', text: t().showInSource });
  show.addEventListener('click', () => showInSource(e));
  const use = el('button', { type: 'button', text: t().useSelection });
  use.addEventListener('click', () => { current = e; useSelection(); });
  const quoteId = `q${Math.random().toString(36).slice(2)}`;
  const quote = el('textarea', { id: quoteId, rows: '2', class: 'quote' });
  quote.value = e.getQuote();
  quote.addEventListener('input', () => { e.setQuote(quote.value); refreshEntry(e); edited(); });
  const shown = e.key.startsWith('record:') ? e.values : e.values.filter((v) => ['name', 'target_text', 'actual_text', 'spent_wan', 'final_wan'].includes(v.name));
  const rest = e.key.startsWith('record:') ? [] : e.values.filter((v) => !shown.includes(v));
  const node = el('section', { class: 'entry', 'data-entry': e.key },
    el('h3', { text: e.label }), reason,
    ...shown.map((v) => input(v.name, v.get(), v.set)),
    rest.length > 0 ? el('details', {}, el('summary', { text: t().allColumns }), ...rest.map((v) => input(v.name, v.get(), v.set))) : null,
    el('div', { class: 'field' }, el('label', { for: quoteId, text: t().quote }), quote), where, el('div', { class: 'actions' }, show, use));
  node.addEventListener('focusin', () => { current = e; showInSource(e); statusNode.textContent = t().current(e.label); });
  Object.assign(e, { node, reasonNode: reason, whereNode: where, quoteInput: quote });
  return node;
}

function useSelection(): void {
  const { selectionStart: s, selectionEnd: end } = sourceArea;
  if (!current) { statusNode.textContent = t().noCurrent; return; }
  if (s === end) { statusNode.textContent = t().noSelection; return; }
  const q = state.text.slice(s, end).replace(/\s+/gu, ' ').trim();
  current.setQuote(q);
  if (current.quoteInput) current.quoteInput.value = q;
  refreshEntry(current);
  edited();
  current.quoteInput?.focus();
}

function tableRowSection(title: string, table: Table, onChange: () => void): HTMLElement {
  return el('section', { class: 'row-fields' }, el('h2', { text: title }),
    ...table.columns.map((c, i) => {
      const field = input(c, table.rows[0]?.[i] ?? '', (v) => { table.rows[0]![i] = v; onChange(); });
      // The text's hash is the text's, not the reviewer's to type.
      if (c === 'sha256') field.querySelector('input')?.setAttribute('readonly', '');
      return field;
    }));
}

function departmentSection(dept: Table): HTMLElement {
  const col = (c: string) => dept.columns.indexOf(c);
  const result = el('p', { role: 'status' });
  const section = tableRowSection(t().department, dept, () => undefined);
  const lookup = el('button', { type: 'button', text: t().lookup });
  lookup.addEventListener('click', () => {
    const row = dept.rows[0]!;
    const q = new URLSearchParams({ code: row[col('admin_code')] ?? '', name: row[col('name_zh')] ?? '' });
    void api<{ division: { name: string; city: string; province: string; level: string } | null; suggestedId: string | null }>(`/api/division?${q}`).then(({ value }) => {
      if (!value.division) { result.textContent = t().divisionMissing; return; }
      const d = value.division;
      for (const [c, v] of [['level', d.level], ['city_zh', d.city], ['province_zh', d.province]] as const) if (col(c) >= 0) row[col(c)] = v;
      result.replaceChildren(el('span', { text: t().divisionFound(d.name, d.city, d.province) }));
      if (value.suggestedId) {
        const id = value.suggestedId;
        const use = el('button', { type: 'button', text: t().useId(id) });
        use.addEventListener('click', () => applyDepartmentId(id));
        result.append(' ', use);
      }
      render();
    });
  });
  section.append(el('div', { class: 'actions' }, lookup), result);
  return section;
}

/** A department id given: the department's row, the report's row, the report id and its file follow it. */
function applyDepartmentId(deptId: string): void {
  const d = state.draft;
  const s = d.source;
  const set = (t2: Table, c: string, v: string) => { const i = t2.columns.indexOf(c); if (i >= 0) t2.rows[0]![i] = v; };
  const get = (t2: Table, c: string) => t2.rows[0]?.[t2.columns.indexOf(c)] ?? '';
  if (d.department) set(d.department, 'id', deptId);
  set(s, 'department_id', deptId);
  const id = `${deptId}-${get(s, 'fiscal_year')}-${get(s, 'kind')}`;
  set(s, 'id', id);
  set(s, 'file', `${id}.txt`);
  d.id = id;
  if (typeof d.record === 'object' && d.record !== null) (d.record as { id: string }).id = id;
  render();
  edited();
}

function saveSection(): HTMLElement {
  const overwrite = el('input', { type: 'checkbox', id: 'overwrite' });
  const reason = el('textarea', { id: 'reason', rows: '3' });
  const button = el('button', { type: 'button', id: 'save', text: t().save });
  const result = el('div', { id: 'save-result', role: 'status' });
  button.addEventListener('click', () => {
    result.textContent = t().saving;
    void api<{ status: string; problems?: string[]; written?: string[]; git?: { message: string }; build?: { ok: boolean; output: string }; warnings: string[] }>('/api/save', { draft: state.draft, overwrite: overwrite.checked, reason: reason.value }).then(({ value }) => {
      if (value.status !== 'saved') {
        result.replaceChildren(el('p', { class: 'refused', text: t().refused }), el('ul', {}, ...(value.problems ?? []).map((m) => el('li', { text: m }))));
        return;
      }
      result.replaceChildren(
        el('p', { class: 'saved', text: t().saved }),
        el('p', { text: t().written }), el('ul', {}, ...(value.written ?? []).map((f) => el('li', { text: f }))),
        el('p', { text: value.git?.message ?? '' }),
        el('p', { class: value.build?.ok ? 'saved' : 'refused', text: value.build?.ok ? t().buildOk : t().buildFailed }),
        el('pre', { text: value.build?.output ?? '' }),
      );
    });
  });
  return el('section', { class: 'save' }, el('h2', { text: t().save }),
    el('div', { class: 'check' }, overwrite, el('label', { for: 'overwrite', text: t().overwrite })),
    el('div', { class: 'field' }, el('label', { for: 'reason', text: t().reason }), reason), button, result);
}

function render(): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `${t().title} · ${state.draft.id}`;
  const switcher = el('button', { type: 'button', id: 'lang', lang: lang === 'zh' ? 'en' : 'zh-CN', text: t().switchTo });
  switcher.addEventListener('click', () => { lang = lang === 'zh' ? 'en' : 'zh'; localStorage.setItem('review-lang', lang); render(); document.getElementById('lang')?.focus(); });
  statusNode = el('p', { id: 'status', role: 'status', 'aria-live': 'polite' });
  sourceArea = el('textarea', { id: 'source', readonly: '', spellcheck: 'false', 'aria-label': t().source, lang: 'zh-CN' });
  sourceArea.value = state.text;
  const selInfo = el('p', { class: 'hint' });
  located = el('p', { id: 'located', 'aria-live': 'polite' });
  sourceArea.addEventListener('select', () => { selInfo.textContent = t().selected(sourceArea.selectionEnd - sourceArea.selectionStart, lineAt(sourceArea.selectionStart)); });
  const use = el('button', { type: 'button', id: 'use-selection', text: t().useSelection });
  use.addEventListener('click', useSelection);
  problemsNode = el('div', { id: 'problems' });
  warningsNode = el('div', { id: 'warnings' });
  entries = [...recordEntries(state.draft.record), ...tableEntries(state.draft.indicators, 'indicators'), ...tableEntries(state.draft.budgetLines, 'budget-lines')];
  // The doubtful first, each with its reason; the rest in the record's order.
  const ordered = [...entries.filter((e) => doubts(e).length > 0), ...entries.filter((e) => doubts(e).length === 0)];
  document.getElementById('app')!.replaceChildren(
    el('header', {}, el('h1', { text: `${t().title}: ${state.draft.id}` }), el('p', { text: state.label + (state.pdf ? ` (PDF ${state.pdf.file}, SHA-256 ${state.pdf.sha256})` : '') }), state.published ? el('p', { class: 'published', text: t().published }) : null, switcher, statusNode),
    el('main', {},
      el('section', { class: 'source-pane', 'aria-label': t().source }, el('h2', { text: t().source }), sourceArea, located, selInfo, el('p', { class: 'hint', text: t().useSelectionHint }), use),
      el('section', { class: 'draft-pane', 'aria-label': t().draft },
        el('h2', { text: t().problems }), problemsNode, el('h2', { text: t().warnings }), warningsNode,
        tableRowSection(t().report, state.draft.source, edited),
        state.draft.department ? departmentSection(state.draft.department) : null,
        el('h2', { text: t().fields }), ...ordered.map(entryNode),
        saveSection())),
  );
  renderCheck();
  statusNode.textContent = t().checked(state.check.problems.length, state.check.warnings.length);
}

document.addEventListener('keydown', (ev) => {
  if (ev.altKey && (ev.key === 'q' || ev.key === 'Q')) { ev.preventDefault(); useSelection(); }
});

void api<State & { untranslated: string }>('/api/state').then(({ value }) => {
  state = value;
  untranslated = value.untranslated;
  indexSource(state.text);
  render();
});
