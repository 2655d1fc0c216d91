import js from '@eslint/js';
import type { Linter } from 'eslint';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'assert',
  'buffer',
  'child_process',
  'cluster',
  'crypto',
  'dgram',
  'dns',
  'events',
  'fs',
  'fs/promises',
  'http',
  'http2',
  'https',
  'module',
  'net',
  'os',
  'path',
  'perf_hooks',
  'process',
  'readline',
  'stream',
  'tls',
  'url',
  'util',
  'v8',
  'vm',
  'worker_threads',
  'zlib',
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

/**
 * The engine's tiers, lowest first. A folder imports only from its own tier or below: kernel (errors, session,
 * dispatcher) → vault → shared capabilities (records, people, reference, documents) → record kinds
 * (repatriations, meetings, interceptions; never one another) → reports. The engine folder is the composition
 * root above them all: the others may import its types (the handler context), never its code.
 */
const TIERS: string[][] = [['kernel'], ['vault'], ['records', 'people', 'reference', 'documents'], ['repatriations', 'meetings', 'interceptions'], ['reports']];
const RECORD_KINDS = TIERS[3]!;

const importsOf = (folders: string[]) => `^(\\.\\./){1,2}(${folders.join('|')})/`;

export const tierRules: Linter.Config[] = TIERS.flatMap((tier, level) => {
  const above = TIERS.slice(level + 1).flat();
  return tier.map((folder) => {
    const otherKinds = RECORD_KINDS.includes(folder) ? RECORD_KINDS.filter((kind) => kind !== folder) : [];
    const patterns = [
      { regex: '^(\\.\\./){1,2}engine/', message: 'The engine folder is the composition root: import only its types here.', allowTypeImports: true },
      ...(above.length ? [{ regex: importsOf(above), message: `src-main/${folder}/ sits below ${above.join(', ')}: it must not import them.` }] : []),
      ...(otherKinds.length ? [{ regex: importsOf(otherKinds), message: 'A record kind never imports another kind: share through records/ or people/.' }] : []),
    ];
    return { files: [`src-main/${folder}/**/*.ts`], rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] } } satisfies Linter.Config;
  });
});

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
  ...tierRules,
);
