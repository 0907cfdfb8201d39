/**
 * The record of corrections from a data folder's git history (src/lib/data/history.ts). Every
 * test builds a repository of its own in a temporary folder with scripted commits (dates and
 * messages set here), so nothing depends on this checkout's history or on how deep CI clones
 * it; the expected corrections are written by hand from the commits each test makes.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commitReason, dataVersion, readHistory } from '../../src/lib/data/history.ts';
import type { Correction } from '../../src/lib/data/model.ts';

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'history-'));
  made.push(d);
  return d;
}

/** A repository whose data folder is `data/` (not its root, as in this project). */
class Repo {
  readonly root = tempDir();
  readonly data = join(this.root, 'data');

  constructor() {
    mkdirSync(this.data);
    this.git('init', '-q', '-b', 'main');
  }

  git(...args: string[]): string {
    return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
      cwd: this.root, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: this.when, GIT_COMMITTER_DATE: this.when },
    });
  }

  private when = '2025-01-01T12:00:00Z';

  /** Writes (or, for null, deletes) files under data/ and commits them all with `message` at `date`. */
  commit(date: string, message: string, files: Record<string, string | null>): string {
    for (const [path, text] of Object.entries(files)) {
      const p = join(this.data, path);
      if (text === null) rmSync(p);
      else {
        mkdirSync(dirname(p), { recursive: true });
        writeFileSync(p, text);
      }
    }
    this.when = date;
    this.git('add', '-A');
    this.git('commit', '-q', '-m', message);
    return this.git('rev-parse', 'HEAD').trim();
  }
}

