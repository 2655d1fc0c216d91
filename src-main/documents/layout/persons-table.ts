/**
 * The list of persons handed over: one row per person, header rows repeated on every page, children
 * marked visibly (shaded row, ● and the word "Trẻ em / កុមារ") so a child is never missed on paper.
 */
import type { Content, TableCell } from '../pdf/definition.js';
import type { Labels } from '../labels/default-labels.js';
import { fillLabel } from '../labels/default-labels.js';
import { type Bilingual, GRID, biCell, headerCell } from './blocks.js';
import { ageAt } from '../../../src-shared/people/age.js';
import { type IsoDate, numericDate, toKhmerDigits } from './dates.js';

export type Sex = 'male' | 'female' | 'other' | 'unknown';

/** Birth data as records hold it: a full date, a year, or an estimated age ("about 16"). */
export type Birth = { date: IsoDate } | { year: number } | { estimatedAge: number } | { unknown: true };

export interface PersonRow {
  fullName: string;
  /** Name in Khmer script, when known. */
  nameKhmer?: string;
  otherName?: string;
  sex: Sex;
  birth: Birth;
  nationality: Bilingual;
  homeAddress: string;
  identityDocument?: string;
  remarks?: string;
}

/** Age in whole years on the event date (estimated ages are taken as given). */
export function ageOn(birth: Birth, eventDate: IsoDate): number | undefined {
  // The same conservative age as everywhere else (reference/age.ts): a year alone counts the younger age.
  if ('date' in birth) return ageAt({ exact: birth.date }, eventDate)?.years;
  if ('year' in birth) return ageAt({ year: birth.year }, eventDate)?.years;
  if ('estimatedAge' in birth) return birth.estimatedAge;
  return undefined;
}

/** Minor status is computed at the event date, never stored. A birth year alone counts the younger age. */
export function isChildOn(birth: Birth, eventDate: IsoDate): boolean {
  const age = ageOn(birth, eventDate);
  return age !== undefined && age < 18;
}

export function describeBirth(labels: Labels, birth: Birth, eventDate: IsoDate): Bilingual {
  const age = ageOn(birth, eventDate);
  const years = (n: number): Bilingual => ({ vi: fillLabel(labels['age.years'].vi, { n }), km: fillLabel(labels['age.years'].km, { n: toKhmerDigits(n) }) });
  if ('date' in birth) {
    const y = years(age!);
    return { vi: `${numericDate(birth.date)} (${y.vi})`, km: y.km };
  }
  if ('year' in birth) {
    return { vi: fillLabel(labels['age.bornIn'].vi, { year: birth.year }), km: fillLabel(labels['age.bornIn'].km, { year: toKhmerDigits(birth.year) }) };
  }
  if ('estimatedAge' in birth) {
    return { vi: fillLabel(labels['age.about'].vi, { n: birth.estimatedAge }), km: fillLabel(labels['age.about'].km, { n: toKhmerDigits(birth.estimatedAge) }) };
  }
  return { vi: labels['sex.unknown'].vi, km: labels['sex.unknown'].km };
}

const CHILD_FILL = '#e3e3e3';

export interface PersonsTableOptions {
  eventDate: IsoDate;
  bilingual?: boolean;
}

export function personsTable(labels: Labels, persons: readonly PersonRow[], { eventDate, bilingual = true }: PersonsTableOptions): Content {
  const h = (key: keyof Labels) => headerCell(labels[key], bilingual);
  // The other name shares the name cell, in brackets: the address column needs the width more.
  const name = labels['person.fullName'];
  const other = labels['person.otherName'];
  const header: TableCell[] = [
    h('person.no'),
    headerCell({ vi: `${name.vi} (${other.vi.toLocaleLowerCase('vi')})`, km: `${name.km} (${other.km})` }, bilingual),
    h('person.sex'),
    h('person.birth'),
    h('person.nationality'),
    h('person.homeAddress'),
    h('person.identityDocument'),
    h('person.remarks'),
  ];
  const km = (value: Bilingual): Bilingual => (bilingual ? value : { vi: value.vi });
  const body = persons.map((person, index): TableCell[] => {
    const child = isChildOn(person.birth, eventDate);
    const fillColor = child ? CHILD_FILL : undefined;
    const fill = fillColor ? { fillColor } : {};
    const childMark: Content[] = child
      ? [{ text: `● ${labels['person.child'].vi}`, bold: true, style: 'tableCell' }, ...(bilingual ? [{ text: labels['person.child'].km, style: 'tableCellKm' }] : [])]
      : [];
    const sex = labels[`sex.${person.sex}`];
    return [
      { text: String(index + 1), style: 'tableCell', alignment: 'center', ...fill },
      {
        stack: [
          { text: person.fullName, style: 'tableCell', bold: true },
          ...(bilingual && person.nameKhmer ? [{ text: person.nameKhmer, style: 'tableCellKm' }] : []),
          ...(person.otherName ? [{ text: `(${person.otherName})`, style: 'tableCell' }] : []),
        ],
        ...fill,
      },
      biCell(km({ vi: sex.vi, km: sex.km }), { fillColor }),
      biCell(km(describeBirth(labels, person.birth, eventDate)), { fillColor }),
      biCell(km(person.nationality), { fillColor }),
      { text: person.homeAddress, style: 'tableCell', ...fill },
      { text: person.identityDocument ?? '', style: 'tableCell', ...fill },
      { stack: [...childMark, ...(person.remarks ? [{ text: person.remarks, style: 'tableCell' }] : [])], ...fill },
    ];
  });
  const hasChildren = persons.some((p) => isChildOn(p.birth, eventDate));
  return {
    stack: [
      {
        table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths: [20, 96, 30, 52, 48, '*', 64, 48], body: [header, ...body] },
        layout: GRID,
      },
      ...(hasChildren
        ? [
            {
              text: [labels['person.childLegend'].vi, ...(bilingual ? [' — ', { text: labels['person.childLegend'].km }] : [])],
              style: 'small',
              margin: [0, 2, 0, 0] as [number, number, number, number],
            },
          ]
        : []),
    ],
    margin: [0, 2, 0, 8],
  };
}
