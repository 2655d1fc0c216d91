/**
 * (a) Biên bản giao, nhận nạn nhân — bilingual minutes signed at the gate when victims are handed over.
 * Vietnamese victims received from Cambodia (`receive`) or Cambodian victims handed back (`handover`).
 */
import { contentHash } from '../content-hash.js';
import type { Content, DocumentDefinition } from '../pdf/definition.js';
import { type Labels, fillLabel } from '../labels/default-labels.js';
import { type Bilingual, biHeading, biParagraph, headedTable, keepWithNext } from '../layout/blocks.js';
import { type IsoDate, khmerDate, numericDate } from '../layout/dates.js';
import { type OfficeProfile, bilingualHeader, bilingualTitle, documentNumber } from '../layout/headers.js';
import { officialDocument } from '../layout/page.js';
import { type PersonRow, isChildOn, personsTable } from '../layout/persons-table.js';
import { type Delegations, type ItemLine, type PrintOptions, bilateralClosing, counts, delegationBlock, formatTime, gatePhrase, itemsTable } from './common.js';

export interface VictimHandoverInput {
  /** Sequence in the register for minutes (BB) of this year. */
  number: number;
  date: IsoDate;
  /** `receive`: Cambodia hands Vietnamese victims to Vietnam; `handover`: Vietnam hands Cambodian victims back. */
  direction: 'receive' | 'handover';
  startTime: string;
  endTime?: string;
  gate: Bilingual;
  /** Where at the gate, as typed in the case ("Nhà chờ số 2"); printed after the gate's name. */
  placeNote?: Bilingual;
  /** Clauses added after the Agreement and the SOP (e.g. a diplomatic note). */
  legalBasis?: Bilingual[];
  delegations: Delegations;
  persons: PersonRow[];
  documents: ItemLine[];
  belongings: ItemLine[];
  healthStatus: Bilingual;
  /** Default 2: one per side. */
  copies?: number;
}

export const VICTIM_HANDOVER_TYPE_CODE = 'BB';

export function buildVictimHandover(input: VictimHandoverInput, labels: Labels, office: OfficeProfile, print: PrintOptions = {}): DocumentDefinition {
  const number = documentNumber(input.number, VICTIM_HANDOVER_TYPE_CODE, office.code);
  const children = input.persons.filter((p) => isChildOn(p.birth, input.date)).length;
  const n = counts(input.persons.length, children);
  const time = formatTime(labels, input.startTime);
  const gate = gatePhrase(labels, input.gate, input.placeNote);
  const title = labels[`title.victimHandover.${input.direction}`];
  const statement = labels[`handover.statement.${input.direction}`];
  const basis: Bilingual[] = [
    { vi: labels['legal.agreement'].vi, km: labels['legal.agreement'].km },
    { vi: labels['legal.sop'].vi, km: labels['legal.sop'].km },
    ...(input.legalBasis ?? []),
  ];

  const content: Content[] = [
    bilingualHeader(labels, { office, number, date: input.date }),
    bilingualTitle(title.vi, title.km),
    biHeading('1', labels['section.legalBasis']),
    ...basis.map((clause) => biParagraph(`- ${clause.vi}`, clause.km ? `- ${clause.km}` : undefined, 8)),
    biParagraph(
      fillLabel(labels['handover.opening'].vi, { time: time.vi, date: numericDate(input.date), gate: gate.vi }),
      fillLabel(labels['handover.opening'].km, { time: time.km, date: khmerDate(input.date), gate: gate.km }),
    ),
    delegationBlock(labels, 'VN', input.delegations.VN, 'a'),
    delegationBlock(labels, 'KH', input.delegations.KH, 'b'),
    ...keepWithNext(biHeading('2', labels['section.persons']), biParagraph(fillLabel(statement.vi, n.vi), fillLabel(statement.km, n.km))),
    personsTable(labels, input.persons, { eventDate: input.date }),
    ...headedTable(biHeading('3', labels['section.documents']), itemsTable(labels, input.documents), input.documents.length),
    ...headedTable(biHeading('4', labels['section.belongings']), itemsTable(labels, input.belongings), input.belongings.length),
    ...keepWithNext(biHeading('5', labels['section.health']), biParagraph(input.healthStatus.vi, input.healthStatus.km)),
    ...keepWithNext(
      biHeading('6', labels['section.identityCheck']),
      biParagraph(fillLabel(labels['handover.identityCheck'].vi, n.vi), fillLabel(labels['handover.identityCheck'].km, n.km)),
    ),
    bilateralClosing(labels, input.delegations, number, contentHash(input), input.copies, input.endTime),
  ];
  return officialDocument(content, { copyMark: print.copy ? labels['doc.copyMark'] : undefined, title: `${title.vi} ${number}` });
}
