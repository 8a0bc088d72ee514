// ESLint flat config (issue 8). `npm run lint` runs it with knip and the folder-graph check.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import boundaries from 'eslint-plugin-boundaries'
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs'
import { architectureTable } from './tests/tools/architectureTable.mjs'

// The import boundaries come from ARCHITECTURE.md's "Folders" table, read here at every run, so
// the table and the rule cannot drift: edit the table to change what a folder may import.
const table = architectureTable()
// One element per folder row. File rows (src/main.tsx) are left to tests/unit/architecture.test.ts,
// which checks every import against the whole table (boundaries 7 matches elements by folder).
const folders = table.filter((r) => r.folder)
const elements = folders.map(({ name, path }) => ({ type: name, pattern: path }))
const policies = folders.map(({ name, mayImport }) => ({
  from: { element: { type: name } },
  // A component's stylesheet sits in its own folder, so it needs no entry of its own.
  allow: { to: { element: { types: { anyOf: [name, ...mayImport] } } } },
}))

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  comments.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Type-aware, and cheap: a promise that is neither awaited nor marked `void` loses its errors.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      // tsc (noUnusedLocals, noUnusedParameters) already reports these; `_name` marks an unused one.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/component/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The React Compiler's rules assume the compiler, which this app does not use. `refs` flags the
      // deliberate reads of a ref during render that keep a chart's axis held through a slider
      // gesture (charts/liveTariff.tsx, issue 7) and the popover's ref object (ui/useDetailsPopover):
      // 17 findings, all by design.
      'react-hooks/refs': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/include': ['src/**/*'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json', '.css'] } },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies }],
    },
  },
  {
    // Every disable says why, beside it: `// eslint-disable-next-line rule -- reason`; a disable
    // that no longer disables anything is an error too.
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: { '@eslint-community/eslint-comments/require-description': 'error' },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    // Node and browser scripts (tests/tools, tests/bench): tsc does not check them and they use both
    // sets of globals, so `no-undef` would need a list of every global; the code runs in CI anyway.
    rules: { 'no-undef': 'off' },
  },
)
