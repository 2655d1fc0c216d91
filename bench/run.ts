/**
 * `npm run bench [-- --quick]`: prints one line per figure, exactly `BENCH <name> <value> <unit>`.
 * Ratios compare against a baseline measured in the same run, so they mean the same on any machine.
 * Each suite is a module exporting `run(options, report)`; add new suites to SUITES.
 */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  quick: boolean;
}
export type Report = (name: string, value: number, unit: string) => void;
export type Suite = (options: BenchOptions, report: Report) => Promise<void>;

const SUITES: Record<string, () => Promise<{ run: Suite }>> = {
  vault: () => import('./vault.js'),
  documents: () => import('./documents.js'),
  repatriations: () => import('./repatriations.js'),
  'admin-units': () => import('./admin-units.js'),
  meetings: () => import('./meetings.js'),
  interceptions: () => import('./interceptions.js'),
};

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } }, strict: false });
const options: BenchOptions = { quick: Boolean(values.quick) };
const report: Report = (name, value, unit) => {
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 3 : 1);
  console.log(`BENCH ${name} ${shown} ${unit}`);
};

for (const [name, load] of Object.entries(SUITES)) {
  if (typeof values.only === 'string' && values.only !== name) continue;
  const { run } = await load();
  await run(options, report);
}
