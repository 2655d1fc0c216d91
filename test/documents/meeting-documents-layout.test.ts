/**
 * Layout of the meeting report and the liaison notice, read from the PDF: Decree 30 text sizes, every word inside
 * the Decree 30 margins (nothing overflows), and long meeting minutes (40 and 150 agreed actions) that break pages
 * cleanly with every row printed once. Document numbers in running text never break after their slash.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS as L, buildLiaisonNotice, buildMeetingMinutes, buildMeetingReport, fillLabel, renderPdf, vietnameseDateLine } from '../../src-main/documents/index.js';
import { biParagraph } from '../../src-main/documents/layout/blocks.js';
import { A4, PAGE_MARGINS, officialDocument } from '../../src-main/documents/layout/page.js';
import { SAMPLE_OFFICE, sampleLiaisonNotice, sampleMeetingMinutes, sampleMeetingReport } from '../../src-main/documents/samples/sample-data.js';
import { drawnText } from '../../src-main/documents/pdf/hooks.js';
import { stripBreakHints, ZWSP } from '../../src-main/documents/text/khmer.js';
import { laidLines } from './layout-nodes.js';
import { findBlock, isKhmerFont, textRuns } from './pdf-content.js';
import { pdfText } from './pdf-text.js';

type Range = [number, number];
const sizes = (runs: ReturnType<typeof textRuns>, text: string) => findBlock(runs, text).flat();

/** Every word's box (points, from the top left), as pdftotext -bbox reads it. */
function words(pdf: Buffer): Array<{ page: number; text: string; xMin: number; xMax: number; yMin: number; yMax: number }> {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', '-', '-'], { input: pdf, maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
  const out: ReturnType<typeof words> = [];
  html
    .split('<page ')
    .slice(1)
    .forEach((page, index) => {
      for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g))
        out.push({ page: index + 1, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5] });
    });
  return out;
}

/** Words outside the text area (the page header — page number, copy mark — sits above the top margin by design). */
function overflowing(pdf: Buffer) {
  const [left, top, right, bottom] = PAGE_MARGINS;
  return words(pdf)
    .filter((w) => w.yMax > top)
    .filter((w) => w.xMin < left - 0.5 || w.xMax > A4.width - right + 0.5 || w.yMax > A4.height - bottom + 0.5)
    .map((w) => `p${w.page} "${w.text}" x ${w.xMin.toFixed(1)}–${w.xMax.toFixed(1)} y ${w.yMax.toFixed(1)}`);
}

describe('meeting report and liaison notice: Decree 30 sizes and margins, read from the PDF', () => {
  const check = (runs: ReturnType<typeof textRuns>, expectations: Array<[kind: string, text: string, range: Range]>) => {
    for (const [kind, text, [min, max]] of expectations) {
      const drawn = sizes(runs, text);
      expect(drawn.length, `${kind} "${text}" is drawn`).toBeGreaterThan(0);
      for (const run of drawn) {
        // Khmer beside Vietnamese is sized to look alike: down to 0.8 of the range, never below the 10.5 floor.
        const low = isKhmerFont(run) ? Math.max(10.5, min * 0.8) : min;
        expect(run.size, `${kind} "${run.text}"`).toBeGreaterThanOrEqual(low);
        expect(run.size, `${kind} "${run.text}"`).toBeLessThanOrEqual(max);
      }
    }
    expect(runs.filter((r) => r.size < 10.5 && r.text.trim() !== '').map((r) => `${r.size}pt "${r.text}"`)).toEqual([]);
  };
  const header = (date: string): Array<[string, string, Range]> => [
    ['national title', L['header.vn.title'].vi, [12, 13]],
    ['motto', L['header.vn.motto'].vi, [13, 14]],
    ['date line', vietnameseDateLine(SAMPLE_OFFICE.place.vi, date), [13, 14]],
    ...SAMPLE_OFFICE.issuingBody.vi.map((line): [string, string, Range] => ['issuing body', line.toLocaleUpperCase('vi'), [12, 13]]),
  ];

  it('meeting report: header, title, body, headings ≥ body, recipients, signature; nothing outside the margins', async () => {
    const input = sampleMeetingReport();
    const pdf = await renderPdf(buildMeetingReport(input, L, SAMPLE_OFFICE));
    const runs = textRuns(pdf);
    check(runs, [
      ...header(input.reportDate),
      ['title', L['title.meetingReport'].vi, [13, 14]],
      ['body', fillLabel(L['report.opening'].vi, { date: '03/02/2026', office: SAMPLE_OFFICE.issuingBody.vi[1], counterpart: input.counterpart.vi }), [13, 14]],
      ['heading', `I. ${L['report.section.general'].vi}`, [13, 14]],
      ['heading', `IV. ${L['report.section.proposals'].vi}`, [13, 14]],
      ['recipients heading', `${L['doc.recipients'].vi}:`, [12, 12]],
      ['recipient', '- Lưu: VT, VPLL.', [11, 11]],
      ['signature', 'TRƯỞNG VĂN PHÒNG', [13, 14]],
    ]);
    expect(overflowing(pdf)).toEqual([]);
  });

  it('liaison notice: both national headers, bilingual title and body within range; nothing outside the margins', async () => {
    const input = sampleLiaisonNotice();
    const pdf = await renderPdf(buildLiaisonNotice(input, L, SAMPLE_OFFICE));
    const runs = textRuns(pdf);
    const opening = L['notice.opening.handoverArrangement'];
    check(runs, [
      ...header(input.date),
      ['kingdom title', L['header.kh.title'].km, [12, 13]],
      ['kingdom motto', L['header.kh.motto'].km, [13, 14]],
      ['title', L['title.notice'].vi, [13, 14]],
      ['Khmer title', L['title.notice'].km, [12, 14]],
      ['body', fillLabel(opening.vi, { office: SAMPLE_OFFICE.issuingBody.vi[1] }), [13, 14]],
      ['Khmer body', fillLabel(opening.km, { office: SAMPLE_OFFICE.issuingBody.km[0] }), [13, 14]],
      ['facts table', '37 người (trong đó có 04 trẻ em)', [10.5, 14]],
    ]);
    expect(overflowing(pdf)).toEqual([]);
  });

  it('the overflow check can fail: a word pushed past the right margin is reported, Latin or Khmer', async () => {
    for (const text of ['lề phải', 'ព្រំដែន']) {
      const pdf = await renderPdf(officialDocument([{ text, margin: [A4.width - PAGE_MARGINS[0] - PAGE_MARGINS[2] - 10, 0, 0, 0], noWrap: true } as never]));
      expect(overflowing(pdf).length, text).toBeGreaterThan(0);
    }
  });
});

