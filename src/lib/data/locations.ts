/**
 * Where the build reads its data and writes what it derives. By default: data/ in,
 * src/generated/ and public/data/ out, as always. With `DATA_DIR=<dir>` (a synthetic corpus,
 * a fixture) the inputs come from <dir> and every output goes to a work folder of its own,
 * `.data-builds/<name>-<hash>/` (or `DATA_WORK_DIR`), so the checkout's outputs stay as they
 * were: build-data writes there, Astro takes its public folder from there, the pages read the
 * generated data from there.
 */
import { createHash } from 'node:crypto';
import { basename, join, resolve } from 'node:path';

export interface DataLocations {
  /** The curated inputs (departments.csv, sources.csv, sources/, reports/) */
  dataDir: string;
  /** The verbatim texts, for the source pages */
  sourcesDir: string;
  /** What build-data writes for the pages (site-data.json …) */
  generatedDir: string;
  /** Astro's public folder: favicon, headers and the open-data downloads under data/ */
  publicDir: string;
  /** The open-data downloads (publicDir/data) */
  publicDataDir: string;
  /** true when DATA_DIR points the build at another data folder */
  external: boolean;
}

export function dataLocations(env: NodeJS.ProcessEnv = process.env, root: string = process.cwd()): DataLocations {
  const fromEnv = env.DATA_DIR?.trim();
  if (!fromEnv) {
    const dataDir = join(root, 'data');
    return {
      dataDir, sourcesDir: join(dataDir, 'sources'), generatedDir: join(root, 'src', 'generated'),
      publicDir: join(root, 'public'), publicDataDir: join(root, 'public', 'data'), external: false,
    };
  }
  const dataDir = resolve(root, fromEnv);
  const hash = createHash('sha256').update(dataDir).digest('hex').slice(0, 8);
  const work = resolve(root, env.DATA_WORK_DIR?.trim() || join('.data-builds', `${basename(dataDir)}-${hash}`));
  return {
    dataDir, sourcesDir: join(dataDir, 'sources'), generatedDir: join(work, 'generated'),
    publicDir: join(work, 'public'), publicDataDir: join(work, 'public', 'data'), external: true,
  };
}
