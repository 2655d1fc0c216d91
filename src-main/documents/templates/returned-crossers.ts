/** (c) Biên bản bàn giao người xuất cảnh, nhập cảnh trái phép — bilingual, persons returned after an illegal crossing. */
import { contentHash } from '../content-hash.js';
import type { Content, DocumentDefinition } from '../pdf/definition.js';
import { type Labels, fillLabel } from '../labels/default-labels.js';
import { type Bilingual, biField, biHeading, biParagraph, headedTable } from '../layout/blocks.js';
import { type IsoDate, khmerDate, numericDate } from '../layout/dates.js';
import { type OfficeProfile, bilingualHeader, bilingualTitle, documentNumber } from '../layout/headers.js';
import { officialDocument } from '../layout/page.js';
import { type PersonRow, isChildOn, personsTable } from '../layout/persons-table.js';
import {
  type Delegations, type ItemLine, type PrintOptions,
  bilateralClosing, counts, delegationBlock, formatTime, gatePhrase, itemsTable,
} from './common.js';

export interface ReturnedCrossersInput {
  number: number;
  date: IsoDate;
  /** `toKH`: Vietnam returns people who entered illegally; `toVN`: Cambodia returns Vietnamese citizens. */
  direction: 'toKH' | 'toVN';
  startTime: string;
  endTime?: string;
  gate: Bilingual;
  /** Where at the gate, as recorded; printed after the gate's name. */
  placeNote?: Bilingual;
  delegations: Delegations;
  interception: {
    unit: Bilingual;
    date: IsoDate;
    time?: string;
    place: Bilingual;
    borderMarker?: string;
    description?: Bilingual;
  };
  persons: PersonRow[];
  documents: ItemLine[];
  belongings: ItemLine[];
  /** Result of the trafficking-indicator screening; defaults to the "no indication" label. */
  screening?: Bilingual;
  copies?: number;
}

export const RETURNED_CROSSERS_TYPE_CODE = 'BB';

export function buildReturnedCrossers(input: ReturnedCrossersInput, labels: Labels, office: OfficeProfile, print: PrintOptions = {}): DocumentDefinition {
  const number = documentNumber(input.number, RETURNED_CROSSERS_TYPE_CODE, office.code);
  const children = input.persons.filter((p) => isChildOn(p.birth, input.date)).length;
  const n = counts(input.persons.length, children);
  const time = formatTime(labels, input.startTime);
  const gate = gatePhrase(labels, input.gate, input.placeNote);
  const title = labels['title.returnedCrossers'];
  const statement = labels[input.direction === 'toKH' ? 'crossing.statement' : 'crossing.statement.toVN'];
  const where = input.interception;
  const when = where.time ? formatTime(labels, where.time) : undefined;
  const screening = input.screening ?? { vi: labels['crossing.screening'].vi, km: labels['crossing.screening'].km };

  const content: Content[] = [
    bilingualHeader(labels, { office, number, date: input.date }),
    bilingualTitle(title.vi, title.km),
    biParagraph(
      fillLabel(labels['handover.opening'].vi, { time: time.vi, date: numericDate(input.date), gate: gate.vi }),
      fillLabel(labels['handover.opening'].km, { time: time.km, date: khmerDate(input.date), gate: gate.km }),
    ),
    delegationBlock(labels, 'VN', input.delegations.VN, 'a'),
    delegationBlock(labels, 'KH', input.delegations.KH, 'b'),
    biHeading('1', labels['section.circumstances']),
    biField(labels['crossing.unit'], where.unit.km ? `${where.unit.vi} / ${where.unit.km}` : where.unit.vi),
    biField(labels['person.interception'], `${when ? `${when.vi}, ` : ''}${numericDate(where.date)} — ${where.place.vi}`),
    ...(where.place.km ? [biParagraph(`${where.place.km}, ${when ? `${when.km} ` : ''}${khmerDate(where.date)}`, undefined, 12)] : []),
    ...(where.borderMarker ? [biField(labels['crossing.marker'], where.borderMarker)] : []),
    ...(where.description ? [biParagraph(where.description.vi, where.description.km)] : []),
    biParagraph(screening.vi, screening.km),
    biHeading('2', labels['section.persons']),
    biParagraph(fillLabel(statement.vi, n.vi), fillLabel(statement.km, n.km)),
    personsTable(labels, input.persons, { eventDate: input.date }),
    ...headedTable(biHeading('3', labels['section.documents']), itemsTable(labels, input.documents), input.documents.length),
    ...headedTable(biHeading('4', labels['section.belongings']), itemsTable(labels, input.belongings), input.belongings.length),
    biHeading('5', labels['section.identityCheck']),
    biParagraph(fillLabel(labels['handover.identityCheck'].vi, n.vi), fillLabel(labels['handover.identityCheck'].km, n.km)),
    bilateralClosing(labels, input.delegations, number, contentHash(input), input.copies, input.endTime),
  ];
  return officialDocument(content, { copyMark: print.copy ? labels['doc.copyMark'] : undefined, title: `${title.vi} ${number}` });
}
