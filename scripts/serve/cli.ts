/**
 * npm start (after `npm run build`) — serves the built site on this machine:
 * `tsx scripts/serve/cli.ts [--dir dist] [--port 4321] [--host 127.0.0.1]`.
 *
 * Prints the data build's warnings again with one line on what they mean (the site build's
 * output has pushed them up the screen; nothing here clears it), then the one address that
 * answers. With the port taken, the next free one of the ten after it. Sends the headers of
 * the site's `_headers` file and its 404 page. Ctrl-C stops it.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { readSiteData } from '../../src/lib/data/generated.ts';
import { dataLocations } from '../../src/lib/data/locations.ts';
import { serveSite, type SiteServer } from './server.ts';
import { warningSummary } from './summary.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

function fail(message: string): never {
  console.error(`start: ${message}`);
  process.exit(1);
}

if (!existsSync(join(values.dir, 'index.html'))) fail(`${values.dir}/ holds no built site; run npm run build first`);
const first = Number(values.port);
if (!Number.isInteger(first) || first < 0 || first > 65535) fail(`--port must be a port number, got "${values.port}"`);

const generated = dataLocations().generatedDir;
if (existsSync(join(generated, 'site-data.json'))) for (const line of warningSummary(readSiteData(generated))) console.log(line);

let server: SiteServer | null = null;
for (let port = first; port <= first + 10 && server === null; port++) {
  try {
    server = await serveSite(values.dir, { host: values.host, port, headers: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || first === 0) fail(e instanceof Error ? e.message : String(e));
  }
}
if (server === null) fail(`ports ${first}–${first + 10} are all in use; choose one with --port`);

console.log(`\nServing ${relative(process.cwd(), values.dir) || values.dir}/ at ${server.url('')}  (Ctrl-C stops it)`);
const stop = () => {
  void server.close().then(() => process.exit(0));
  // Keep-alive connections of an open browser tab would hold close() open.
  setTimeout(() => process.exit(0), 500).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
