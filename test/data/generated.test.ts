/**
 * The data build's output for the pages (src/lib/data/generated.ts) and where it goes
 * (src/lib/data/locations.ts): DATA_DIR sends every output to a work folder of its own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/lib/data/build.ts';
import { generatedFiles, readSiteData } from '../../src/lib/data/generated.ts';
import { dataLocations } from '../../src/lib/data/locations.ts';
import { writeFoldersAtomically } from '../../src/lib/data/write.ts';

const tmp = mkdtempSync(join(tmpdir(), `generated-test-${process.pid}-`));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('generated data', () => {
  it('reads back exactly what was written, provenance on first use', () => {
    const data = buildSiteData('data', { dataVersion: '2024-01-01' });
    writeFoldersAtomically(new Map([[join(tmp, 'gen'), generatedFiles(data)]]));
    const back = readSiteData(join(tmp, 'gen'));
    expect(back.reports).toEqual(data.reports);
    expect(back.indicators).toEqual(data.indicators);
    expect(back.provenance).toEqual(data.provenance);
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(data)));
  });
});

describe('dataLocations', () => {
  it('without DATA_DIR: data/, src/generated/ and public/ of the checkout', () => {
    const l = dataLocations({}, '/repo');
    expect(l).toEqual({
      dataDir: '/repo/data', sourcesDir: '/repo/data/sources', generatedDir: '/repo/src/generated',
      publicDir: '/repo/public', publicDataDir: '/repo/public/data', external: false,
    });
  });
  it('with DATA_DIR: that folder in, a work folder of its own out', () => {
    const l = dataLocations({ DATA_DIR: 'corpus' }, '/repo');
    expect(l.dataDir).toBe('/repo/corpus');
    expect(l.sourcesDir).toBe('/repo/corpus/sources');
    expect(l.generatedDir).toMatch(/^\/repo\/\.data-builds\/corpus-[0-9a-f]{8}\/generated$/u);
    expect(l.publicDataDir).toBe(join(l.publicDir, 'data'));
    expect(l.external).toBe(true);
    expect(dataLocations({ DATA_DIR: 'corpus', DATA_WORK_DIR: '/tmp/w' }, '/repo').generatedDir).toBe('/tmp/w/generated');
  });
});
