// Lint config: typescript-eslint's recommended rules, React hooks rules, and the import zones of the layering.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noRubrics = {
  patterns: [
    { group: ['**/rubrics/**', 'rubrics/*'], message: 'Scoring keys and hidden tests must never reach the candidate side (renderer/, exercises/).' },
    { group: ['node:*'], message: 'Node-only code does not belong on the candidate side.' },
  ],
};
const nodeOnly = ['fs', 'path', 'child_process', 'worker_threads', 'crypto', 'os', 'electron'].map((name) => ({ name, message: 'Node-only or Electron code does not belong here.' }));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '**/*.mjs.map'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts', 'renderer/**/*.test.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', { ...noRubrics, paths: nodeOnly }],
    },
  },
  {
    files: ['exercises/**/*.ts', 'assessment/**/*.ts', 'contract/**/*.ts'],
    ignores: ['exercises/**/*.test.ts', 'assessment/**/*.test.ts', 'contract/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { ...noRubrics, paths: nodeOnly }] },
  },
);
