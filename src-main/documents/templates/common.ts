/** Pieces the minutes templates share: delegations, item lists, times, the closing clauses and signatures. */
import type { Content, TableCell } from '../pdf/definition.js';
import { type LabelText, type Labels, fillLabel } from '../labels/default-labels.js';
import { type Bilingual, GRID, biCell, biParagraph, headerCell, keepWithNext } from '../layout/blocks.js';
import { type IsoDate, khmerDate, numericDate, toKhmerDigits } from '../layout/dates.js';
import { SIZE } from '../layout/page.js';
import { signatureBlocks, verificationBlock } from '../layout/signatures.js';

export type Side = 'VN' | 'KH';

export interface DelegationMember {
  name: string;
  /** Name in Khmer script and position in Khmer: printed under the member's line in bilingual minutes. */
  nameKm?: string;
  rank?: string;
  position?: string;
  positionKm?: string;
  agency?: string;
  role: 'head' | 'member' | 'interpreter' | 'noteTaker';
}

export interface Delegations {
  VN: DelegationMember[];
  KH: DelegationMember[];
}

/** A document or belonging handed over. */
export interface ItemLine {
  description: Bilingual;
  /** Count with its unit ("03 cuốn" / "៣ ក្បាល"). */
  quantity?: Bilingual;
  /** Whose it is (a person's name), when it belongs to one person. */
  owner?: Bilingual;
}

/** Printing choices that are not content (and so not part of the content hash). */
export interface PrintOptions {
  /** A re-print of an issued document: marked "BẢN SAO / ច្បាប់ចម្លង". */
  copy?: boolean;
}

/** "HH:MM" → "09 giờ 30 phút" / "០៩ ម៉ោង ៣០ នាទី". */
export function formatTime(labels: Labels, time: string): Bilingual & { km: string } {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new Error(`not an HH:MM time: ${time}`);
  const [h, m] = [match[1], match[2]];
  return { vi: fillLabel(labels['time.hm'].vi, { h, m }), km: fillLabel(labels['time.hm'].km, { h: toKhmerDigits(h), m: toKhmerDigits(m) }) };
}

export function sideLabel(labels: Labels, side: Side | 'both'): LabelText {
  return labels[side === 'both' ? 'side.both' : (`side.${side}` as const)];
}

function memberLine(labels: Labels, member: DelegationMember, bilingual: boolean): Content {
  const role = labels[`role.${member.role}` as const];
  const details = [member.rank, member.position, member.agency].filter(Boolean).join(', ');
  const khmer = bilingual ? [member.nameKm, member.positionKm].filter(Boolean).join(', ') : '';
  const line: Content = {
    text: [
      '- ',
      { text: member.name, bold: true },
      details ? `, ${details}` : '',
      member.role === 'member' ? '' : ` — ${role.vi}`,
      member.role !== 'member' && bilingual ? { text: ` / ${role.km}`, fontSize: SIZE.bodyKm } : '',
    ],
    style: 'body',
    margin: [12, 0, 0, 1],
  };
  // A member's lines stay on one page: a rank or a Khmer name alone at the top of the next reads as a stray line.
  return { stack: [line, ...(khmer ? [{ text: khmer, style: 'bodyKm', margin: [20, 0, 0, 1] as [number, number, number, number] }] : [])], unbreakable: true };
}

/**
 * "Cửa khẩu quốc tế Hà Tiên": the gate word is added only when the gate's name does not already start with it,
 * and the place note typed in the case follows in brackets.
 */
export function gatePhrase(labels: Labels, gate: Bilingual, note?: Bilingual): Bilingual & { km: string } {
  const named = (word: string, name: string) => (name.toLocaleLowerCase('vi').startsWith(word.toLocaleLowerCase('vi')) ? name : `${word} ${name}`);
  const withNote = (text: string, extra: string | undefined) => (extra ? `${text} (${extra})` : text);
  return {
    vi: withNote(named(labels.gate.vi, gate.vi), note?.vi),
    km: withNote(named(labels.gate.km, gate.km ?? gate.vi), note?.km ?? note?.vi),
  };
}