describe('the Khmer opening line of the meeting minutes', () => {
  const input = sampleMeetingMinutes(3);
  const opening = fillLabel(L['meeting.opening'].km, { time: '', date: '', place: '', host: '' }).split(' ')[0];

  it('every line pdfmake lays out for it ends inside the right margin, and so does the text drawn in the PDF', async () => {
    const definition = buildMeetingMinutes(input, L, SAMPLE_OFFICE);
    const right = A4.width - PAGE_MARGINS[2];
    const laid = await laidLines(definition);
    const lines = laid.lines.filter((line) => stripBreakHints(line.text).startsWith(opening));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line.width, stripBreakHints(line.text)).toBeLessThanOrEqual(line.maxWidth + 0.01);
      expect(line.left + line.width, stripBreakHints(line.text)).toBeLessThanOrEqual(right + 0.01);
    }
    // The drawn line (pdftotext's box of its ActualText span) ended 1.4 pt past the margin while a break hint was drawn.
    const drawn = words(laid.pdf).filter((w) => w.text.startsWith(opening));
    expect(drawn.length).toBeGreaterThan(0);
    for (const word of drawn) expect(word.xMax, word.text).toBeLessThanOrEqual(right + 0.5);
  });

  it('break hints end Khmer words in the layout but are not drawn; one inside a fragment that may not wrap stays', () => {
    expect(drawnText(`ព្រំដែន${ZWSP}`)).toBe('ព្រំដែន');
    expect(drawnText(`ព្រំដែន${ZWSP}${ZWSP}`)).toBe('ព្រំដែន');
    expect(drawnText(`នៅ${ZWSP}ថ្ងៃ`)).toBe(`នៅ${ZWSP}ថ្ងៃ`);
    expect(drawnText('lề phải ')).toBe('lề phải ');
  });
});

describe('meeting minutes with many agreed actions', () => {
  for (const actions of [40, 150]) {
    it(`${actions} actions: every row printed once, in order, inside the margins`, { timeout: 120_000 }, async () => {
      const pdf = await renderPdf(buildMeetingMinutes(sampleMeetingMinutes(actions), L, SAMPLE_OFFICE));
      expect(overflowing(pdf)).toEqual([]);
      // Each row's number stands alone in the number column: read the column's cells in page order.
      const numbers = words(pdf)
        .filter((w) => /^\d+$/.test(w.text) && w.xMin < PAGE_MARGINS[0] + 24 && w.yMax > PAGE_MARGINS[1])
        .sort((a, b) => a.page - b.page || a.yMin - b.yMin)
        .map((w) => Number(w.text));
      expect(numbers).toEqual(Array.from({ length: actions }, (_, i) => i + 1));
      // The closing (copies clause, signatures, QR) is on the last page, whole.
      const last = pdfText(pdf, { page: Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', ['-'], { input: pdf }).toString())![1]) });
      expect(last).toContain(L['signature.KH'].vi);
      expect(last.replace(/\s+/g, ' ')).toContain(fillLabel(L['clause.copies'].vi, { copies: 2, each: 1 }).split(' ').slice(0, 6).join(' '));
    });
  }
});

describe('document numbers in running text', () => {
  it('never break after the slash or a hyphen, wherever the line ends', async () => {
    const number = '07/BB-VPLL-HT';
    // Fillers one letter longer each time move the number across the line end at every offset.
    const paragraphs = Array.from(
      { length: 24 },
      (_, i) => `${'Theo biên bản hội đàm giữa hai bên tại cửa khẩu quốc tế Hà Tiên '.slice(0, 40 + i)}${'x'.repeat(i % 5)} số ${number}, hai bên thống nhất.`,
    );
    const pdf = await renderPdf(officialDocument(paragraphs.map((p) => biParagraph(p, undefined, 0, 'bodyViOnly'))));
    const lines = pdfText(pdf).split('\n');
    const broken = lines.filter((line) => /\d+\/(BB(-VPLL)?-?)?\s*$/.test(line) || /^\s*(BB-|VPLL-|HT\b|-)/.test(line));
    expect(broken).toEqual([]);
    expect(lines.filter((line) => line.includes(number))).toHaveLength(paragraphs.length);
  });
});
