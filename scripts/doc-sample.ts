/**
 * `npm run doc:sample -- --out <folder>`: writes every template filled with sample data as PDFs,
 * including a 300-person handover list, 37-row lists of every other template and a re-printed copy, so anyone can look at the output.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_LABELS,
  buildInternalHandover,
  buildLiaisonNotice,
  buildMeetingMinutes,
  buildMeetingReport,
  buildReturnedCrossers,
  buildVictimHandover,
  renderPdf,
} from '../src-main/documents/index.js';
import type { DocumentDefinition } from '../src-main/documents/index.js';
import {
  SAMPLE_OFFICE,
  sampleInternalHandover,
  sampleLiaisonNotice,
  sampleMeetingMinutes,
  sampleMeetingReport,
  sampleReturnedCrossers,
  sampleVictimHandover,
} from '../src-main/documents/samples/sample-data.js';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
if (!values.out) {
  console.error('usage: npm run doc:sample -- --out <folder>');
  process.exit(2);
}
const out = resolve(values.out);
mkdirSync(out, { recursive: true });

const documents: Array<[string, DocumentDefinition]> = [
  ['a-victim-handover-10.pdf', buildVictimHandover(sampleVictimHandover(10), DEFAULT_LABELS, SAMPLE_OFFICE)],
  ['a-victim-handover-300.pdf', buildVictimHandover(sampleVictimHandover(300), DEFAULT_LABELS, SAMPLE_OFFICE)],
  ['a-victim-handover-10-copy.pdf', buildVictimHandover(sampleVictimHandover(10), DEFAULT_LABELS, SAMPLE_OFFICE, { copy: true })],
  ['b-meeting-minutes.pdf', buildMeetingMinutes(sampleMeetingMinutes(), DEFAULT_LABELS, SAMPLE_OFFICE)],
  ['b-meeting-minutes-37-actions.pdf', buildMeetingMinutes(sampleMeetingMinutes(37), DEFAULT_LABELS, SAMPLE_OFFICE)],
  ['c-returned-crossers.pdf', buildReturnedCrossers(sampleReturnedCrossers(), DEFAULT_LABELS, SAMPLE_OFFICE)],
  ['c-returned-crossers-37.pdf', buildReturnedCrossers(sampleReturnedCrossers(37), DEFAULT_LABELS, SAMPLE_OFFICE)],
  ['d-internal-handover.pdf', buildInternalHandover(sampleInternalHandover(10), DEFAULT_LABELS, SAMPLE_OFFICE)],
  ['d-internal-handover-37.pdf', buildInternalHandover(sampleInternalHandover(37), DEFAULT_LABELS, SAMPLE_OFFICE)],
  ['e-meeting-report.pdf', buildMeetingReport(sampleMeetingReport(), DEFAULT_LABELS, SAMPLE_OFFICE)],
  ['e-meeting-report-40-actions.pdf', buildMeetingReport(sampleMeetingReport(40), DEFAULT_LABELS, SAMPLE_OFFICE)],
  ['f-liaison-notice-handover.pdf', buildLiaisonNotice(sampleLiaisonNotice('handoverArrangement'), DEFAULT_LABELS, SAMPLE_OFFICE)],
  ['f-liaison-notice-verification.pdf', buildLiaisonNotice(sampleLiaisonNotice('verificationResult'), DEFAULT_LABELS, SAMPLE_OFFICE)],
  ['f-liaison-notice-action-copy.pdf', buildLiaisonNotice(sampleLiaisonNotice('actionConfirmation'), DEFAULT_LABELS, SAMPLE_OFFICE, { copy: true })],
];

for (const [name, definition] of documents) {
  const started = performance.now();
  const pdf = await renderPdf(definition);
  writeFileSync(join(out, name), pdf);
  console.log(`${name}  ${(pdf.length / 1024).toFixed(0)} KiB  ${(performance.now() - started).toFixed(0)} ms`);
}
