import js from '@eslint/js';
import type { Linter } from 'eslint';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'fs/promises', 'http', 'http2',
  'https', 'module', 'net', 'os', 'path', 'perf_hooks', 'process', 'readline', 'stream', 'tls', 'url', 'util', 'v8', 'vm',
  'worker_threads', 'zlib',
];

/**
 * Layering, enforced:
 * - the renderer imports no Node built-in, no electron, nothing under src-main/ (only src-shared/ and npm UI packages);
 * - nothing outside src-main/shell/ imports electron.
 */
export const layeringRules: Record<'renderer' | 'outsideShell' | 'shared', Linter.Config> = {
  renderer: {
    files: ['src-renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to the engine only through window.blo.' },
            ...NODE_BUILTINS.map((name) => ({ name, message: 'The renderer has no Node: use window.blo.' })),
          ],
          patterns: [
            { regex: '^node:', message: 'The renderer has no Node: use window.blo.' },
            { regex: '(^|/)src-main(/|$)', message: 'The renderer imports only src-shared/ from the main side.' },
            { regex: '^better-sqlite3', message: 'The renderer never touches the database.' },
          ],
        },
      ],
    },
  },
  outsideShell: {
    files: ['src-main/**/*.ts', 'src-shared/**/*.ts', 'migrations/**/*.ts'],
    ignores: ['src-main/shell/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only src-main/shell/ may import electron; the engine is plain Node.' }],
          patterns: [{ regex: '^electron/', message: 'Only src-main/shell/ may import electron.' }],
        },
      ],
    },
  },
  shared: {
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'src-shared/ is imported by the renderer: no electron.' }],
          patterns: [
            { regex: '^node:', message: 'src-shared/ is imported by the renderer: no Node built-ins.' },
            { regex: '(^|/)src-main(/|$)', message: 'src-shared/ must not depend on main-side code.' },
          ],
        },
      ],
    },
  },
};

export default tseslint.config(
  { ignores: ['build/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'test/lint/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  layeringRules.renderer,
  layeringRules.outsideShell,
  layeringRules.shared,
);
