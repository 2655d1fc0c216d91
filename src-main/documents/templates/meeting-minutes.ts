/** (b) Biên bản hội đàm — bilingual minutes of a cross-border meeting, printed from the meeting record. */
import { EXCHANGE_TOPICS, type MeetingMinutesContent } from '../../../src-shared/documents/inputs.js';
import { contentHash } from '../content-hash.js';
import type { Content, DocumentDefinition, TableCell } from '../pdf/definition.js';
import { type Labels, fillLabel } from '../labels/default-labels.js';
import { GRID, biCell, biField, biHeading, biParagraph, headedTable, headerCell, keepWithNext } from '../layout/blocks.js';
import { khmerDate, numericDate } from '../layout/dates.js';
import { type OfficeProfile, bilingualHeader, bilingualTitle, documentNumber } from '../layout/headers.js';
import { SIZE, officialDocument } from '../layout/page.js';
import { type PrintOptions, bilateralClosing, delegationBlock, formatTime, sideLabel } from './common.js';

export { EXCHANGE_TOPICS, type ExchangeTopic, type MeetingLevel, type MeetingType } from '../../../src-shared/documents/inputs.js';

/** The meeting record's printable fields (src-shared/documents/inputs.ts) and the register sequence. */
export type MeetingMinutesInput = MeetingMinutesContent & { number: number };

export const MEETING_TYPE_CODE = 'BB';

/** "Phía Campuchia" → "phía Campuchia" inside a sentence: only the first letter, never the proper name. */
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/**
 * What the bilingual minutes print: confidential information items are left out (their text never reaches the
 * other side's copy), so they play no part in the content hash either — changing one does not make a new document.
 */
export function meetingMinutesPrinted<T extends Pick<MeetingMinutesInput, 'exchanges'>>(input: T): T {
  return { ...input, exchanges: input.exchanges.filter((item) => item.sensitivity !== 'confidential') };
}

export function buildMeetingMinutes(record: MeetingMinutesInput, labels: Labels, office: OfficeProfile, print: PrintOptions = {}): DocumentDefinition {
  const input = meetingMinutesPrinted(record);
  const number = documentNumber(input.number, MEETING_TYPE_CODE, office.code);
  const time = formatTime(labels, input.startTime);
  const host = sideLabel(labels, input.host);
  const title = labels['title.meeting'];
  const type = labels[`meeting.type.${input.type}`];
  const level = labels[`meeting.level.${input.level}`];

  const exchanges: Content[] = EXCHANGE_TOPICS.filter((topic) => input.exchanges.some((e) => e.topic === topic)).flatMap((topic) => {
    const label: Content = {
      text: [{ text: `- ${labels[`topic.${topic}`].vi}`, bold: true }, ' / ', { text: labels[`topic.${topic}`].km, fontSize: SIZE.bodyKm }, ':'],
      style: 'body',
      headlineLevel: 1,
      margin: [8, 3, 0, 2],
    };
    const [first, ...rest] = input.exchanges
      .filter((e) => e.topic === topic)
      .map((e) => {
        const side = sideLabel(labels, e.direction === 'given' ? 'VN' : 'KH');
        // "Phía Campuchia: Phía Campuchia thông báo…" — the side is named once when the text already starts with it.
        const said = (name: string, text: string, colon: string) => (text.toLocaleLowerCase('vi').startsWith(name.toLocaleLowerCase('vi')) ? text : `${name}${colon} ${text}`);
        return biParagraph(said(side.vi, e.summary.vi, ':'), e.summary.km ? said(side.km, e.summary.km, '៖') : undefined, 16);
      });
    return [...keepWithNext(label, first), ...rest];
  });
  const agenda = input.agenda.map((item, i) => biParagraph(`${i + 1}. ${item.vi}`, item.km ? `${i + 1}. ${item.km}` : undefined, 8));
  /** A section heading with the first block under it (or alone when the section is empty). */
  const section = (heading: Content, blocks: Content[]) => (blocks.length ? [...keepWithNext(heading, blocks[0]), ...blocks.slice(1)] : [heading]);

  const actionRows = input.actions.map((a, i): TableCell[] => {
    const side = sideLabel(labels, a.ownerSide);
    return [
      { text: String(i + 1), style: 'tableCell', alignment: 'center' },
      biCell(a.text),
      biCell({ vi: side.vi, km: side.km }),
      biCell(a.owner),
      a.due ? biCell({ vi: numericDate(a.due), km: khmerDate(a.due) }) : { text: '' },
    ];
  });

  const content: Content[] = [
    bilingualHeader(labels, { office, number, date: input.date }),
    bilingualTitle(title.vi, title.km),
    biField(labels['meeting.type'], `${type.vi} / ${type.km}`),
    biField(labels['meeting.level'], `${level.vi} / ${level.km}`),
    biField(labels['meeting.counterpart'], input.counterpart.km ? `${input.counterpart.vi} / ${input.counterpart.km}` : input.counterpart.vi),
    biParagraph(
      fillLabel(labels['meeting.opening'].vi, { time: time.vi, date: numericDate(input.date), place: input.place.vi, host: lowerFirst(host.vi) }),
      fillLabel(labels['meeting.opening'].km, { time: time.km, date: khmerDate(input.date), place: input.place.km ?? input.place.vi, host: host.km }),
    ),
    delegationBlock(labels, 'VN', input.delegations.VN, 'a'),
    delegationBlock(labels, 'KH', input.delegations.KH, 'b'),
    ...section(biHeading('1', labels['section.agenda']), agenda),
    ...section(biHeading('2', labels['section.exchange']), exchanges),
    ...headedTable(
      biHeading('3', labels['section.actions']),
      {
        table: {
          headerRows: 1,
          keepWithHeaderRows: 1,
          dontBreakRows: true,
          widths: [24, '*', 58, 90, 70],
          body: [
            [
              headerCell(labels['person.no']),
              headerCell(labels['action.content']),
              headerCell(labels['action.side']),
              headerCell(labels['action.who']),
              headerCell(labels['action.due']),
            ],
            ...actionRows,
          ],
        },
        layout: GRID,
        margin: [0, 2, 0, 8],
      },
      actionRows.length,
    ),
    bilateralClosing(labels, input.delegations, number, contentHash(input), input.copies, input.endTime, input.endDate !== input.date ? input.endDate : undefined),
  ];
  return officialDocument(content, { copyMark: print.copy ? labels['doc.copyMark'] : undefined, title: `${title.vi} ${number}` });
}
