import { z } from 'zod';
import { DELEGATE_ROLES, EXCHANGE_DIRECTIONS, EXCHANGE_TOPICS, MEETING_LEVELS, MEETING_TYPES, SIDES } from '../documents/inputs.js';
import type { RecordReview, ReviewStatus } from '../records/review.js';
import { channel } from './channel.js';
import { code, id, isoDate, isoDateTime, required, text, version } from './fields.js';
import { lifecycleInputs, type AttachmentContent, type AttachmentInfo } from './records.js';
import type { IssuedDocumentInfo, SpreadsheetFile } from './repatriations.js';
import type { Role } from './roles.js';
import { bi } from './validation.js';

export { DELEGATE_ROLES, EXCHANGE_DIRECTIONS, EXCHANGE_TOPICS, MEETING_LEVELS, MEETING_TYPES, SIDES };
export type { ExchangeTopic, MeetingLevel, MeetingType } from '../documents/inputs.js';

/**
 * Cross-border meetings with the Cambodian side (issue 11): who met, what was exchanged, what was agreed and
 * whether it was done. Liaison officers and commanders keep the log; officers and auditors read it, without the
 * text of confidential information items.
 */
export const MEETING_WRITERS: Role[] = ['liaison', 'commander'];
export const MEETING_READERS: Role[] = ['officer', 'liaison', 'commander', 'auditor'];
/** Who sees the text of a confidential information item (and who may write a meeting, so nobody saves over text they cannot see). */
export const CONFIDENTIAL_READERS: readonly Role[] = MEETING_WRITERS;

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
/** Still to be done: counted as overdue once past its due date. */
export const PENDING_ACTION_STATUSES: readonly ActionStatus[] = ['open', 'in_progress'];

export const meetingDelegateSchema = z
  .object({
    side: z.enum(SIDES),
    name: required(120),
    /** The name and position in Khmer script: the bilingual minutes print both. */
    nameKm: text(120),
    rank: text(60),
    position: text(120),
    positionKm: text(120),
    agency: text(200),
    role: z.enum(DELEGATE_ROLES).default('member'),
  })
  .strict();
export type MeetingDelegate = z.output<typeof meetingDelegateSchema>;

export const agendaItemSchema = z.object({ text: required(1000), textKm: text(1000) }).strict();

export const exchangeItemSchema = z
  .object({
    topic: z.enum(EXCHANGE_TOPICS),
    direction: z.enum(EXCHANGE_DIRECTIONS),
    summary: required(4000),
    summaryKm: text(4000),
    /** Confidential: its text is shown only to CONFIDENTIAL_READERS and never appears in lists, exports or the bilingual minutes. */
    sensitivity: z.enum(['normal', 'confidential']).default('normal'),
  })
  .strict();
export type ExchangeItem = z.output<typeof exchangeItemSchema>;

export const followUpSchema = z.object({ on: isoDate, note: required(1000) }).strict();

export const agreedActionSchema = z
  .object({
    /** Kept across saves, so a later meeting can carry the action over; absent for a new action. */
    id: id.optional(),
    text: required(1000),
    textKm: text(1000),
    ownerSide: z.enum(['VN', 'KH', 'both']),
    /** The unit or person responsible. */
    owner: text(200),
    ownerKm: text(200),
    due: isoDate.nullable().default(null),
    status: z.enum(ACTION_STATUSES).default('open'),
    followUps: z.array(followUpSchema).max(100).default([]),
    /** The open action of an earlier meeting with the same counterpart that this one carries over. */
    carriedFrom: id.nullable().default(null),
  })
  .strict();
export type AgreedActionInput = z.input<typeof agreedActionSchema>;

/** Records discussed at the meeting, by kind and id (repatriation cases now, interceptions when they come). */
export const LINKABLE_KINDS = ['repatriation', 'interception'] as const;
export const recordLinkSchema = z.object({ kind: z.enum(LINKABLE_KINDS), id }).strict();

export const meetingFieldsSchema = z
  .object({
    type: z.enum(MEETING_TYPES),
    level: z.enum(MEETING_LEVELS),
    /** The Cambodian office or agency met, from reference data (kind 'agency', side KH). */
    counterpartCode: code.min(1, bi('Hãy chọn cơ quan phía bạn.', 'Choose the counterpart office.')),
    /** Local date and time in the office's day ("2026-11-05T08:30"). */
    startAt: isoDateTime,
    endAt: isoDateTime.nullable().default(null),
    host: z.enum(SIDES),
    place: required(300),
    placeKm: text(300),
    delegates: z.array(meetingDelegateSchema).max(120).default([]),
    agenda: z.array(agendaItemSchema).max(50).default([]),
    exchanges: z.array(exchangeItemSchema).max(200).default([]),
    actions: z.array(agreedActionSchema).max(300).default([]),
    links: z.array(recordLinkSchema).max(100).default([]),
    /** What needs the superiors' direction: section IV of the internal report. */
    proposals: text(4000),
    notes: text(4000),
  })
  .strict();
