/**
 * The review page's server: Node's own http, listening on 127.0.0.1 only (a free port unless
 * one is asked for). It answers nothing but its own page, its two static files and its API.
 *
 * Safe by construction — every request goes through `refusal` first:
 * - Host must be this server's own (127.0.0.1:<port> or localhost:<port>): a page on another
 *   name that resolves here (DNS rebinding) is refused before anything is read or written.
 * - The API needs the per-run token, which only the page the server wrote holds (in a meta
 *   element; a page of another origin cannot read it) and sends in a header.
 * - A write (POST) needs, besides, an Origin equal to this server's own and a JSON body.
 * - Static files come from a fixed list inside the tool's own folder: no path from the request
 *   is ever joined to a folder, so nothing outside it (or anything else inside it) is served.
 * Everything else is 403 (refused) or 404 (not one of its paths).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { stripTypeScriptTypes } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { lookupDivision } from '../../src/lib/data/divisions.ts';
import { UNTRANSLATED } from '../../src/lib/data/translation.ts';
import { suggestDepartmentId } from '../extract/draft.ts';
import { checkDraft } from './check.ts';
import type { ReviewDraft, ReviewSource } from './draft.ts';
import { saveDraft, type SaveContext } from './save.ts';

const PAGE_DIR = join(import.meta.dirname, 'page');
const TOKEN_HEADER = 'x-review-token';
const MAX_BODY = 32 * 1024 * 1024;

/** The page's own policy: its script and style from itself, requests to itself, nothing else. */
export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface RequestFacts { method: string; path: string; host: string | undefined; origin: string | undefined; token: string | undefined; contentType: string | undefined }

/**
 * Why a request is refused (a 403's text), or null when it may go on. Pure, so the tests can
 * put every combination to it.
 */
export function refusal(req: RequestFacts, port: number, token: string): string | null {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!req.host || !hosts.includes(req.host.toLowerCase())) return `host "${req.host ?? ''}" is not this server's`;
  if (!req.path.startsWith('/api/')) return req.method === 'GET' || req.method === 'HEAD' ? null : 'only the API takes writes';
  const given = Buffer.from(req.token ?? '');
  const expected = Buffer.from(token);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'missing or wrong review token';
  if (req.method === 'GET') return null;
  if (req.method !== 'POST') return `method ${req.method} not allowed`;
  if (req.origin === undefined || !hosts.map((h) => `http://${h}`).includes(req.origin.toLowerCase())) return `origin "${req.origin ?? ''}" is not this server's`;
  if (!/^application\/json(?:;|$)/u.test(req.contentType ?? '')) return 'a write must be JSON';
  return null;
}

/** The two static files: fixed names to fixed files (TypeScript served as JavaScript). */
const STATIC: Record<string, { file: string; type: string }> = {
  '/app.js': { file: 'app.ts', type: 'text/javascript; charset=utf-8' },
  '/app.css': { file: 'app.css', type: 'text/css; charset=utf-8' },
};

function staticFile(path: string): { body: string; type: string } | null {
  const s = Object.hasOwn(STATIC, path) ? STATIC[path] : undefined;
  if (!s) return null;
  const text = readFileSync(join(PAGE_DIR, s.file), 'utf8');
  return { body: s.file.endsWith('.ts') ? stripTypeScriptTypes(text) : text, type: s.type };
}

const escapeAttr = (s: string) => s.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');

