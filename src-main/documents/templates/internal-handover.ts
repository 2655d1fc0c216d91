/**
 * (d) Biên bản bàn giao — internal minutes, Vietnamese only: the border-gate Border Guard station hands the
 * received victims and their dossier to the provincial police. Decree 30 layout throughout.
 */
import { contentHash } from '../content-hash.js';
import type { Content, DocumentDefinition } from '../pdf/definition.js';
import { type Labels, fillLabel } from '../labels/default-labels.js';
import { biHeading, biParagraph, headedTable, keepWithNext } from '../layout/blocks.js';
import { type IsoDate, numericDate } from '../layout/dates.js';
import { type OfficeProfile, bilingualTitle, documentNumber, vietnameseHeader } from '../layout/headers.js';
import { officialDocument } from '../layout/page.js';
import { type PersonRow, isChildOn, personsTable } from '../layout/persons-table.js';
import { signatureBlocks, verificationBlock } from '../layout/signatures.js';
import { type DelegationMember, type ItemLine, type PrintOptions, closingClauses, formatTime, headOf, itemsTable, signatoryTitle } from './common.js';

export interface InternalParty {
  unit: string;
  members: DelegationMember[];
}

export interface InternalHandoverInput {
  number: number;
  date: IsoDate;
  startTime: string;
  endTime?: string;
  place: string;
  /** Number of the bilingual minutes under which the victims were received. */
  reference: string;
  giver: InternalParty;
  receiver: InternalParty;
  persons: PersonRow[];
  documents: ItemLine[];
  belongings: ItemLine[];
  healthStatus: string;
  copies?: number;
}

export const INTERNAL_HANDOVER_TYPE_CODE = 'BB';

function party(labels: Labels, letter: string, heading: string, p: InternalParty): Content {
  const title: Content = { text: [{ text: `${letter}) ${heading}: `, bold: true }, p.unit], style: 'bodyViOnly', headlineLevel: 1, margin: [0, 2, 0, 2] };
  const [first, ...rest] = p.members.map((m): Content => ({
    text: [
      '- ',
      { text: m.name, bold: true },
      [m.rank, m.position].filter(Boolean).length ? `, ${[m.rank, m.position].filter(Boolean).join(', ')}` : '',
      m.role === 'head' ? ` — ${labels['role.head'].vi}` : '',
    ],
    style: 'bodyViOnly',
    margin: [12, 0, 0, 1],
    unbreakable: true,
  }));
  return { stack: first ? [...keepWithNext(title, first), ...rest] : [title] };
}

export function buildInternalHandover(input: InternalHandoverInput, labels: Labels, office: OfficeProfile, print: PrintOptions = {}): DocumentDefinition {
  const number = documentNumber(input.number, INTERNAL_HANDOVER_TYPE_CODE, office.code);
  const children = input.persons.filter((p) => isChildOn(p.birth, input.date)).length;
  const time = formatTime(labels, input.startTime);
  const title = labels['title.internalHandover'];
  const vi = (text: string) => biParagraph(text, undefined, 0, 'bodyViOnly');

  const content: Content[] = [
    vietnameseHeader(labels, { office, number, date: input.date }),
    bilingualTitle(title.vi, undefined, labels['title.internalHandover.subject'].vi),
    vi(fillLabel(labels['internal.opening'].vi, { time: time.vi, date: numericDate(input.date), place: input.place })),
    party(labels, 'a', labels['internal.giver'].vi, input.giver),
    party(labels, 'b', labels['internal.receiver'].vi, input.receiver),
    ...keepWithNext(
      biHeading('1', labels['section.persons'], false),
      vi(fillLabel(labels['internal.statement'].vi, { giver: input.giver.unit, receiver: input.receiver.unit, count: input.persons.length, children, reference: input.reference })),
    ),
    personsTable(labels, input.persons, { eventDate: input.date, bilingual: false }),
    ...headedTable(biHeading('2', labels['section.documents'], false), itemsTable(labels, input.documents, false), input.documents.length),
    ...headedTable(biHeading('3', labels['section.belongings'], false), itemsTable(labels, input.belongings, false), input.belongings.length),
    ...keepWithNext(biHeading('4', labels['section.health'], false), vi(input.healthStatus)),
    {
      stack: [
        ...closingClauses(labels, input.copies ?? 2, input.endTime, false),
        signatureBlocks(
          labels,
          [
            { heading: labels['signature.giver'], name: headOf(input.giver.members)?.name ?? '', title: signatoryTitle(headOf(input.giver.members)) },
            { heading: labels['signature.receiver'], name: headOf(input.receiver.members)?.name ?? '', title: signatoryTitle(headOf(input.receiver.members)) },
          ],
          false,
        ),
        verificationBlock(labels, number, contentHash(input), false),
      ],
      unbreakable: true,
    },
  ];
  return officialDocument(content, { copyMark: print.copy ? labels['doc.copyMark'] : undefined, title: `${title.vi} ${number}`, language: 'vi' });
}
