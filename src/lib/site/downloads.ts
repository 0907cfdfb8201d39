/**
 * The open-data files as the build wrote them to public/data/, with their size and SHA-256,
 * for the /data/ page. Read at build time (after build:data), so the page states exactly
 * what is served.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dataLocations } from '../data/locations.ts';

export interface DownloadFile { path: string; bytes: number; sha256: string }

/** public/data/, or the work folder's with DATA_DIR (src/lib/data/locations.ts) */
const PUBLIC_DATA = dataLocations().publicDataDir;

export function describeFile(rel: string, root = PUBLIC_DATA): DownloadFile {
  const full = join(root, rel);
  const content = readFileSync(full);
  return { path: `data/${rel}`, bytes: statSync(full).size, sha256: createHash('sha256').update(content).digest('hex') };
}

export function listFiles(sub: string, root = PUBLIC_DATA): DownloadFile[] {
  return readdirSync(join(root, sub)).sort().map((f) => describeFile(`${sub}/${f}`, root));
}

export function formatBytes(n: number, lang: 'zh' | 'en'): string {
  if (n < 1024) return lang === 'zh' ? `${n} 字节` : `${n} bytes`;
  const kb = n / 1024;
  if (kb >= 1024 * 1024) return `${(kb / 1024 / 1024).toFixed(1)} GB`;
  if (kb >= 1024) return `${(kb / 1024).toFixed(1)} MB`;
  return `${kb < 10 ? kb.toFixed(1) : Math.round(kb)} KB`;
}

/** How many files a folder of the downloads holds and their total size (no hashing: for thousands of files). */
export function folderSummary(sub: string, root = PUBLIC_DATA): { files: number; bytes: number } {
  const names = readdirSync(join(root, sub));
  return { files: names.length, bytes: names.reduce((n, f) => n + statSync(join(root, sub, f)).size, 0) };
}
