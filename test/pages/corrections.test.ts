/**
 * The record of corrections on a report page (docs/data-contract.md: `#corrections`,
 * `[data-correction]`, `[data-corrections-unavailable]`), in Chinese and English. The site is
 * built from the fixture data folder put into a temporary git repository with scripted commits
 * (so nothing depends on this checkout's history or on how deep CI clones it), from a copy of
 * it without git, and from a repository with no change since the first commit. The expected
 * entries are written by hand from the commits made here.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { BuiltSite, ROOT, buildSite, one, text } from './helpers.ts';
import { tempDir } from '../workspace.ts';

const FIXTURE = join(ROOT, 'test/data/fixtures/golden');
const ID = 'guangzhou-baiyun-2023-department';
const WORK = tempDir('corrections-page');

function git(repo: string, date: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
    cwd: repo, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
}

/** Replaces `from` by `to` in a data file, failing when `from` is not there (the fixture changed). */
function edit(file: string, from: string, to: string): void {
  const s = readFileSync(file, 'utf8');
  if (!s.includes(from)) throw new Error(`${file} has no ${from}`);
  writeFileSync(file, s.replace(from, to));
}

/** A repository holding the fixture as data/, first committed on 2025-01-10; `more` commits after that. */
function repoWithFixture(name: string, more: (data: string, commit: (date: string, message: string) => void) => void): string {
  const repo = join(WORK, name);
  cpSync(FIXTURE, join(repo, 'data'), { recursive: true });
  git(repo, '2025-01-10T08:00:00Z', 'init', '-q', '-b', 'main');
  const commit = (date: string, message: string) => {
    git(repo, date, 'add', '-A');
    git(repo, date, 'commit', '-q', '-m', message);
  };
  commit('2025-01-10T08:00:00Z', 'Add the fixture report');
  more(join(repo, 'data'), commit);
  return join(repo, 'data');
}

const REASON_1 = '自评得分改引结论句；整理说明措辞修正\n\nThe score is cited from its conclusion sentence.';
const REASON_2 = 'Remove the task line: the task’s funds are stated in the record';

let corrected: BuiltSite;
let noGit: BuiltSite;
let unchanged: BuiltSite;

beforeAll(() => {
  const data = repoWithFixture('corrected', (dir, commit) => {
    const record = join(dir, 'reports', `${ID}.json`);
    edit(record, '"quote": "经综合评分，自评得分 92.5 分"', '"quote": "自评得分 92.5 分"');
    edit(record, '"notes": ["测试夹具：虚构数据，不是真实报告"]', '"notes": ["测试夹具：虚构数据，并非真实报告"]');
    // A translation added in the same commit: an addition, not a correction.
    edit(record, '{ "text": "招商线索不足。线索搜集途径有限。",', '{ "text": "招商线索不足。线索搜集途径有限。", "text_en": "Too few investment leads. Few ways to gather leads.",');
    commit('2025-02-14T09:30:00+08:00', REASON_1);
    edit(join(dir, 'reports', `${ID}.budget-lines.csv`), '招商推介,task,,,,,120,,,,其中投入招商推介活动经费 120 万元\n', '');
    commit('2025-03-01T12:00:00Z', REASON_2);
  });
  buildSite(join(WORK, 'site-corrected'), join(WORK, 'work-corrected'), '/', data);
  corrected = new BuiltSite(join(WORK, 'site-corrected'), '/');

  const copy = join(WORK, 'copy', 'data');
  cpSync(data, copy, { recursive: true });
  buildSite(join(WORK, 'site-copy'), join(WORK, 'work-copy'), '/', copy);
  noGit = new BuiltSite(join(WORK, 'site-copy'), '/');

  buildSite(join(WORK, 'site-unchanged'), join(WORK, 'work-unchanged'), '/', repoWithFixture('unchanged', () => undefined));
  unchanged = new BuiltSite(join(WORK, 'site-unchanged'), '/');
}, 300_000);
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

const section = (site: BuiltSite, lang: 'zh' | 'en'): HTMLElement => one(site.page(`${lang === 'en' ? 'en/' : ''}reports/${ID}/`), 'section#corrections[data-corrections]');
const entries = (s: HTMLElement) => s.querySelectorAll('[data-correction]');

