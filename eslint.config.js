// Lint rules that protect the site's promises. Client code (what runs in the browser) must never
// turn strings into HTML: report text is untrusted.
import tseslint from 'typescript-eslint';

const NO_HTML_STRINGS = [
  { object: 'document', property: 'write', message: 'Build DOM nodes; report text is untrusted.' },
  { object: 'document', property: 'writeln', message: 'Build DOM nodes; report text is untrusted.' },
];
const NO_HTML_SYNTAX = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'innerHTML is forbidden in client code: build DOM nodes (report text is untrusted).' },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'outerHTML is forbidden in client code: build DOM nodes (report text is untrusted).' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML is forbidden in client code: build DOM nodes.' },
  { selector: "CallExpression[callee.property.name=/^(write|writeln)$/][callee.object.name='document']", message: 'document.write is forbidden.' },
  { selector: "CallExpression[callee.property.name='createContextualFragment']", message: 'createContextualFragment parses HTML: build DOM nodes.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.astro/**', 'src/generated/**', 'test/output/**', 'public/**', 'bench/work/**', '.data-builds/**', '.tmp-scratch/**'] },
  {
    files: ['src/client/**/*.ts', 'scripts/review/page/**/*.ts', 'src/lib/search/**/*.ts', 'src/lib/compare/**/*.ts', 'src/lib/indicators/**/*.ts', 'src/lib/site/sort.ts'],
    languageOptions: { parser: tseslint.parser },
    rules: {
      'no-restricted-properties': ['error', ...NO_HTML_STRINGS],
      'no-restricted-syntax': ['error', ...NO_HTML_SYNTAX],
    },
  },
);