export type MeetingFields = z.input<typeof meetingFieldsSchema>;
export type MeetingFieldsData = z.output<typeof meetingFieldsSchema>;

/** An information item as a reader sees it: a confidential one without its text for those who may not read it. */
export interface ExchangeView extends ExchangeItem {
  /** True when the text was withheld from this reader. */
  withheld: boolean;
}

export interface AgreedActionView extends Required<Omit<z.output<typeof agreedActionSchema>, 'id'>> {
  id: string;
  overdue: boolean;
  /** Where a carried-over action was first agreed. */
  carriedFromMeeting: { id: string; number: string; date: string } | null;
  /** Carried into a later meeting: followed up there. */
  carriedInto: { id: string; number: string; date: string } | null;
}

export interface LinkedRecord {
  kind: (typeof LINKABLE_KINDS)[number];
  id: string;
  /** The record's number ("HH-2026-0004"). */
  number: string;
}

export interface MeetingView extends Omit<MeetingFieldsData, 'exchanges' | 'actions' | 'links'> {
  id: string;
  meetingNumber: string;
  eventDate: string;
  exchanges: ExchangeView[];
  actions: AgreedActionView[];
  links: LinkedRecord[];
  approved: { at: string; by: string } | null;
  review: RecordReview;
  attachments: AttachmentInfo[];
  documents: IssuedDocumentInfo[];
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export interface MeetingListRow {
  id: string;
  meetingNumber: string;
  startAt: string;
  eventDate: string;
  type: (typeof MEETING_TYPES)[number];
  level: (typeof MEETING_LEVELS)[number];
  counterpartCode: string;
  host: (typeof SIDES)[number];
  place: string;
  topics: (typeof EXCHANGE_TOPICS)[number][];
  delegates: { VN: number; KH: number };
  actions: { total: number; pending: number; overdue: number };
  review: ReviewStatus;
  updatedAt: string;
}

/** An agreed action on a home page or in the overdue list: the action and where it was agreed. */
export interface ActionRow {
  id: string;
  meetingId: string;
  meetingNumber: string;
  meetingDate: string;
  counterpartCode: string;
  text: string;
  textKm: string;
  ownerSide: 'VN' | 'KH' | 'both';
  owner: string;
  due: string | null;
  status: ActionStatus;
  overdue: boolean;
}

/** A meeting on a home page or in the review queue, with the comment to act on when it was returned. */
export interface MeetingQueueRow extends MeetingListRow {
  returned: { comment: string; by: string; at: string } | null;
  submittedAt: string | null;
}

export interface MeetingHome {
  /** Agreed actions past their due date and not done, across all counterparts, oldest due first. */
  overdueActions: ActionRow[];
  /** Submitted and waiting for a commander, oldest first. */
  waiting: MeetingQueueRow[];
  /** Returned with a comment: the author's own (liaison), all of them (commander). */
  returned: MeetingQueueRow[];
  /** The signed-in person's own meetings not yet submitted. */
  drafts: MeetingQueueRow[];
}

export const meetingListFilter = z
  .object({
    from: isoDate.nullable().default(null),
    to: isoDate.nullable().default(null),
    types: z.array(z.enum(MEETING_TYPES)).max(MEETING_TYPES.length).default([]),
    levels: z.array(z.enum(MEETING_LEVELS)).max(MEETING_LEVELS.length).default([]),
    topics: z.array(z.enum(EXCHANGE_TOPICS)).max(EXCHANGE_TOPICS.length).default([]),
    counterpartCode: code.nullable().default(null),
    overdueOnly: z.boolean().default(false),
    /** Words in the agenda, summaries (not confidential ones), place or the meeting number; diacritics ignored. */
    query: z.string().trim().max(120).default(''),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();
export type MeetingListFilter = z.input<typeof meetingListFilter>;

export const MEETING_PRINT_TEMPLATES = ['minutes', 'report', 'liaison_notice'] as const;

/** Who signs a printed report or notice; left out, the signed-in person as head of the office. */
export const signatoryInput = z.object({ position: required(120), positionKm: text(120), onBehalfOf: text(120), rank: text(60), name: required(120), nameKm: text(120) }).strict();

export const meetingPrintInput = z
  .object({
    id,
    template: z.enum(MEETING_PRINT_TEMPLATES),
    signatory: signatoryInput.nullable().default(null),
    /** The internal report's "Nơi nhận" lines; left empty, the office's superiors and its archive. */
    recipients: z.array(required(200)).max(20).default([]),
    /** The internal report prints confidential items (marked "MẬT") only when asked, and only for those who may read them. */
    includeConfidential: z.boolean().default(false),
    /** The liaison notice: confirming an agreed action of the meeting, or asking for information (body required). */
    notice: z
      .object({
        purpose: z.enum(['actionConfirmation', 'informationRequest']).default('actionConfirmation'),
        actionId: id.nullable().default(null),
        reference: text(120),
        body: text(4000),
        bodyKm: text(4000),
      })
      .strict()
      .nullable()
      .default(null),
  })
  .strict();
export type MeetingPrintInput = z.input<typeof meetingPrintInput>;

const WRITERS = MEETING_WRITERS;
const READERS = MEETING_READERS;

export const meetingChannels = {
  'meetings.list': channel<{ rows: MeetingListRow[]; total: number }>()({ input: meetingListFilter, access: READERS }),
  /** Opening the full record is audited. */
  'meetings.get': channel<MeetingView>()({ input: z.object({ id }).strict(), access: READERS, mutates: true }),
  'meetings.create': channel<MeetingView>()({ input: z.object({ fields: meetingFieldsSchema }).strict(), access: WRITERS, mutates: true }),
  'meetings.update': channel<MeetingView>()({
    input: z.object({ id, version, fields: meetingFieldsSchema, amendmentReason: text(500) }).strict(),
    access: WRITERS,
    mutates: true,
  }),
  /** Progress on one agreed action (status and a dated note): tracking after the meeting, not an amendment of what was agreed. */
  'meetings.followUp': channel<MeetingView>()({
    input: z.object({ id, version, actionId: id, status: z.enum(ACTION_STATUSES), note: text(1000), on: isoDate }).strict(),
    access: WRITERS,
    mutates: true,
  }),
  /** Pending actions agreed with a counterpart at earlier meetings and not carried over yet: offered to a new meeting. */
  'meetings.carryOver': channel<ActionRow[]>()({
    input: z.object({ counterpartCode: code.min(1), before: isoDateTime.nullable().default(null), meetingId: id.nullable().default(null) }).strict(),
    access: WRITERS,
  }),
  'meetings.home': channel<MeetingHome>()({ input: z.object({}).strict(), access: READERS }),
  /** Every meeting with one counterpart, newest first, with its agreed actions. */
  'meetings.timeline': channel<{ meeting: MeetingListRow; actions: ActionRow[] }[]>()({
    input: z.object({ counterpartCode: code.min(1) }).strict(),
    access: READERS,
  }),
  /** The meetings that discussed a record (a repatriation case named among a meeting's links), newest first: only for those who may read meetings. */
  'meetings.linkedTo': channel<MeetingListRow[]>()({
    input: z.object({ kind: code.min(1), id }).strict(),
    access: READERS,
  }),
  'meetings.submit': channel<MeetingView>()({ input: lifecycleInputs.act, access: WRITERS, mutates: true }),
  'meetings.approve': channel<MeetingView>()({ input: lifecycleInputs.act, access: ['commander'], mutates: true }),
  'meetings.return': channel<MeetingView>()({ input: lifecycleInputs.return, access: ['commander'], mutates: true }),
  'meetings.comment': channel<MeetingView>()({ input: lifecycleInputs.comment, access: WRITERS, mutates: true }),
  'meetings.delete': channel<{ deleted: true }>()({ input: lifecycleInputs.delete, access: ['commander'], mutates: true }),
  'meetings.addAttachment': channel<MeetingView>()({ input: lifecycleInputs.addAttachment, access: WRITERS, mutates: true }),
  'meetings.getAttachment': channel<AttachmentContent>()({ input: lifecycleInputs.getAttachment, access: READERS, mutates: true }),
  'meetings.print': channel<{ pdfBase64: string; number: string; copy: boolean; contentHash: string }>()({ input: meetingPrintInput, access: WRITERS, mutates: true }),
  /** The filtered log, every page, as XLSX: one sheet of meetings, one of agreed actions; no confidential text (audited). */
  'meetings.export': channel<SpreadsheetFile>()({ input: meetingListFilter, access: WRITERS, mutates: true }),
};
