// @ts-check
/**
 * Mutation testing (StrykerJS + its vitest runner), scoped to the rules that protect people and data:
 * the shared contract and rules, the vault's keys, audit chain, backups and accounts, the document
 * register and search folding. Too slow for CI on two cores: a pre-release step (see README).
 * `npm run test:mutation` runs it all; `-- --mutate <file>` narrows it while working on one file.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.config.ts' },
  mutate: [
    'src-shared/**/*.ts',
    'src-main/vault/{key-crypto,keyring,audit-chain,audit-log,backup-file,backups,accounts,accounts-store}.ts',
    'src-main/documents/register/*.ts',
    'src-main/records/**/*.ts',
  ],
  // Schema declarations run once at import: mutating them would rerun every test per mutant.
  ignoreStatic: true,
  coverageAnalysis: 'perTest',
  concurrency: 1,
  timeoutMS: 30_000,
  // Two cores shared with everything else: the first full run (coverage per test) takes long.
  dryRunTimeoutMinutes: 60,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Outputs of other runs (e2e results, coverage, builds) change while a mutation run copies the project.
  ignorePatterns: ['test-results', 'coverage', 'reports', 'build', 'dist', 'playwright-report'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  thresholds: { high: 90, low: 80, break: null },
};
