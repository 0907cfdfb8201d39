/**
 * npm run review -- <report.pdf | report.txt | draft-dir> [--port <n>]
 *
 * Drafts the report if it is a PDF or a text (the extractor's own code), then serves a review
 * page on 127.0.0.1 (a free port, printed) with the source beside the draft. Every edit is
 * checked by the data build; Save writes the report into the data folder (data/, or
 * DATA_DIR=<dir>), commits it when that folder is in git, and runs the data build.
 * docs/adding-a-report.md walks through it. Ctrl-C stops it.
 */
import { resolve, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { dataLocations } from '../../src/lib/data/locations.ts';
import { DraftError, openDraft } from './draft.ts';
import { recoverSave } from './save.ts';
import { startReview } from './server.ts';

const USAGE = 'usage: npm run review -- <report.pdf | report.txt | draft-dir> [--port <n>]';

function fail(message: string, code: number): never {
  process.stderr.write(`review: ${message}\n`);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { port: { type: 'string', default: '0' } } });
} catch (e) {
  fail(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`, 2);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) fail(USAGE, 2);
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a port number, got "${values.port}"`, 2);

const root = process.cwd();
const locations = dataLocations();
// A save killed half-way is finished or undone before anything else reads the data folder.
const recovered = recoverSave(locations.dataDir);
if (recovered !== 'clean') process.stderr.write(`review: a save that was interrupted was ${recovered}\n`);

const input = positionals[0]!;
let opened;
try {
  opened = await openDraft(resolve(input), locations.dataDir, relative(root, resolve(input)) || input);
} catch (e) {
  if (e instanceof DraftError) fail(e.message, 1);
  throw e;
}
const server = await startReview(opened, { dataDir: locations.dataDir, labelRoot: root, root, external: locations.external, port });
console.log(`review: ${opened.draft.id} from ${opened.source.label}${opened.fresh ? '' : ' (already published: opened as published; saving is a correction)'}; saving into ${relative(root, locations.dataDir) || locations.dataDir}/`);
console.log(`review: open ${server.origin}/  (listening on 127.0.0.1 only; Ctrl-C stops it)`);
const stop = () => {
  void server.close().then(() => process.exit(0));
  setTimeout(() => process.exit(0), 500).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
