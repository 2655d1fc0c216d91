/**
 * Thông báo / លិខិតជូនដំណឹង — the bilingual liaison notice from this office to the counterpart office across the
 * border: agreeing a handover (date, gate, transport, persons), reporting verification results, requesting
 * information, confirming an agreed action. Printed from a meeting or a repatriation case with the facts filled in
 * from the record, plus free text in both languages.
 *
 * Why "Thông báo" (TB) and not "Công hàm" or "Công văn": a công hàm is a diplomatic note between foreign ministries
 * and embassies (the consular channel), not a letter between two border liaison offices; a công văn has no type
 * abbreviation in Decree 30, while "TB" is Decree 30's abbreviation for thông báo, so the notice numbers in a
 * register sequence of its own ("Số: 03/TB-VPLL-HT"). Khmer: លិខិតជូនដំណឹង (letter of notification), flagged
 * for translator review like every Khmer label not confirmed by a source.
 */
import type { LiaisonNoticeContent } from '../../../src-shared/documents/inputs.js';
import { contentHash } from '../content-hash.js';
import type { Content, DocumentDefinition, TableCell } from '../pdf/definition.js';
import { type LabelText, type Labels, fillLabel } from '../labels/default-labels.js';
import { GRID, type Bilingual, biCell, biParagraph } from '../layout/blocks.js';
import { khmerDate, numericDate, toKhmerDigits } from '../layout/dates.js';
import { type OfficeProfile, bilingualHeader, bilingualTitle, documentNumber } from '../layout/headers.js';
import { SIZE, officialDocument } from '../layout/page.js';
import { officialSignature, verificationBlock } from '../layout/signatures.js';
import { type PrintOptions, formatTime, gatePhrase } from './common.js';

export type LiaisonNoticeInput = LiaisonNoticeContent & { number: number };

/** Decree 30 (Annex III): "TB" is the abbreviation of thông báo. */
export const LIAISON_NOTICE_TYPE_CODE = 'TB';

/** "Label / ស្លាក" in the left cell of the facts table. */
const labelCell = (label: LabelText): TableCell => biCell({ vi: label.vi, km: label.km }, { bold: true });

/** The facts the purpose needs, as label/value rows (only those the record holds). */
function factRows(labels: Labels, input: LiaisonNoticeInput): TableCell[][] {
  const { facts } = input;
  const rows: Array<[LabelText, Bilingual]> = [];
  if (facts.handoverDate) {
    const time = facts.handoverTime ? formatTime(labels, facts.handoverTime) : { vi: '', km: '' };
    const label = labels[facts.handoverTime ? 'notice.handoverTime.value' : 'notice.handoverTime.date'];
    rows.push([
      labels['notice.handoverTime'],
      { vi: fillLabel(label.vi, { time: time.vi, date: numericDate(facts.handoverDate) }), km: fillLabel(label.km, { time: time.km, date: khmerDate(facts.handoverDate) }) },
    ]);
  }
  if (facts.gate) rows.push([labels.gate, gatePhrase(labels, facts.gate)]);
  if (facts.transport) rows.push([labels['notice.transport'], facts.transport]);
  if (facts.persons) {
    const { total, children } = facts.persons;
    const count = (n: number) => String(n).padStart(2, '0');
    const value = (lang: 'vi' | 'km', digits: (n: number) => string) =>
      children === undefined
        ? fillLabel(labels['notice.persons.count'][lang], { count: digits(total) })
        : fillLabel(labels['notice.persons.value'][lang], { count: digits(total), children: digits(children) });
    rows.push([labels['notice.persons'], { vi: value('vi', count), km: value('km', (n) => toKhmerDigits(count(n))) }]);
  }
  if (facts.verification) rows.push([labels['notice.verification'], facts.verification]);
  if (facts.action) rows.push([labels['notice.action'], facts.action]);
  if (facts.actionDue) rows.push([labels['action.due'], { vi: numericDate(facts.actionDue), km: khmerDate(facts.actionDue) }]);
  if (facts.agreedIn) rows.push([labels['notice.agreedIn'], { vi: facts.agreedIn }]);
  return rows.map(([label, value]) => [labelCell(label), biCell(value)]);
}

/** Free text paragraphs, each Vietnamese one with the Khmer one of the same place under it. */
function bodyParagraphs(body: { vi: string; km: string }): Content[] {
  const lines = (text: string) =>
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
  const [vi, km] = [lines(body.vi), lines(body.km)];
  return Array.from({ length: Math.max(vi.length, km.length) }, (_, i) => (vi[i] ? biParagraph(vi[i], km[i]) : { text: km[i], style: 'bodyKm', margin: [0, 0, 0, 5] }));
}

export function buildLiaisonNotice(input: LiaisonNoticeInput, labels: Labels, office: OfficeProfile, print: PrintOptions = {}): DocumentDefinition {
  const number = documentNumber(input.number, LIAISON_NOTICE_TYPE_CODE, office.code);
  const title = labels['title.notice'];
  const prefix = labels['notice.subjectPrefix'];
  const purpose = labels[`notice.subject.${input.purpose}`];
  const subject = { vi: input.subject?.vi ?? purpose.vi, km: input.subject ? (input.subject.km ?? input.subject.vi) : purpose.km };
  const officeName = { vi: office.issuingBody.vi.at(-1) ?? '', km: office.issuingBody.km.at(-1) ?? office.issuingBody.vi.at(-1) ?? '' };
  const opening = labels[`notice.opening.${input.purpose}`];
  const rows = factRows(labels, input);
  const addressee = (label: LabelText, value: Bilingual): Content => ({
    stack: [
      { text: [{ text: `${label.vi}: `, bold: true }, value.vi], style: 'body' },
      ...(value.km ? [{ text: [{ text: `${label.km}៖ `, bold: true }, value.km], style: 'bodyKm' }] : []),
    ],
    margin: [36, 0, 0, 4],
    unbreakable: true,
  });

  const content: Content[] = [
    bilingualHeader(labels, { office, number, date: input.date }),
    bilingualTitle(title.vi, title.km),
    {
      stack: [
        { text: `${prefix.vi} ${subject.vi}`, fontSize: SIZE.subtitle, bold: true, alignment: 'center' },
        { text: `${prefix.km} ${subject.km}`, fontSize: SIZE.bodyKm, alignment: 'center', margin: [0, 1, 0, 0] },
      ],
      margin: [0, -6, 0, 10],
    },
    addressee(labels['notice.to'], input.counterpart ?? labels['notice.counterpart.default']),
    ...(input.reference ? [addressee(labels['notice.reference'], { vi: input.reference, km: input.reference })] : []),
    { text: '', margin: [0, 0, 0, 4] },
    biParagraph(fillLabel(opening.vi, { office: officeName.vi }), fillLabel(opening.km, { office: officeName.km })),
    ...(rows.length ? [{ table: { widths: [130, '*'], dontBreakRows: true, body: rows }, layout: GRID, margin: [0, 2, 0, 8] } as Content] : []),
    ...bodyParagraphs(input.body),
    {
      stack: [
        biParagraph(labels['notice.closing'].vi, labels['notice.closing'].km),
        {
          columns: [
            { width: '*', text: '' },
            { width: 240, stack: [officialSignature(input.signatory)] },
          ],
          margin: [0, 8, 0, 6],
        },
        verificationBlock(labels, number, contentHash(input)),
      ],
      unbreakable: true,
    },
  ];
  return officialDocument(content, { copyMark: print.copy ? labels['doc.copyMark'] : undefined, title: `${title.vi} ${number}` });
}
