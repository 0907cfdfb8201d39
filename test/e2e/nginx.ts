/**
 * A real nginx (Debian's, /usr/sbin/nginx) serving a built site with the configuration that
 * docs/hosting.md documents. The configuration is read from the doc itself: its ```nginx
 * blocks, each named by its first line (`# reports.conf: …`). Only the lines a reader is told
 * to change are replaced (listen, TLS certificates, root), so that nginx listens on a free
 * loopback port without TLS; everything else runs as written.
 *
 * nginx runs as a child process in the foreground (`daemon off`), with its own pid file, error
 * log and temporary folders in a fresh folder, inside an http block like Debian's nginx.conf
 * (nginx's own mime.types, then the site's file).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const MIME_TYPES = '/etc/nginx/mime.types';
export const HOSTING_DOC = 'docs/hosting.md';

/** The ```nginx blocks of a markdown text, by the name on their first line (`# reports.conf: <name>`). */
export function nginxBlocks(markdown: string): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const m of markdown.matchAll(/^```nginx\n([\s\S]*?)^```$/gmu)) {
    const body = m[1]!;
    const name = /^# reports\.conf: (.+)$/mu.exec(body.split('\n')[0] ?? '')?.[1];
    if (!name) throw new Error(`${HOSTING_DOC}: an nginx block does not start with "# reports.conf: <what it is for>"`);
    blocks.set(name, body);
  }
  return blocks;
}

export interface LocalConfig {
  text: string;
  /** The documented lines that were replaced or dropped, as they stand in the doc */
  replaced: string[];
}

/**
 * The documented configuration made to run here: `listen` on 127.0.0.1:<port> without TLS,
 * no certificate lines, the server's `root` pointing at `root`. Nothing else changes.
 */
function localConfig(documented: string, port: number, root: string): LocalConfig {
  const replaced: string[] = [];
  const lines = documented.split('\n').flatMap((line) => {
    const indent = /^\s*/u.exec(line)![0];
    if (/^\s*listen\s/u.test(line)) {
      replaced.push(line.trim());
      return [`${indent}listen 127.0.0.1:${port};`];
    }
    if (/^\s*ssl_certificate(_key)?\s/u.test(line)) {
      replaced.push(line.trim());
      return [];
    }
    if (/^\s*root\s/u.test(line)) {
      replaced.push(line.trim());
      return [`${indent}root ${root};`];
    }
    return [line];
  });
  return { text: lines.join('\n'), replaced };
}

/** The site path the documented `root` serves files from: `/open/reports/` when its block is for that sub-path. */
export function basePathOf(documented: string): string {
  return /^\s*location (\/\S*) \{/mu.exec(documented)?.[1] ?? '/';
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); done(true); });
    socket.once('error', () => done(false));
  });
}

export interface NginxServer {
  origin: string;
  /** The configuration nginx runs (the doc's block with the local lines) */
  config: LocalConfig;
  close(): Promise<void>;
}

/**
 * Starts nginx with one of the documented blocks serving `siteDir`. For a block under a
 * sub-path, the built site is placed at `<root>/<sub-path>` (a symbolic link), as the doc says.
 */
export async function startNginx(documented: string, siteDir: string): Promise<NginxServer> {
  const work = mkdtempSync(join(tmpdir(), `nginx-e2e-${process.pid}-`));
  // nginx's workers run as an unprivileged user when started as root: let them in.
  chmodSync(work, 0o755);
  const www = join(work, 'www');
  const base = basePathOf(documented);
  if (base === '/') symlinkSync(resolve(siteDir), www, 'dir');
  else {
    const at = join(www, base);
    mkdirSync(dirname(at.replace(/\/$/u, '')), { recursive: true });
    symlinkSync(resolve(siteDir), at.replace(/\/$/u, ''), 'dir');
  }
  const port = await freePort();
  const config = localConfig(documented, port, www);
  writeFileSync(join(work, 'reports.conf'), config.text);
  const temp = (name: string) => join(work, 'temp', name);
  for (const t of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(temp(t), { recursive: true });
  writeFileSync(
    join(work, 'nginx.conf'),
    `daemon off;
worker_processes 1;
pid ${join(work, 'nginx.pid')};
error_log ${join(work, 'error.log')} warn;
events { worker_connections 64; }
http {
    include ${MIME_TYPES};
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${temp('body')};
    proxy_temp_path ${temp('proxy')};
    fastcgi_temp_path ${temp('fastcgi')};
    uwsgi_temp_path ${temp('uwsgi')};
    scgi_temp_path ${temp('scgi')};
    include ${join(work, 'reports.conf')};
}
`,
  );
  const child: ChildProcess = spawn(NGINX, ['-p', work, '-c', join(work, 'nginx.conf'), '-e', join(work, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
  let exited: number | null = null;
  child.on('exit', (code) => { exited = code ?? -1; });
  const errorLog = () => { try { return readFileSync(join(work, 'error.log'), 'utf8'); } catch { return ''; } };
  const deadline = Date.now() + 10_000;
  while (!(await canConnect(port))) {
    if (exited !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not start (exit ${exited}):\n${stderr}${errorLog()}\n--- configuration ---\n${config.text}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    config,
    close: async () => {
      if (exited === null) {
        const gone = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await gone;
      }
      rmSync(work, { recursive: true, force: true });
    },
  };
}
