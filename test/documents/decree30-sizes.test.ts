/**
 * Decree 30/2020 text sizes, read from what the PDF draws (Tf operators of the content streams), per block kind,
 * for every template: body and date line 13–14 pt, national title and issuing body 12–13, motto 13–14,
 * headings no smaller than the body, tables ≥ 10.5, Khmer sized to look like the Vietnamese beside it.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS, fillLabel, renderPdf, vietnameseDateLine } from '../../src-main/documents/index.js';
import { SAMPLE_OFFICE, sampleInternalHandover, sampleMeetingMinutes, sampleReturnedCrossers, sampleVictimHandover } from '../../src-main/documents/samples/sample-data.js';
import { type TextRun, findBlock, isKhmerFont, textRuns } from './pdf-content.js';
import { TEMPLATES, type TemplateName, sampleDocument } from './sample-documents.js';

const L = DEFAULT_LABELS;
type Range = [min: number, max: number];
/** Ranges are given for Vietnamese; Khmer beside it: between 0.8 × min and max, never below the table floor. */
const khmerOf = ([min, max]: Range): Range => [Math.max(10.5, min * 0.8), max];
const BODY: Range = [13, 14];
const TABLE_FLOOR = 10.5;

interface Expectation {
  kind: string;
  text: string;
  range: Range;
}

function dateOf(template: TemplateName): string {
  const inputs = {
    'victim-handover': sampleVictimHandover,
    'meeting-minutes': sampleMeetingMinutes,
    'returned-crossers': sampleReturnedCrossers,
    'internal-handover': sampleInternalHandover,
  };
  return inputs[template]().date;
}

/** The blocks whose size Decree 30 fixes, as the sample document prints them. */
function expectations(template: TemplateName): Expectation[] {
  const bilingual = template !== 'internal-handover';
  const out: Expectation[] = [
    { kind: 'national title', text: L['header.vn.title'].vi, range: [12, 13] },
    { kind: 'motto', text: L['header.vn.motto'].vi, range: [13, 14] },
    { kind: 'date line', text: vietnameseDateLine(SAMPLE_OFFICE.place.vi, dateOf(template)), range: BODY },
    { kind: 'body', text: fillLabel(L[bilingual ? 'clause.copies' : 'clause.copies.vi'].vi, { copies: 2, each: 1 }), range: BODY },
    ...SAMPLE_OFFICE.issuingBody.vi.map((line) => ({ kind: 'issuing body', text: line.toLocaleUpperCase('vi'), range: [12, 13] as Range })),
  ];
  const heading = template === 'meeting-minutes' ? L['section.agenda'] : L['section.persons'];
  out.push({ kind: 'heading', text: bilingual ? `1. ${heading.vi} / ${heading.km}` : `1. ${heading.vi}`, range: BODY });
  if (template === 'victim-handover') out[out.length - 1].text = `1. ${L['section.legalBasis'].vi} / ${L['section.legalBasis'].km}`;
  if (template === 'returned-crossers') out[out.length - 1].text = `1. ${L['section.circumstances'].vi} / ${L['section.circumstances'].km}`;
  if (bilingual) {
    out.push(
      { kind: 'kingdom title', text: L['header.kh.title'].km, range: [12, 13] },
      { kind: 'kingdom motto', text: L['header.kh.motto'].km, range: [13, 14] },
      { kind: 'Khmer body', text: fillLabel(L['clause.copies'].km, { copies: '២', each: '១' }), range: BODY },
      ...SAMPLE_OFFICE.issuingBody.km.map((line) => ({ kind: 'Khmer issuing body', text: line, range: [12, 13] as Range })),
    );
  }
  return out;
}

const sizesOf = (runs: readonly TextRun[]) => [...new Set(runs.map((r) => r.size))].sort((a, b) => a - b);

describe('Decree 30 text sizes, read from the PDF', () => {
  for (const template of TEMPLATES) {
    it(`${template}: every block kind within its range, nothing below ${TABLE_FLOOR} pt, headings ≥ body`, async () => {
      const runs = textRuns(await renderPdf(sampleDocument(template, 10)));
      const found: Record<string, number[]> = {};
      for (const { kind, text, range } of expectations(template)) {
        const blocks = findBlock(runs, text);
        expect(blocks.length, `${kind} "${text}" is drawn`).toBeGreaterThan(0);
        const drawn = blocks.flat();
        found[kind] = [...new Set([...(found[kind] ?? []), ...sizesOf(drawn.filter((r) => !isKhmerFont(r)))])];
        for (const run of drawn) {
          const [min, max] = isKhmerFont(run) ? khmerOf(range) : range;
          expect(run.size, `${kind} "${run.text}"`).toBeGreaterThanOrEqual(min);
          expect(run.size, `${kind} "${run.text}"`).toBeLessThanOrEqual(max);
        }
      }
      expect(Math.min(...found.heading)).toBeGreaterThanOrEqual(Math.max(...found.body));
      const small = runs.filter((r) => r.size < TABLE_FLOOR && r.text.trim() !== '');
      expect(small.map((r) => `${r.size}pt "${r.text}"`)).toEqual([]);
      if (template !== 'internal-handover') {
        // Khmer body about 0.8–1 of the Vietnamese body beside it.
        const khmerBody = sizesOf(findBlock(runs, expectations(template).find((e) => e.kind === 'Khmer body')!.text).flat());
        const ratio = Math.max(...khmerBody) / Math.max(...found.body);
        expect(ratio).toBeGreaterThanOrEqual(0.8);
        expect(ratio).toBeLessThanOrEqual(1);
      }
      // Every Vietnamese body paragraph drawn in Tinos at body size: no run of the copies clause falls back.
      expect(
        findBlock(runs, expectations(template).find((e) => e.kind === 'body')!.text)
          .flat()
          .every((r) => !isKhmerFont(r)),
      ).toBe(true);
    });
  }
});
