/** (c) Biên bản bàn giao người xuất cảnh, nhập cảnh trái phép — bilingual, persons returned after an illegal crossing. */
import { contentHash } from '../content-hash.js';
import type { Content, DocumentDefinition } from '../pdf/definition.js';
import { type Labels, fillLabel } from '../labels/default-labels.js';
import { biField, biHeading, biParagraph, headedTable, keepWithNext } from '../layout/blocks.js';
import { khmerDate, numericDate } from '../layout/dates.js';
import { type OfficeProfile, bilingualHeader, bilingualTitle, documentNumber } from '../layout/headers.js';
import { officialDocument } from '../layout/page.js';
import { type PersonRow, isChildOn, personsTable } from '../layout/persons-table.js';
import type { ReturnedCrossersContent } from '../../../src-shared/documents/inputs.js';
import { type PrintOptions, bilateralClosing, counts, delegationBlock, formatTime, gatePhrase, itemsTable } from './common.js';

/** The interception record's printable fields for the persons returned (src-shared/documents/inputs.ts) and the register sequence. */
export type ReturnedCrossersInput = ReturnedCrossersContent & { number: number };

/** A returned person as a row of the persons table: identity documents carried on one line. */
function personRow(person: ReturnedCrossersInput['persons'][number]): PersonRow {
  const documents = person.identityDocuments.map((doc) => [doc.type, doc.number].filter(Boolean).join(' ')).join('; ');
  return { ...person, identityDocument: documents || undefined };
}

/** "10,6012° N, 104,4789° E" — Vietnamese decimal comma, as typed on the record. */
const degrees = (value: number, positive: string, negative: string) => `${Math.abs(value).toLocaleString('vi', { maximumFractionDigits: 6 })}° ${value < 0 ? negative : positive}`;

export const RETURNED_CROSSERS_TYPE_CODE = 'BB';

export function buildReturnedCrossers(input: ReturnedCrossersInput, labels: Labels, office: OfficeProfile, print: PrintOptions = {}): DocumentDefinition {
  const number = documentNumber(input.number, RETURNED_CROSSERS_TYPE_CODE, office.code);
  const children = input.persons.filter((p) => isChildOn(p.birth, input.date)).length;
  const n = counts(input.persons.length, children);
  const time = formatTime(labels, input.startTime);
  const gate = gatePhrase(labels, input.gate, input.placeNote);
  const title = labels['title.returnedCrossers'];
  const statement = labels[input.handover === 'toKH' ? 'crossing.statement' : 'crossing.statement.toVN'];
  const where = input.interception;
  const when = where.time ? formatTime(labels, where.time) : undefined;
  const screening = input.screening ?? { vi: labels['crossing.screening'].vi, km: labels['crossing.screening'].km };
  const heading = labels[`crossing.direction.${where.direction}`];
  const method = where.method ? labels[`crossing.method.${where.method}`] : undefined;
  const bi = (label: { vi: string; km?: string }) => (label.km ? `${label.vi} / ${label.km}` : label.vi);

  const content: Content[] = [
    bilingualHeader(labels, { office, number, date: input.date }),
    bilingualTitle(title.vi, title.km),
    biParagraph(
      fillLabel(labels['handover.opening'].vi, { time: time.vi, date: numericDate(input.date), gate: gate.vi }),
      fillLabel(labels['handover.opening'].km, { time: time.km, date: khmerDate(input.date), gate: gate.km }),
    ),
    delegationBlock(labels, 'VN', input.delegations.VN, 'a'),
    delegationBlock(labels, 'KH', input.delegations.KH, 'b'),
    ...keepWithNext(biHeading('1', labels['section.circumstances']), { stack: [biField(labels['crossing.unit'], bi(where.unit))], unbreakable: true }),
    biField(labels['person.interception'], `${when ? `${when.vi}, ` : ''}${numericDate(where.date)} — ${where.place.vi}`),
    ...(where.place.km ? [biParagraph(`${where.place.km}, ${when ? `${when.km} ` : ''}${khmerDate(where.date)}`, undefined, 12)] : []),
    biField(labels['crossing.direction'], method ? `${bi(heading)}; ${bi(method)}` : bi(heading)),
    ...(where.borderMarker ? [biField(labels['crossing.marker'], where.borderMarker)] : []),
    ...(where.coordinates ? [biField(labels['crossing.coordinates'], `${degrees(where.coordinates.lat, 'N', 'S')}, ${degrees(where.coordinates.lon, 'E', 'W')}`)] : []),
    ...(where.description ? [biParagraph(where.description.vi, where.description.km)] : []),
    biParagraph(screening.vi, screening.km),
    ...keepWithNext(biHeading('2', labels['section.persons']), biParagraph(fillLabel(statement.vi, n.vi), fillLabel(statement.km, n.km))),
    personsTable(labels, input.persons.map(personRow), { eventDate: input.date }),
    ...headedTable(biHeading('3', labels['section.documents']), itemsTable(labels, input.documents), input.documents.length),
    ...headedTable(biHeading('4', labels['section.belongings']), itemsTable(labels, input.belongings), input.belongings.length),
    ...keepWithNext(
      biHeading('5', labels['section.identityCheck']),
      biParagraph(fillLabel(labels['handover.identityCheck'].vi, n.vi), fillLabel(labels['handover.identityCheck'].km, n.km)),
    ),
    bilateralClosing(labels, input.delegations, number, contentHash(input), input.copies, input.endTime),
  ];
  return officialDocument(content, { copyMark: print.copy ? labels['doc.copyMark'] : undefined, title: `${title.vi} ${number}` });
}