export function delegationBlock(labels: Labels, side: Side, members: readonly DelegationMember[], letter: string, bilingual = true): Content {
  const heading = labels[`delegation.${side}`];
  const title: Content = {
    text: [{ text: `${letter}) ${heading.vi}`, bold: true }, ...(bilingual ? [' / ', { text: heading.km, fontSize: SIZE.bodyKm }] : []), ':'],
    style: 'body',
    headlineLevel: 1,
    margin: [0, 2, 0, 2],
  };
  const [first, ...rest] = members.map((m) => memberLine(labels, m, bilingual));
  return { stack: first ? [...keepWithNext(title, first), ...rest] : [title] };
}

/** Items as a small table, or "Không có / គ្មាន". */
export function itemsTable(labels: Labels, items: readonly ItemLine[], bilingual = true): Content {
  if (items.length === 0) return biParagraph(labels['item.none'].vi, bilingual ? labels['item.none'].km : undefined, 12);
  const header: TableCell[] = [
    headerCell(labels['person.no'], bilingual),
    headerCell(labels['action.content'], bilingual),
    headerCell(labels['item.quantity'], bilingual),
    headerCell(labels['item.owner'], bilingual),
  ];
  const rows = items.map((item, i): TableCell[] => [
    { text: String(i + 1), style: 'tableCell', alignment: 'center' },
    biCell(bilingual ? item.description : { vi: item.description.vi }),
    item.quantity ? biCell(bilingual ? item.quantity : { vi: item.quantity.vi }) : { text: '' },
    item.owner ? biCell(bilingual ? item.owner : { vi: item.owner.vi }) : { text: '' },
  ]);
  return { table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths: [24, '*', 56, 110], body: [header, ...rows] }, layout: GRID, margin: [0, 2, 0, 6] };
}

/** Copies/languages clause and closing time (with its date when the meeting ended on a later day). */
export function closingClauses(labels: Labels, copies: number, endTime: string | undefined, bilingual = true, endDate?: IsoDate): Content[] {
  if (!Number.isInteger(copies) || copies < 1) throw new Error(`copies must be a positive integer: ${copies}`);
  const each = Math.max(1, Math.floor(copies / 2));
  const clause = labels[bilingual ? 'clause.copies' : 'clause.copies.vi'];
  const out: Content[] = [];
  if (endTime) {
    const t = formatTime(labels, endTime);
    const closing = labels[endDate ? 'clause.closing.laterDay' : 'clause.closing'];
    const date = endDate ? { vi: numericDate(endDate), km: khmerDate(endDate) } : { vi: '', km: '' };
    out.push(biParagraph(fillLabel(closing.vi, { time: t.vi, date: date.vi }), bilingual ? fillLabel(closing.km, { time: t.km, date: date.km }) : undefined));
  }
  out.push(biParagraph(fillLabel(clause.vi, { copies, each }), bilingual ? fillLabel(clause.km, { copies: toKhmerDigits(copies), each: toKhmerDigits(each) }) : undefined));
  return out;
}

export function headOf(members: readonly DelegationMember[]): DelegationMember | undefined {
  return members.find((m) => m.role === 'head') ?? members.find((m) => m.role !== 'interpreter');
}

export function signatoryTitle(member: DelegationMember | undefined): string | undefined {
  if (!member) return undefined;
  return [member.rank, member.position].filter(Boolean).join(', ') || undefined;
}

/** Counts as printed in the statements: Vietnamese digits, Khmer digits. */
export function counts(total: number, children: number) {
  return { vi: { count: total, children }, km: { count: toKhmerDigits(total), children: toKhmerDigits(children) } };
}

/** Copies/languages clause, both heads of delegation's signature blocks and the QR check, kept on one page. */
export function bilateralClosing(labels: Labels, delegations: Delegations, number: string, hash: string, copies = 2, endTime?: string, endDate?: IsoDate): Content {
  return {
    stack: [
      ...closingClauses(labels, copies, endTime, true, endDate),
      signatureBlocks(labels, [
        { heading: labels['signature.VN'], name: headOf(delegations.VN)?.name ?? '', title: signatoryTitle(headOf(delegations.VN)) },
        { heading: labels['signature.KH'], name: headOf(delegations.KH)?.name ?? '', title: signatoryTitle(headOf(delegations.KH)) },
      ]),
      verificationBlock(labels, number, hash),
    ],
    unbreakable: true,
  };
}
