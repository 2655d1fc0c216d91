/**
 * Báo cáo kết quả hội đàm — the internal report of one cross-border meeting to superiors, Vietnamese only, in
 * Decree 30 layout: I. participants, time and place; II. information exchanged by topic and direction;
 * III. results and agreed actions with their status; IV. proposals (what needs direction); recipients and the
 * commander's signature.
 *
 * Confidential information items: the report goes up the chain, not to the other side, so it may carry them.
 * They are printed only when the print request allows it (the meetings engine decides from the officer's
 * roles); each is marked "MẬT" and the document then carries the Decree 30 "MẬT" stamp under its number.
 * Whatever is printed is hashed: a report with the confidential items is a different document (and number)
 * from one without them. Left out, they play no part in the hash, as in the minutes.
 */
import { ACTION_STATUSES, EXCHANGE_TOPICS, type MeetingReportContent } from '../../../src-shared/documents/inputs.js';
import { contentHash } from '../content-hash.js';
import type { Content, DocumentDefinition, TableCell } from '../pdf/definition.js';
import { type Labels, fillLabel } from '../labels/default-labels.js';
import { GRID, biField, biHeading, biParagraph, headedTable, headerCell, keepWithNext, unbrokenNumbers } from '../layout/blocks.js';
import { numericDate } from '../layout/dates.js';
import { type OfficeProfile, bilingualTitle, documentNumber, vietnameseHeader } from '../layout/headers.js';
import { officialDocument } from '../layout/page.js';
import { officialSignature, recipientsBlock, verificationBlock } from '../layout/signatures.js';
import { type DelegationMember, type PrintOptions, formatTime, headOf, sideLabel } from './common.js';

/** The report's printable fields and the register sequence. */
export type MeetingReportInput = MeetingReportContent & { number: number };

/** Decree 30 (Annex III): "BC" is the abbreviation of báo cáo. A register sequence of its own. */
export const MEETING_REPORT_TYPE_CODE = 'BC';

/** What the report prints: confidential items only when allowed (see the file comment). */
export function meetingReportPrinted<T extends Pick<MeetingReportInput, 'exchanges'>>(input: T, includeConfidential: boolean): T {
  return includeConfidential ? input : { ...input, exchanges: input.exchanges.filter((item) => item.sensitivity !== 'confidential') };
}

const vi = (text: string, indent = 0) => biParagraph(text, undefined, indent, 'bodyViOnly');

/** "Thượng tá Nguyễn Văn Thắng, Trưởng Văn phòng …" */
const described = (member: DelegationMember) => [[member.rank, member.name].filter(Boolean).join(' '), member.position].filter(Boolean).join(', ');

/** A section heading in Roman numerals, kept with the first block under it. */
function section(numeral: string, label: Labels[keyof Labels], blocks: Content[]): Content[] {
  const heading = biHeading(numeral, label, false);
  return blocks.length ? [...keepWithNext(heading, blocks[0]), ...blocks.slice(1)] : [heading];
}

