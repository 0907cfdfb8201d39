/** The lint rule that keeps HTML strings out of client code can fail: it flags each forbidden API. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const lint = async (code: string) => {
  const [result] = await eslint.lintText(code, { filePath: 'src/client/__probe__.ts' });
  return result!.messages.map((m) => m.message);
};

describe('client code lint rule', () => {
  it.each([
    ['el.innerHTML = name;', 'innerHTML'],
    ['el.outerHTML = name;', 'outerHTML'],
    ["el.insertAdjacentHTML('beforeend', name);", 'insertAdjacentHTML'],
    ['document.write(name);', 'document.write'],
  ])('rejects %s', async (code, api) => {
    const messages = await lint(`declare const el: HTMLElement; declare const name: string;\n${code}\n`);
    expect(messages.join('\n')).toContain(api);
  });

  it('accepts textContent and DOM nodes', async () => {
    expect(await lint('declare const el: HTMLElement; declare const name: string;\nel.textContent = name; el.append(document.createElement("mark"));\n')).toEqual([]);
  });

  it('finds nothing in the real client code', async () => {
    const results = await eslint.lintFiles(['src/client/**/*.ts']);
    expect(results.flatMap((r) => r.messages.map((m) => `${r.filePath}: ${m.message}`))).toEqual([]);
  });
});