describe('a report with corrections', () => {
  it.each(['zh', 'en'] as const)('lists each changed or removed value, newest commit first, with its date, field, old → new value and reason (%s)', (lang) => {
    const s = section(corrected, lang);
    expect(s.querySelector('[data-corrections-unavailable]')).toBeNull();
    const list = entries(s);
    expect(list.map((e) => [e.getAttribute('data-field'), e.getAttribute('data-kind'), e.getAttribute('data-change')])).toEqual([
      ['budget-lines', 'row', 'removed'],
      ['figures.self_score.quote', 'provenance', 'changed'],
      ['notes[0]', 'value', 'changed'],
    ]);
    const [row, quote, note] = list.map(text);
    expect(row).toContain('2025-03-01');
    expect(row).toContain('招商推介');
    expect(row).toContain(REASON_2);
    // 09:30 at +08:00 is 01:30 UTC, the same day.
    expect(quote).toContain('2025-02-14');
    expect(quote).toContain('经综合评分，自评得分 92.5 分 → 自评得分 92.5 分');
    expect(note).toContain('测试夹具：虚构数据，不是真实报告 → 测试夹具：虚构数据，并非真实报告');
    for (const t of [quote, note]) expect(t).toContain(REASON_1.replace(/\s+/gu, ' '));
    // One group per commit; its reason written out once, then closed under each further change.
    expect(s.querySelectorAll('[data-commit]')).toHaveLength(2);
    expect(list[2]?.querySelector('details summary')).not.toBeNull();
    expect(text(s)).toContain('2025-01-10');
  });

  it('names the fields in the page’s language and marks Chinese values and reasons as Chinese on the English page', () => {
    const [, quoteZh, noteZh] = entries(section(corrected, 'zh'));
    const [, quoteEn, noteEn] = entries(section(corrected, 'en'));
    expect(text(quoteZh?.querySelector('strong'))).toBe('数字 · 自评得分 · 引文');
    expect(text(quoteEn?.querySelector('strong'))).toBe('Figures · Self-score · quote');
    expect(text(noteZh?.querySelector('strong'))).toBe('整理说明 第 1 项');
    expect(text(noteEn?.querySelector('strong'))).toBe('Curation note item 1');
    expect(noteEn?.querySelector('del')?.getAttribute('lang')).toBe('zh-CN');
    expect(noteEn?.querySelector('ins')?.getAttribute('lang')).toBe('zh-CN');
    expect(noteZh?.querySelector('del')?.getAttribute('lang')).toBeUndefined();
    const reasonEn = quoteEn?.querySelector('[data-verbatim].whitespace-pre-wrap');
    expect(reasonEn?.getAttribute('lang')).toBe('zh-CN');
    expect(reasonEn?.textContent).toBe(REASON_1);
  });

  it('the data page shows the version the downloads carry, the last commit of the data folder', () => {
    const head = execFileSync('git', ['-C', join(WORK, 'corrected'), 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const version = `2025-03-01-${head.slice(0, 12)}`;
    for (const lang of ['zh', 'en'] as const) expect(text(one(corrected.page(`${lang === 'en' ? 'en/' : ''}data/`), '[data-testid="data-version"]'))).toContain(version);
    const pkg = JSON.parse(readFileSync(join(corrected.dir, 'data', 'datapackage.json'), 'utf8')) as { version: string };
    expect(pkg.version).toBe(version);
    const csv = readFileSync(join(corrected.dir, 'data', 'corrections.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('report_id,date,commit,file,field,row,kind,change,old_value,new_value,reason');
    expect(csv.filter((l) => l.startsWith(ID))).toHaveLength(3);
  });

  it('the report’s own JSON download carries its corrections and where its history stands', () => {
    const bundle = JSON.parse(readFileSync(join(corrected.dir, 'data', 'reports', `${ID}.json`), 'utf8')) as {
      history: { unavailable: string | null; first_published: string | null }; corrections: { date: string; reason: string }[];
    };
    expect(bundle.history).toMatchObject({ unavailable: null, first_published: '2025-01-10' });
    // Three entries, as in corrections.csv: two values changed by the first commit after publication, one row removed by the second.
    expect(bundle.corrections.map((c) => c.date)).toEqual(['2025-02-14', '2025-02-14', '2025-03-01']);
    expect(bundle.corrections[2]?.reason).toBe(REASON_2);
    const copy = JSON.parse(readFileSync(join(noGit.dir, 'data', 'reports', `${ID}.json`), 'utf8')) as { history: { unavailable: string }; corrections: unknown[] };
    expect(copy.history.unavailable).toBe('no-git');
    expect(copy.corrections).toEqual([]);
  });
});

describe('without history', () => {
  it.each(['zh', 'en'] as const)('a copy without git says its corrections cannot be listed, and lists none (%s)', (lang) => {
    const s = section(noGit, lang);
    expect(entries(s)).toHaveLength(0);
    const note = one(s, '[data-corrections-unavailable]');
    expect(note.getAttribute('data-corrections-unavailable')).toBe('no-git');
    expect(text(note)).toContain(lang === 'zh' ? '不含修改历史' : 'has no history');
  });

  it('a copy without git carries a content hash as its version', () => {
    const pkg = JSON.parse(readFileSync(join(noGit.dir, 'data', 'datapackage.json'), 'utf8')) as { version: string };
    expect(pkg.version).toMatch(/^sha256-[0-9a-f]{12}$/u);
    expect(text(one(noGit.page('en/data/'), '[data-testid="data-version"]'))).toContain(pkg.version);
  });

  it.each(['zh', 'en'] as const)('a report unchanged since its first commit says so (%s)', (lang) => {
    const s = section(unchanged, lang);
    expect(entries(s)).toHaveLength(0);
    expect(s.querySelector('[data-corrections-unavailable]')).toBeNull();
    expect(text(one(s, '[data-corrections-none]'))).toContain('2025-01-10');
  });
});
