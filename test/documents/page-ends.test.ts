/**
 * No page ends with a heading, a label line or a table header: for every template with 1, 10, 37 and 300
 * persons (meeting minutes: as many agreed actions), the lowest line of each page is read from the PDF and
 * compared with the headings, label lines and table header labels the template prints.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS, renderPdf } from '../../src-main/documents/index.js';
import { EXCHANGE_TOPICS } from '../../src-main/documents/templates/meeting-minutes.js';
import { type TextRun, textRuns } from './pdf-content.js';
import { TEMPLATES, sampleDocument } from './sample-documents.js';

const L = DEFAULT_LABELS;
const squeezed = (text: string) => text.replace(/[\s\u200B]+/g, '').normalize('NFC');

const SECTIONS = [
  'section.legalBasis',
  'section.persons',
  'section.documents',
  'section.belongings',
  'section.health',
  'section.identityCheck',
  'section.agenda',
  'section.exchange',
  'section.actions',
  'section.circumstances',
] as const;
const HEADINGS = SECTIONS.flatMap((key) => [L[key].vi, L[key].km]);
const LABEL_LINES = [L['delegation.VN'], L['delegation.KH'], L['internal.giver'], L['internal.receiver'], ...EXCHANGE_TOPICS.map((t) => L[`topic.${t}`])].flatMap((label) => [
  label.vi,
  label.km,
]);
const TABLE_HEADERS: string[] = (
  [
    'person.no',
    'person.fullName',
    'person.otherName',
    'person.sex',
    'person.birth',
    'person.nationality',
    'person.homeAddress',
    'person.identityDocument',
    'person.remarks',
    'action.content',
    'action.side',
    'action.who',
    'action.due',
    'item.quantity',
    'item.owner',
  ] as const
)
  .flatMap((key): string[] => [L[key].vi, L[key].km])
  .concat(`${L['person.fullName'].vi} (${L['person.otherName'].vi.toLocaleLowerCase('vi')})`, `${L['person.fullName'].km} (${L['person.otherName'].km})`);

/** Runs grouped into lines (same page, baselines within 2 pt), top to bottom. */
function lines(runs: readonly TextRun[]): Array<{ page: number; runs: TextRun[] }> {
  const out: Array<{ page: number; top: number; runs: TextRun[] }> = [];
  for (const run of [...runs].sort((a, b) => a.page - b.page || a.top - b.top)) {
    const last = out[out.length - 1];
    if (last && last.page === run.page && Math.abs(run.top - last.top) < 2) last.runs.push(run);
    else out.push({ page: run.page, top: run.top, runs: [run] });
  }
  return out.filter((line) => line.runs.some((r) => squeezed(r.text) !== ''));
}

/** Text without numbering, separators and punctuation that headings and labels add around the label text. */
const core = (text: string) =>
  squeezed(text)
    .replace(/^(\d+\.|[a-z]\)|-)/, '')
    .replace(/[/:()]/g, '');
const partOfAny = (text: string, labels: readonly string[]) => {
  const piece = core(text);
  return piece.length > 0 && labels.some((label) => core(label).includes(piece));
};

/** What the lowest line of a page is, when it is one of the things that must never end a page. */
export function orphanKind(line: { runs: TextRun[] }): string | undefined {
  const text = line.runs.map((r) => r.text).join('');
  const pieces = line.runs.map((r) => r.text).filter((t) => core(t) !== '');
  if (partOfAny(text, HEADINGS) || pieces.every((t) => partOfAny(t, HEADINGS))) return 'heading';
  if (pieces.every((t) => partOfAny(t, LABEL_LINES))) return 'label line';
  // A header line holds at least one whole label (a wrapped cell value such as "ឆ្នាំ" is only part of one).
  const holdsWholeLabel = TABLE_HEADERS.some((label) => core(text).includes(core(label)));
  if (pieces.every((t) => partOfAny(t, TABLE_HEADERS)) && holdsWholeLabel) return 'table header';
  return undefined;
}

export function pageEnds(runs: readonly TextRun[]): Array<{ page: number; text: string; kind?: string }> {
  const all = lines(runs);
  const pages = [...new Set(all.map((l) => l.page))];
  return pages.map((page) => {
    const onPage = all.filter((l) => l.page === page);
    const last = onPage[onPage.length - 1];
    const text = last.runs.map((r) => r.text).join('');
    // A page holding only its number means content was lost or pushed off (an unbreakable block that broke).
    if (onPage.length === 1 && /^\d+$/.test(text.trim())) return { page, text, kind: 'empty page' };
    return { page, text, kind: orphanKind(last) };
  });
}

describe('no page ends with a heading, a label line or a table header', () => {
  it('the classifier recognises each kind (so the check can fail)', () => {
    const run = (text: string): TextRun => ({ page: 1, font: 'Tinos', size: 13, x: 0, top: 0, text });
    expect(orphanKind({ runs: [run('2. '), run('Danh sách người được giao, nhận'), run(' / '), run('បញ្ជីរាយនាម')] })).toBe('heading');
    expect(orphanKind({ runs: [run('b) Đại diện phía Campuchia'), run(' / '), run('តំណាងភាគីកម្ពុជា'), run(':')] })).toBe('label line');
    expect(orphanKind({ runs: [run('STT'), run('Họ và tên (tên gọi'), run('Giới tính'), run('Quốc tịch')] })).toBe('table header');
    expect(orphanKind({ runs: [run('1'), run('Nguyễn Thị Hương'), run('Nữ'), run('Việt Nam')] })).toBeUndefined();
    expect(orphanKind({ runs: [run('ឆ្នាំ')] })).toBeUndefined();
    expect(orphanKind({ runs: [run('Hai bên đã cùng kiểm tra, đối chiếu nhân thân')] })).toBeUndefined();
  });

  for (const template of TEMPLATES) {
    for (const persons of [1, 10, 37, 300]) {
      it(`${template}, ${persons} ${template === 'meeting-minutes' ? 'actions' : 'persons'}`, { timeout: 120_000 }, async () => {
        const ends = pageEnds(textRuns(await renderPdf(sampleDocument(template, persons))));
        expect(ends.filter((end) => end.kind)).toEqual([]);
      });
    }
  }
});