export function buildMeetingReport(input: MeetingReportInput, labels: Labels, office: OfficeProfile, print: PrintOptions = {}): DocumentDefinition {
  const number = documentNumber(input.number, MEETING_REPORT_TYPE_CODE, office.code);
  const confidential = input.exchanges.some((e) => e.sensitivity === 'confidential');
  const officeName = office.issuingBody.vi.at(-1) ?? '';
  const title = labels['title.meetingReport'];
  const subject = fillLabel(labels['title.meetingReport.subject'].vi, { counterpart: input.counterpart.vi, date: numericDate(input.date) });

  const start = formatTime(labels, input.startTime).vi;
  const later = input.endDate && input.endDate !== input.date;
  const time = !input.endTime
    ? fillLabel(labels['report.time.from'].vi, { start, date: numericDate(input.date) })
    : later
      ? fillLabel(labels['report.time.laterDay'].vi, { start, date: numericDate(input.date), end: formatTime(labels, input.endTime).vi, endDate: numericDate(input.endDate!) })
      : fillLabel(labels['report.time.value'].vi, { start, end: formatTime(labels, input.endTime).vi, date: numericDate(input.date) });
  const host = fillLabel(labels['report.host'].vi, { host: sideLabel(labels, input.host).vi });
  const delegation = (side: 'VN' | 'KH') => {
    const members = input.delegations[side];
    const head = headOf(members);
    const values = { side: sideLabel(labels, side).vi, count: String(members.length).padStart(2, '0'), head: head ? described(head) : '' };
    return vi(`- ${fillLabel(labels[head ? 'report.delegation' : 'report.delegation.noHead'].vi, values)}`, 12);
  };
  const type = labels[`meeting.type.${input.type}`].vi;
  const level = labels[`meeting.level.${input.level}`].vi;

  const general: Content[] = [
    biField(labels['meeting.type'], `${type}; ${labels['meeting.level'].vi.toLocaleLowerCase('vi')}: ${level.toLocaleLowerCase('vi')}`, false),
    biField(labels['meeting.counterpart'], input.counterpart.vi, false),
    biField(labels['report.time'], time, false),
    biField(labels['report.place'], `${input.place.vi} (${host.charAt(0).toLocaleLowerCase('vi')}${host.slice(1)})`, false),
    ...keepWithNext(biField(labels['report.delegations'], '', false), delegation('VN')),
    delegation('KH'),
    ...(input.agenda.length ? keepWithNext(biField(labels['report.agenda'], '', false), vi(`${1}. ${input.agenda[0].vi}`, 12)) : []),
    ...input.agenda.slice(1).map((item, i) => vi(`${i + 2}. ${item.vi}`, 12)),
  ];

  const topics = EXCHANGE_TOPICS.filter((topic) => input.exchanges.some((e) => e.topic === topic));
  const exchanges: Content[] = topics.flatMap((topic, t) => {
    const label: Content = { text: `${t + 1}. ${labels[`topic.${topic}`].vi}`, bold: true, style: 'bodyViOnly', headlineLevel: 1, margin: [0, 3, 0, 2] };
    const [first, ...rest] = input.exchanges
      .filter((e) => e.topic === topic)
      .map((e): Content => {
        const side = sideLabel(labels, e.direction === 'given' ? 'VN' : 'KH').vi;
        const said = e.summary.vi.toLocaleLowerCase('vi').startsWith(side.toLocaleLowerCase('vi')) ? e.summary.vi : `${side}: ${e.summary.vi}`;
        const mark = e.sensitivity === 'confidential' ? [{ text: `[${labels['doc.confidential'].vi}] `, bold: true }] : [];
        return {
          text: ['- ', ...mark, unbrokenNumbers(said)].flat(),
          style: 'bodyViOnly',
          alignment: 'justify',
          margin: [12, 0, 0, 4],
          ...(said.length < 700 ? { unbreakable: true } : {}),
        };
      });
    return [...keepWithNext(label, first), ...rest];
  });

  const overdue = (a: MeetingReportInput['actions'][number]) => (a.status === 'open' || a.status === 'inProgress') && a.due !== undefined && a.due < input.reportDate;
  const counts = Object.fromEntries(ACTION_STATUSES.map((status) => [status, input.actions.filter((a) => a.status === status).length]));
  const actionRows = input.actions.map((a, i): TableCell[] => [
    { text: String(i + 1), style: 'tableCell', alignment: 'center' },
    { text: unbrokenNumbers(a.text.vi), style: 'tableCell' },
    { text: sideLabel(labels, a.ownerSide).vi, style: 'tableCell' },
    { text: a.owner.vi, style: 'tableCell' },
    { text: a.due ? numericDate(a.due) : '', style: 'tableCell', alignment: 'center' },
    // Overdue at the report date (still open or in progress past its due date): in bold, for the reader to see first.
    { text: labels[`action.status.${a.status}`].vi, style: 'tableCell', bold: overdue(a) },
  ]);
  const actionsTable: Content = {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: [24, '*', 62, 84, 62, 66],
      body: [
        [
          headerCell(labels['person.no'], false),
          headerCell(labels['action.content'], false),
          headerCell(labels['action.side'], false),
          headerCell(labels['action.who'], false),
          headerCell(labels['action.due'], false),
          headerCell(labels['action.status'], false),
        ],
        ...actionRows,
      ],
    },
    layout: GRID,
    margin: [0, 2, 0, 6],
  };

  const summary = vi(fillLabel(labels['report.actionsSummary'].vi, { count: input.actions.length, ...counts }));
  const results = actionRows.length ? headedTable(summary, actionsTable, actionRows.length) : [summary];

  const proposals = input.proposals
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

  const content: Content[] = [
    vietnameseHeader(labels, { office, number, date: input.reportDate, secrecyMark: confidential ? labels['doc.confidential'].vi : undefined }),
    bilingualTitle(title.vi, undefined, subject),
    vi(fillLabel(labels['report.opening'].vi, { date: numericDate(input.date), office: officeName, counterpart: input.counterpart.vi })),
    ...section('I', labels['report.section.general'], general),
    ...section('II', labels['report.section.exchange'], exchanges.length ? exchanges : [vi(labels['report.noItems'].vi, 12)]),
    ...section('III', labels['report.section.results'], results),
    ...(input.minutesNumber ? [vi(fillLabel(labels['report.minutes'].vi, { number: input.minutesNumber }))] : []),
    ...section(
      'IV',
      labels['report.section.proposals'],
      (proposals.length ? proposals : [labels['report.noItems'].vi]).map((p) => vi(p)),
    ),
    {
      stack: [
        {
          columns: [
            { width: '45%', stack: [recipientsBlock(labels, input.recipients)], margin: [0, 4, 0, 0] },
            { width: '*', stack: [officialSignature(input.signatory)] },
          ],
          columnGap: 12,
          margin: [0, 10, 0, 6],
        },
        verificationBlock(labels, number, contentHash(input), false),
      ],
      unbreakable: true,
    },
  ];
  return officialDocument(content, { copyMark: print.copy ? labels['doc.copyMark'] : undefined, title: `${title.vi} ${number}`, language: 'vi' });
}
