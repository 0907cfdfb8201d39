/**
 * Saving a reviewed report: the files it writes are what careful hand-curation wrote (each seed,
 * opened as a draft folder and saved into a data folder without it, gives data/'s bytes); a
 * save the build would refuse, or one over a published report without the say-so and a reason,
 * writes nothing; a save stopped half-way is undone or finished by the next review; in git, the
 * save commits exactly its files with the reason as the message.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/lib/data/build.ts';
import { openDraft } from '../../scripts/review/draft.ts';
import { recoverSave, saveDraft, type SaveContext } from '../../scripts/review/save.ts';
import { tempDir } from '../workspace.ts';
import { DATA, emptyDataFolder, rowOf, seedDraftFolder, seedIds } from './helpers.ts';

const work = tempDir('review-save');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ctx = (dataDir: string): SaveContext => ({ dataDir, labelRoot: join(dataDir, '..'), root: process.cwd(), external: true, build: false });

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && !join(e.parentPath, e.name).includes('/.git/')) out[join(e.parentPath, e.name).slice(dir.length)] = createHash('sha256').update(readFileSync(join(e.parentPath, e.name))).digest('hex');
  }
  return out;
}

describe('a reviewed seed is its curated record', () => {
  it('every seed, opened as a draft folder and saved unchanged into a data folder without it, writes data/\'s bytes', async () => {
    const data = join(work, 'seeds/data');
    emptyDataFolder(data);
    for (const id of seedIds()) {
      const draftDir = join(work, 'seeds/drafts', id);
      seedDraftFolder(id, draftDir);
      const opened = await openDraft(draftDir, data);
      expect(opened.draft.department, `${id}: its department is new to the folder`).not.toBeNull();
      const r = saveDraft(opened.draft, opened.source, {}, ctx(data));
      expect(r.status, JSON.stringify(r)).toBe('saved');
      for (const f of readdirSync(join(DATA, 'reports')).filter((f) => f.startsWith(`${id}.`))) {
        expect(readFileSync(join(data, 'reports', f)), f).toEqual(readFileSync(join(DATA, 'reports', f)));
      }
      expect(readFileSync(join(data, 'sources', `${id}.txt`))).toEqual(readFileSync(join(DATA, 'sources', `${id}.txt`)));
    }
    // The shared CSVs: sources.csv row for row as curated (saved in its order); departments.csv the same rows.
    expect(readFileSync(join(data, 'sources.csv'), 'utf8')).toBe(readFileSync(join(DATA, 'sources.csv'), 'utf8'));
    const lines = (f: string) => readFileSync(f, 'utf8').trim().split('\n');
    const [header, ...rows] = lines(join(DATA, 'departments.csv'));
    expect(lines(join(data, 'departments.csv'))[0]).toBe(header);
    expect(lines(join(data, 'departments.csv')).slice(1).sort()).toEqual(rows.sort());
    expect(buildSiteData(data, { labelRoot: work }).reports).toHaveLength(seedIds().length);
  });
});

describe('refusals write nothing', () => {
  const id = seedIds()[0]!;
  const data = join(work, 'refusals/data');
  cpSync(DATA, data, { recursive: true });
  const draftDir = join(work, 'refusals/draft');
  seedDraftFolder(id, draftDir);

  it('a quote the source does not hold: refused with the build\'s own message', async () => {
    const before = snapshot(data);
    const opened = await openDraft(draftDir, data);
    const record = opened.draft.record as { figures: Record<string, { quote: string }> };
    const [field, fig] = Object.entries(record.figures)[0]!;
    fig.quote = `${fig.quote}（此句不在原文中）`;
    const r = saveDraft(opened.draft, opened.source, { overwrite: true, reason: 'test' }, ctx(data));
    expect(r.status).toBe('refused');
    expect(r.status === 'refused' && r.code).toBe('problems');
    expect(r.status === 'refused' ? r.problems.join('\n') : '').toMatch(new RegExp(`^data/reports/${id}\\.json:\\d+: figures\\.${field}\\.quote: quote ".*" not found in data/sources/${id}\\.txt$`, 'mu'));
    expect(snapshot(data)).toEqual(before);
  });

  it('a published report: refused without the say-so, and without a reason', async () => {
    const before = snapshot(data);
    const opened = await openDraft(draftDir, data);
    const a = saveDraft(opened.draft, opened.source, {}, ctx(data));
    expect(a.status === 'refused' && a.code).toBe('exists');
    const b = saveDraft(opened.draft, opened.source, { overwrite: true, reason: '  ' }, ctx(data));
    expect(b.status === 'refused' && b.code).toBe('reason');
    expect(snapshot(data)).toEqual(before);
  });
});

describe('atomic: a save stopped half-way', () => {
  const id = seedIds()[1]!;
  const setup = async (name: string) => {
    const data = join(work, name, 'data');
    emptyDataFolder(data);
    const draftDir = join(work, name, 'draft');
    seedDraftFolder(id, draftDir);
    return { data, opened: await openDraft(draftDir, data) };
  };
  const stop = () => { throw new Error('stopped'); };

  it('before its commit marker leaves the folder as it was, and the next review clears what was staged', async () => {
    const { data, opened } = await setup('atomic-before');
    const before = snapshot(data);
    expect(() => saveDraft(opened.draft, opened.source, {}, { ...ctx(data), hooks: { afterStage: stop } })).toThrow('stopped');
    expect(existsSync(join(data, 'reports', `${id}.json`))).toBe(false);
    expect(recoverSave(data)).toBe('discarded');
    expect(snapshot(data)).toEqual(before);
  });

  it('after its commit marker is finished by the next review: every file in place', async () => {
    const { data, opened } = await setup('atomic-after');
    expect(() => saveDraft(opened.draft, opened.source, {}, { ...ctx(data), hooks: { afterMarker: stop } })).toThrow('stopped');
    expect(existsSync(join(data, 'reports', `${id}.json`))).toBe(false);
    expect(recoverSave(data)).toBe('completed');
    expect(readFileSync(join(data, 'reports', `${id}.json`))).toEqual(readFileSync(join(DATA, 'reports', `${id}.json`)));
    expect(readFileSync(join(data, 'sources.csv'), 'utf8')).toBe(`${rowOf('sources.csv', id).header}\n${rowOf('sources.csv', id).line}\n`);
    expect(recoverSave(data)).toBe('clean');
  });
});

describe('in git', () => {
  it('a correction commits exactly the files it wrote, with the reason as the message', async () => {
    const repo = join(work, 'git');
    const data = join(repo, 'data');
    cpSync(DATA, data, { recursive: true });
    const git = (...a: string[]) => execFileSync('git', ['-C', repo, ...a], { encoding: 'utf8' });
    git('init', '-q');
    git('config', 'user.name', 'T');
    git('config', 'user.email', 't@example.invalid');
    git('add', '-A');
    git('commit', '-q', '-m', 'initial');
    // Someone's unrelated change, not to be swept into the commit.
    writeFileSync(join(data, 'glossary.csv'), `${readFileSync(join(data, 'glossary.csv'), 'utf8')}`.replace(/\n$/u, '\n\n'));
    const id = seedIds()[2]!;
    const draftDir = join(work, 'git-draft');
    seedDraftFolder(id, draftDir);
    const opened = await openDraft(draftDir, data);
    const record = opened.draft.record as { notes: unknown[] };
    expect(Array.isArray(record.notes)).toBe(true);
    const source = opened.draft.source;
    source.rows[0]![source.columns.indexOf('original_url')] = 'https://example.gov.cn/report.pdf';
    const r = saveDraft(opened.draft, opened.source, { overwrite: true, reason: 'Add where the report was published' }, ctx(data));
    expect(r.status, JSON.stringify(r)).toBe('saved');
    expect(git('log', '-1', '--format=%B').trim()).toBe('Add where the report was published');
    // Only sources.csv changed among the files written; the commit holds no other file.
    expect(git('show', '--name-only', '--format=', 'HEAD').trim().split('\n')).toEqual(['data/sources.csv']);
    expect(git('status', '--porcelain').trim()).toBe('M data/glossary.csv');
  });
});