/** The page: a shell the script fills; the token in a meta element, nothing of the report. */
function pageHtml(token: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="review-token" content="${escapeAttr(token)}">
<title>审阅报告 · Review a report</title>
<link rel="stylesheet" href="/app.css">
<script type="module" src="/app.js"></script>
</head>
<body>
<noscript>此审阅页需要 JavaScript。 This review page needs JavaScript.</noscript>
<div id="app"></div>
</body>
</html>
`;
}

export interface ReviewState { draft: ReviewDraft; source: ReviewSource; /** false: the report is in the data folder already, opened as published */ fresh?: boolean }

export interface ReviewServer { origin: string; port: number; token: string; close(): Promise<void> }

export interface ReviewOptions extends Omit<SaveContext, 'hooks'> { port?: number; token?: string; hooks?: SaveContext['hooks'] }

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req as AsyncIterable<Buffer>) {
    size += c.length;
    if (size > MAX_BODY) throw new Error('request too large');
    chunks.push(c);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
}

/** The draft of a request body, in the shape the page sends (checked, not trusted). */
function draftOf(body: unknown): ReviewDraft {
  const d = (body as { draft?: Partial<ReviewDraft> } | null)?.draft;
  const isTable = (t: unknown): t is { columns: string[]; rows: string[][] } =>
    typeof t === 'object' && t !== null && Array.isArray((t as { columns: unknown }).columns) && Array.isArray((t as { rows: unknown }).rows) &&
    (t as { columns: unknown[] }).columns.every((c) => typeof c === 'string') && (t as { rows: unknown[] }).rows.every((r) => Array.isArray(r) && r.every((c) => typeof c === 'string'));
  if (!d || typeof d.id !== 'string' || !isTable(d.indicators) || !isTable(d.budgetLines) || !isTable(d.source) || !(d.department === null || isTable(d.department))) {
    throw new Error('not a draft');
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(d.id)) throw new Error(`"${d.id}" is not a report id`);
  return { id: d.id, record: d.record, indicators: d.indicators, budgetLines: d.budgetLines, source: d.source, department: d.department };
}

/** Starts the server for one draft; resolves once it listens. */
export async function startReview(state: ReviewState, opts: ReviewOptions): Promise<ReviewServer> {
  const token = opts.token ?? randomBytes(32).toString('hex');
  let port = 0;
  const ctx: SaveContext = { dataDir: opts.dataDir, labelRoot: opts.labelRoot, root: opts.root, external: opts.external, hooks: opts.hooks, build: opts.build };
  const relevant = (lines: string[]) => lines.filter((w) => w.includes(state.draft.id) || w.includes('sources.csv') || w.includes('departments.csv'));
  const check = (draft: ReviewDraft) => {
    const r = checkDraft(draft, state.source, opts.dataDir, opts.labelRoot);
    return { problems: r.problems, warnings: relevant(r.warnings) };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Content-Security-Policy', CSP);
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    const header = (n: string) => { const v = req.headers[n]; return Array.isArray(v) ? v[0] : v; };
    const refused = refusal({ method: req.method ?? 'GET', path, host: header('host'), origin: header('origin'), token: header(TOKEN_HEADER), contentType: header('content-type') }, port, token);
    if (refused) { send(res, 403, 'text/plain; charset=utf-8', `refused: ${refused}\n`); return; }

    if (req.method === 'GET' && (path === '/' || path === '/index.html')) { send(res, 200, 'text/html; charset=utf-8', pageHtml(token)); return; }
    if (req.method === 'GET' && !path.startsWith('/api/')) {
      const f = staticFile(path);
      if (f) send(res, 200, f.type, f.body);
      else send(res, 404, 'text/plain; charset=utf-8', 'not found\n');
      return;
    }
    if (req.method === 'GET' && path === '/api/state') {
      json(res, 200, { draft: state.draft, text: state.source.text, pdf: state.source.pdf, label: state.source.label, check: check(state.draft), untranslated: UNTRANSLATED, published: state.fresh === false });
      return;
    }
    if (req.method === 'GET' && path === '/api/division') {
      const code = url.searchParams.get('code') ?? '';
      const name = url.searchParams.get('name') ?? '';
      const division = /^\d{6}$/u.test(code) ? lookupDivision(code) : null;
      json(res, division ? 200 : 404, { division, suggestedId: division ? suggestDepartmentId(name || `${division.city}${division.level === 'district' ? division.name : ''}`, []).id : null });
      return;
    }
    if (req.method === 'POST' && (path === '/api/check' || path === '/api/save')) {
      let body: unknown;
      let draft: ReviewDraft;
      try {
        body = await readBody(req);
        draft = draftOf(body);
      } catch (e) {
        json(res, 400, { error: e instanceof Error ? e.message : String(e) });
        return;
      }
      state.draft = draft;
      if (path === '/api/check') { json(res, 200, check(draft)); return; }
      const { overwrite, reason } = body as { overwrite?: unknown; reason?: unknown };
      const result = saveDraft(draft, state.source, { overwrite: overwrite === true, reason: typeof reason === 'string' ? reason : undefined }, ctx);
      json(res, result.status === 'saved' ? 200 : 409, { ...result, warnings: relevant(result.warnings) });
      return;
    }
    send(res, 404, 'text/plain; charset=utf-8', 'not found\n');
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) json(res, 500, { error: e instanceof Error ? e.message : String(e) });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    token,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
