/** Paths shared by the data-layer tests. Messages are labelled relative to the project root. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = join(ROOT, 'test/data/fixtures');
export const GOLDEN = join(FIXTURES, 'golden');
export const BROKEN = join(FIXTURES, 'broken');
export const EXPECTED = join(ROOT, 'test/data/expected');
