/**
 * Document engine figures:
 *  - doc.first_ms: a fresh Node process loads the engine, the fonts and renders the 10-person handover minutes
 *    (no warm-up; doc.first_after_warmup_ms is the same first document when the engine called warmUp() at start);
 *  - doc.handover_10_ms / doc.handover_300_ms: warm renders (median), definition build included.
 * Run alone: `npm run bench -- --only documents` once registered in bench/run.ts.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Suite } from './run.js';

const CHILD_FLAG = 'BLO_BENCH_DOCUMENTS_COLD';

async function renderHandover(persons: number): Promise<number> {
  const { DEFAULT_LABELS, buildVictimHandover, renderPdf } = await import('../src-main/documents/index.js');
  const { SAMPLE_OFFICE, sampleVictimHandover } = await import('../src-main/documents/samples/sample-data.js');
  const input = sampleVictimHandover(persons);
  const started = performance.now();
  const pdf = await renderPdf(buildVictimHandover(input, DEFAULT_LABELS, SAMPLE_OFFICE));
  if (pdf.length < 1000) throw new Error('document bench: implausibly small PDF');
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** In the child: time from before the engine's first import to the first PDF, printed as JSON. */
async function coldChild(warm: boolean): Promise<void> {
  const started = performance.now();
  if (warm) await (await import('../src-main/documents/index.js')).warmUp();
  const render = await renderHandover(10);
  console.log(JSON.stringify({ total: performance.now() - started, render }));
}

function child(mode: 'cold' | 'warm'): { total: number; render: number } {
  const output = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: { ...process.env, [CHILD_FLAG]: mode },
    encoding: 'utf8',
  });
  return JSON.parse(output.trim().split('\n').pop()!) as { total: number; render: number };
}

export const run: Suite = async (options, report) => {
  report('doc.first_ms', child('cold').total, 'ms');
  report('doc.first_after_warmup_ms', child('warm').render, 'ms');

  for (let i = 0; i < 2; i++) await renderHandover(10);
  const small: number[] = [];
  for (let i = 0; i < (options.quick ? 3 : 15); i++) small.push(await renderHandover(10));
  report('doc.handover_10_ms', median(small), 'ms');

  await renderHandover(300);
  const large: number[] = [];
  for (let i = 0; i < (options.quick ? 2 : 7); i++) large.push(await renderHandover(300));
  report('doc.handover_300_ms', median(large), 'ms');
};

const mode = process.env[CHILD_FLAG];
if (mode === 'cold' || mode === 'warm') await coldChild(mode === 'warm');