const record = (figures: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  `${JSON.stringify({ id: 'a-2024-department', project_name: null, figures, tasks: [], duties: [], problems: [], measures: [], notes: [], ...extra }, null, 2)}\n`;
const INDICATOR_HEADER = 'task,level1,level2,name,target_text,actual_text,quote\n';

/** The fields a test checks of a correction (commit ids are checked where they matter). */
const brief = (c: Correction) => ({ report_id: c.report_id, date: c.date, field: c.field, row: c.row, kind: c.kind, change: c.change, old_value: c.old_value, new_value: c.new_value, reason: c.reason });

describe('readHistory', () => {
  it('lists a figure changed, with the commit date (UTC) and the reason given, trailers dropped', () => {
    const repo = new Repo();
    repo.commit('2025-03-01T10:00:00+08:00', 'Add report A', {
      'reports/a-2024-department.json': record({ spent_wan: { printed: '5,278.33', quote: '支出 5,278.33 万元' } }),
    });
    const fix = repo.commit('2025-03-05T23:30:00-05:00', 'Spending misread: the report prints 5,287.33\n\nLine 12 of the source, checked again.\n\nSigned-off-by: Reviewer <r@example.org>', {
      'reports/a-2024-department.json': record({ spent_wan: { printed: '5,287.33', quote: '支出 5,287.33 万元' } }),
    });
    const h = readHistory(repo.data, ['a-2024-department']);
    // 10:00 at +08:00 is 02:00 UTC the same day; 23:30 at -05:00 is 04:30 UTC the next day.
    expect(h.reports).toEqual([{ report_id: 'a-2024-department', unavailable: null, first_published: '2025-03-01' }]);
    const reason = 'Spending misread: the report prints 5,287.33\n\nLine 12 of the source, checked again.';
    expect(h.corrections.map(brief)).toEqual([
      { report_id: 'a-2024-department', date: '2025-03-06', field: 'figures.spent_wan.printed', row: null, kind: 'value', change: 'changed', old_value: '5,278.33', new_value: '5,287.33', reason },
      { report_id: 'a-2024-department', date: '2025-03-06', field: 'figures.spent_wan.quote', row: null, kind: 'provenance', change: 'changed', old_value: '支出 5,278.33 万元', new_value: '支出 5,287.33 万元', reason },
    ]);
    expect(h.corrections.every((c) => c.commit === fix && c.file === 'record')).toBe(true);
  });

  it('shows a changed quote and line as a change of provenance, the value untouched', () => {
    const repo = new Repo();
    repo.commit('2025-03-01T00:00:00Z', 'Add', { 'reports/a-2024-department.json': record({ self_score: { printed: '96', quote: '得分 96 分' } }) });
    repo.commit('2025-03-02T00:00:00Z', 'Cite the conclusion, not the table', {
      'reports/a-2024-department.json': record({ self_score: { printed: '96', quote: '自评得分 96 分', line: 40 } }),
    });
    expect(readHistory(repo.data, ['a-2024-department']).corrections.map(brief)).toEqual([
      { report_id: 'a-2024-department', date: '2025-03-02', field: 'figures.self_score.quote', row: null, kind: 'provenance', change: 'changed', old_value: '得分 96 分', new_value: '自评得分 96 分', reason: 'Cite the conclusion, not the table' },
    ]);
  });

  it('does not count a translation added (a new _en field or column) or a new row as a correction', () => {
    const repo = new Repo();
    repo.commit('2025-03-01T00:00:00Z', 'Add', {
      'reports/a-2024-department.json': record({}, { notes: ['原文缺页'] }),
      'reports/a-2024-department.indicators.csv': `${INDICATOR_HEADER},产出指标,,项目数,≥5 个,6 个,项目数 6 个\n`,
    });
    repo.commit('2025-03-02T00:00:00Z', 'A in English', {
      'reports/a-2024-department.json': record({}, { notes: [{ text: '原文缺页', text_en: 'A page is missing from the source' }], project_name_en: null }),
      'reports/a-2024-department.indicators.csv':
        'task,level1,level1_en,level2,name,name_en,target_text,actual_text,quote\n,产出指标,Output indicators,,项目数,Projects,≥5 个,6 个,项目数 6 个\n,效益指标,,,满意度,,≥90%,95%,满意度 95%\n',
    });
    const h = readHistory(repo.data, ['a-2024-department']);
    expect(h.reports[0]?.unavailable).toBeNull();
    expect(h.corrections).toEqual([]);
  });

  it('lists a row removed once, and matches rows by their names when one is inserted before them', () => {
    const repo = new Repo();
    repo.commit('2025-03-01T00:00:00Z', 'Add', {
      'reports/a-2024-department.json': record({}),
      'reports/a-2024-department.indicators.csv': `${INDICATOR_HEADER},产出指标,,项目数,≥5 个,6 个,项目数 6 个\n,产出指标,,重点企业使用数,3800 家,4000 家,重点企业 4000 家\n,效益指标,,满意度,≥90%,95%,满意度 95%\n`,
    });
    repo.commit('2025-03-02T00:00:00Z', 'A prose target is an outcome, not an indicator; satisfaction reads 96%', {
      'reports/a-2024-department.indicators.csv': `${INDICATOR_HEADER},产出指标,,签约项目数,≥3 个,4 个,签约 4 个\n,产出指标,,项目数,≥5 个,6 个,项目数 6 个\n,效益指标,,满意度,≥90%,96%,满意度 96%\n`,
    });
    const reason = 'A prose target is an outcome, not an indicator; satisfaction reads 96%';
    expect(readHistory(repo.data, ['a-2024-department']).corrections.map((c) => ({ ...brief(c), file: c.file }))).toEqual([
      { report_id: 'a-2024-department', date: '2025-03-02', file: 'indicators', field: 'indicators', row: '重点企业使用数', kind: 'row', change: 'removed', old_value: '重点企业使用数', new_value: null, reason },
      { report_id: 'a-2024-department', date: '2025-03-02', file: 'indicators', field: 'indicators.actual_text', row: '满意度', kind: 'value', change: 'changed', old_value: '95%', new_value: '96%', reason },
      { report_id: 'a-2024-department', date: '2025-03-02', file: 'indicators', field: 'indicators.quote', row: '满意度', kind: 'provenance', change: 'changed', old_value: '满意度 95%', new_value: '满意度 96%', reason },
    ]);
  });

  it('lists a value emptied as removed, a budget line changed, a list element edited, and a source row corrected', () => {
    const repo = new Repo();
    const sources = (title: string) => `id,file,title\na-2024-department,a.txt,${title}\n`;
    repo.commit('2025-03-01T00:00:00Z', 'Add', {
      'sources.csv': sources('A区投资促进局2024年度部门整体支出绩效自评报告'),
      'reports/a-2024-department.json': record({}, { duties: [{ text: '负责招商', quote: '负责招商' }, { text: '负责服务', quote: '负责服务' }] }),
      'reports/a-2024-department.budget-lines.csv': 'name,kind,initial_wan,spent_wan,quote\n招商经费,project,100,46.91,年初 100 万元 支出 46.91 万元\n',
    });
    repo.commit('2025-03-02T00:00:00Z', 'Corrections from the printed report', {
      'sources.csv': sources('A区投资促进局2024年部门整体支出绩效自评报告'),
      'reports/a-2024-department.json': record({}, { duties: [{ text: '负责招商', quote: '负责招商' }, { text: '负责企业服务', quote: '负责企业服务' }] }),
      'reports/a-2024-department.budget-lines.csv': 'name,kind,initial_wan,spent_wan,quote\n招商经费,project,,46.19,支出 46.19 万元\n',
    });
    const h = readHistory(repo.data, ['a-2024-department']);
    expect(h.corrections.map((c) => [c.file, c.field, c.row, c.kind, c.change, c.old_value, c.new_value])).toEqual([
      ['budget-lines', 'budget-lines.initial_wan', '招商经费', 'value', 'removed', '100', null],
      ['budget-lines', 'budget-lines.spent_wan', '招商经费', 'value', 'changed', '46.91', '46.19'],
      ['budget-lines', 'budget-lines.quote', '招商经费', 'provenance', 'changed', '年初 100 万元 支出 46.91 万元', '支出 46.19 万元'],
      ['record', 'duties[1].text', null, 'value', 'changed', '负责服务', '负责企业服务'],
      ['record', 'duties[1].quote', null, 'provenance', 'changed', '负责服务', '负责企业服务'],
      ['sources', 'sources.title', null, 'value', 'changed', 'A区投资促进局2024年度部门整体支出绩效自评报告', 'A区投资促进局2024年部门整体支出绩效自评报告'],
    ]);
  });

  it('lists a figure removed as one removal; values of a report added later are not corrections', () => {
    const repo = new Repo();
    repo.commit('2025-03-01T00:00:00Z', 'Add A', { 'reports/a-2024-department.json': record({ grade: { printed: '优秀', quote: '自评优秀' } }) });
    repo.commit('2025-04-01T00:00:00Z', 'The grade was the district average, not the report\'s', {
      'reports/a-2024-department.json': record({}),
      'reports/b-2024-department.json': record({ grade: { printed: '良好', quote: '良好' } }),
    });
    const h = readHistory(repo.data, ['a-2024-department', 'b-2024-department']);
    expect(h.reports.map((r) => r.first_published)).toEqual(['2025-03-01', '2025-04-01']);
    expect(h.corrections.map((c) => [c.report_id, c.field, c.kind, c.change, c.old_value, c.new_value])).toEqual([
      ['a-2024-department', 'figures.grade', 'row', 'removed', '优秀', null],
    ]);
  });

  it('lists a correction made on a branch once, at its own commit, not again at the merge', () => {
    const repo = new Repo();
    repo.commit('2025-03-01T00:00:00Z', 'Add', { 'reports/a-2024-department.json': record({ self_score: { printed: '69', quote: '得分 69 分' } }) });
    repo.git('checkout', '-q', '-b', 'fix');
    const fix = repo.commit('2025-03-02T00:00:00Z', 'Score is 96, digits swapped', { 'reports/a-2024-department.json': record({ self_score: { printed: '96', quote: '得分 96 分' } }) });
    repo.git('checkout', '-q', 'main');
    repo.commit('2025-03-03T00:00:00Z', 'Unrelated file', { 'glossary.csv': 'zh,en,kind,note\n' });
    repo.git('merge', '-q', '--no-ff', '-m', 'Merge the fix', 'fix');
    const h = readHistory(repo.data, ['a-2024-department']);
    expect(h.corrections.map((c) => [c.commit, c.field, c.old_value, c.new_value, c.reason])).toEqual([
      [fix, 'figures.self_score.printed', '69', '96', 'Score is 96, digits swapped'],
      [fix, 'figures.self_score.quote', '得分 69 分', '得分 96 分', 'Score is 96, digits swapped'],
    ]);
  });

  it('says the history is unavailable for a copy without git, and for a report never committed', () => {
    const repo = new Repo();
    repo.commit('2025-03-01T00:00:00Z', 'Add A', { 'reports/a-2024-department.json': record({}) });
    writeFileSync(join(repo.data, 'reports', 'b-2024-department.json'), record({}));
    expect(readHistory(repo.data, ['a-2024-department', 'b-2024-department']).reports.map((r) => r.unavailable)).toEqual([null, 'not-committed']);

    const copy = tempDir();
    cpSync(repo.data, join(copy, 'data'), { recursive: true });
    expect(readHistory(join(copy, 'data'), ['a-2024-department'])).toEqual({
      reports: [{ report_id: 'a-2024-department', unavailable: 'no-git', first_published: null }],
      corrections: [],
    });
  });

  it('says the history is unavailable in a shallow clone cut after a report was first published, and reads it where the clone reaches back far enough', () => {
    const repo = new Repo();
    repo.commit('2025-03-01T00:00:00Z', 'Add A', { 'reports/a-2024-department.json': record({ self_score: { printed: '69', quote: '69 分' } }) });
    repo.commit('2025-03-02T00:00:00Z', 'Score 96', { 'reports/a-2024-department.json': record({ self_score: { printed: '96', quote: '96 分' } }) });
    repo.commit('2025-03-03T00:00:00Z', 'Add B', { 'reports/b-2024-department.json': record({}) });
    const clone = join(tempDir(), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone]);
    const h = readHistory(join(clone, 'data'), ['a-2024-department', 'b-2024-department']);
    expect(h.reports.map((r) => r.unavailable)).toEqual(['shallow', 'shallow']);
    expect(h.corrections).toEqual([]);

    const deeper = join(tempDir(), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${repo.root}`, deeper]);
    // Two commits reach back to "Score 96" (the cut), not to A's first version: A is unknown, B complete.
    expect(readHistory(join(deeper, 'data'), ['a-2024-department', 'b-2024-department']).reports.map((r) => [r.unavailable, r.first_published]))
      .toEqual([['shallow', null], [null, '2025-03-03']]);

    const full = join(tempDir(), 'clone');
    execFileSync('git', ['clone', '-q', `file://${repo.root}`, full]);
    expect(readHistory(join(full, 'data'), ['a-2024-department']).corrections.map((c) => c.new_value)).toEqual(['96', '96 分']);
  });
});

describe('commitReason', () => {
  it('drops a final paragraph of trailers and nothing else', () => {
    expect(commitReason('Fix the score\n\nCo-authored-by: A <a@example.org>\nSigned-off-by: B <b@example.org>\n')).toBe('Fix the score');
    expect(commitReason('Fix the score\n\nThe table: line 40 says 96.\n')).toBe('Fix the score\n\nThe table: line 40 says 96.');
    expect(commitReason('  Note: one paragraph only  ')).toBe('Note: one paragraph only');
  });
});

describe('dataVersion', () => {
  it('is the last commit with its date when the folder is as committed, else a hash of the content that the same files always give', () => {
    const repo = new Repo();
    const last = repo.commit('2025-03-02T20:00:00-06:00', 'Add', { 'departments.csv': 'id\n', 'reports/a-2024-department.json': record({}) });
    expect(dataVersion(repo.data)).toEqual({ id: `2025-03-03-${last.slice(0, 12)}`, source: 'git', date: '2025-03-03' });

    writeFileSync(join(repo.data, 'departments.csv'), 'id\nx\n');
    const dirty = dataVersion(repo.data);
    expect(dirty).toMatchObject({ source: 'content', date: '2025-03-03' });
    expect(dirty.id).toMatch(/^sha256-[0-9a-f]{12}$/u);

    const copy = tempDir();
    cpSync(repo.data, copy, { recursive: true });
    // The same files without git: the same hash, no date.
    expect(dataVersion(copy)).toEqual({ id: dirty.id, source: 'content', date: null });
    writeFileSync(join(copy, 'departments.csv'), 'id\ny\n');
    expect(dataVersion(copy).id).not.toBe(dirty.id);
  });
});
