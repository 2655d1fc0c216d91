import { z } from 'zod';
import type { RecordReview, ReviewStatus } from '../records/review.js';
import { SCREENING_ANSWERS, SCREENING_LEVELS, type ScreeningLevel, type ScreeningResult } from '../interceptions/screening.js';
import { channel } from './channel.js';
import { code, id, isoDate, isoDateTime, required, text, version } from './fields.js';
import { lifecycleInputs, type AttachmentContent, type AttachmentInfo } from './records.js';
import { personSchema, REPATRIATION_DIRECTIONS, type IssuedDocumentInfo, type PersonView } from './repatriations.js';
import type { Role } from './roles.js';

export { SCREENING_ANSWERS, SCREENING_LEVELS };
export type { ScreeningLevel, ScreeningResult };

/**
 * Interceptions of illegal border crossings (issue 12): who was stopped, where and how, the screening of each
 * person for signs of trafficking, and what became of them. Border officers record them; commanders approve.
 */
export const INTERCEPTION_WRITERS: Role[] = ['officer', 'liaison', 'commander'];
export const INTERCEPTION_READERS: Role[] = ['officer', 'liaison', 'commander', 'auditor'];

/** The `interception_direction` vocabulary's codes. */
export const INTERCEPTION_DIRECTIONS = ['leaving_vn', 'entering_vn'] as const;
export type InterceptionDirection = (typeof INTERCEPTION_DIRECTIONS)[number];
/** What became of an intercepted person (several may hold: sanctioned, then returned). Codes of `interception_disposition`. */
export const INTERCEPTION_OUTCOMES = ['returned_across_line', 'administrative_sanction', 'referred_for_investigation', 'possible_victim'] as const;
export type InterceptionOutcome = (typeof INTERCEPTION_OUTCOMES)[number];

/** Decimal degrees (WGS 84); the engine also checks them against the office's border province. */
export const coordinatesSchema = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).strict();

export const screeningAnswerSchema = z
  .object({
    /** A `trafficking_indicator` code. */
    indicator: code.min(1),
    answer: z.enum(SCREENING_ANSWERS),
    note: text(500),
  })
  .strict();
export type ScreeningAnswerInput = z.input<typeof screeningAnswerSchema>;

/**
 * Who a person entry is: someone already in the vault (`personId`, found by search first — the same person may
 * have been intercepted or repatriated before), optionally with corrections to their data (`person` with the
 * `personVersion` read), or a new person (`person` alone).
 */
const personRef = {
  personId: id.nullable().default(null),
  personVersion: version.nullable().default(null),
  person: personSchema.nullable().default(null),
};

export const interceptedPersonSchema = z
  .object({
    ...personRef,
    /** Identity documents the person had on them at the interception (`identity_document_type` codes). */
    documentsCarried: z
      .array(z.object({ type: code.min(1), number: text(60) }).strict())
      .max(10)
      .default([]),
    destination: text(200),
    destinationCountry: code.nullable().default(null),
    /** `travel_purpose` code. */
    purpose: code.nullable().default(null),
    /** Who arranged the crossing, as the person told it. */
    arrangedBy: text(200),
    /** A parent or guardian travels with the person (null: not known — for a child, counted as none). */
    guardianPresent: z.boolean().nullable().default(null),
    screening: z.array(screeningAnswerSchema).max(40).default([]),
    outcomes: z.array(z.enum(INTERCEPTION_OUTCOMES)).max(INTERCEPTION_OUTCOMES.length).default([]),
    /** The administrative sanction's decision number (needed before submitting when sanctioned). */
    sanctionDecision: text(60),
    /** The unit the person was referred to for investigation (needed before submitting when referred). */
    investigationUnit: text(200),
    remarks: text(500),
  })
  .strict();
export type InterceptedPersonInput = z.input<typeof interceptedPersonSchema>;

export const facilitatorSchema = z
  .object({
    ...personRef,
    /** HTCDS per_RoleInProcess (`perpetrator_role` codes): recruiter, transporter, smuggler… */
    role: code.min(1),
    note: text(500),
  })
  .strict();

export const vehicleSchema = z
  .object({
    /** `transport_mode` code. */
    type: code.min(1),
    plate: text(20),
    owner: text(200),
    note: text(300),
  })
  .strict();

export const seizedItemSchema = z
  .object({
    description: required(300),
    quantity: z.number().int().min(1).max(100000).default(1),
    note: text(300),
  })
  .strict();

export const interceptionFieldsSchema = z
  .object({
    /** Local date and time on the office's wall clock ("2026-11-05T23:40"); not in the future. */
    at: isoDateTime,
    /** Border marker number ("314", "314/2"); a marker or a description of the place is needed. */
    marker: text(20),
    coordinates: coordinatesSchema.nullable().default(null),
    placeDescription: text(1000),
    /** The unit that intercepted (a Border Guard station, a patrol). */
    unit: required(200),
    direction: z.enum(INTERCEPTION_DIRECTIONS),
    /** `crossing_method` code: on foot, motorbike, boat, vehicle, hidden in cargo… */
    crossingMethod: code.nullable().default(null),
    persons: z.array(interceptedPersonSchema).max(500).default([]),
    facilitators: z.array(facilitatorSchema).max(100).default([]),
    vehicles: z.array(vehicleSchema).max(50).default([]),
    items: z.array(seizedItemSchema).max(200).default([]),
    notes: text(4000),
  })
  .strict();
export type InterceptionFields = z.input<typeof interceptionFieldsSchema>;
export type InterceptionFieldsData = z.output<typeof interceptionFieldsSchema>;

type PersonDetails = Omit<z.output<typeof interceptedPersonSchema>, 'personId' | 'personVersion' | 'person'>;

/** A record a person figures in (people.history): interceptions and repatriation cases, newest first. */
export interface PersonRecordRow {
  kind: 'interception' | 'repatriation';
  id: string;
  number: string;
  date: string;
  /** How the person figures in it: 'intercepted', 'facilitator', or the case role. */
  part: string;
}

export interface InterceptedPersonView extends PersonDetails {
  person: PersonView;
  /** Computed at the interception date, never typed by hand; null when nothing is known of the birth. */
  child: boolean | null;
  ageYears: number | null;
  /** The level and its reasons, as computed under the rules in force when the record was saved. */
  screeningResult: ScreeningResult;
  /** The victim case the person was added to from this interception. */
  victimCase: { id: string; number: string } | null;
  /** Other records of the same person (intercepted before, repatriated). */
  otherRecords: PersonRecordRow[];
}

export interface FacilitatorView {
  person: PersonView;
  role: string;
  note: string;
}

export interface InterceptionView extends Omit<InterceptionFieldsData, 'persons' | 'facilitators'> {
  id: string;
  interceptionNumber: string;
  eventDate: string;
  persons: InterceptedPersonView[];
  facilitators: FacilitatorView[];
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

export interface InterceptionListRow {
  id: string;
  interceptionNumber: string;
  at: string;
  eventDate: string;
  direction: InterceptionDirection;
  unit: string;
  marker: string;
  crossingMethod: string | null;
  persons: number;
  children: number;
  /** Persons per outcome. */
  outcomes: Record<InterceptionOutcome, number>;
  /** Persons per screening level. */
  levels: Record<ScreeningLevel, number>;
  review: ReviewStatus;
  updatedAt: string;
}

/** Statistics of the filtered set (every page): interceptions and persons by direction, persons by outcome. */
export interface InterceptionStats {
  interceptions: number;
  persons: number;
  byDirection: Record<InterceptionDirection, { interceptions: number; persons: number }>;
  byOutcome: Record<InterceptionOutcome | 'none', number>;
}

export const interceptionListFilter = z
  .object({
    from: isoDate.nullable().default(null),
    to: isoDate.nullable().default(null),
    direction: z.enum(INTERCEPTION_DIRECTIONS).nullable().default(null),
    /** The intercepting unit, as written (case and diacritics ignored). */
    unit: z.string().trim().max(200).default(''),
    marker: z.string().trim().max(20).default(''),
    /** Interceptions with at least one person with any of these outcomes. */
    outcomes: z.array(z.enum(INTERCEPTION_OUTCOMES)).max(INTERCEPTION_OUTCOMES.length).default([]),
    /** Interceptions with at least one person screened at any of these levels. */
    levels: z.array(z.enum(SCREENING_LEVELS)).max(SCREENING_LEVELS.length).default([]),
    childrenOnly: z.boolean().default(false),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();
export type InterceptionListFilter = z.input<typeof interceptionListFilter>;

export const openVictimCaseInput = z
  .object({
    id,
    version,
    /** Persons of the interception marked as possible victims; all of them when empty. */
    personIds: z.array(id).max(500).default([]),
    /** An open repatriation/victim case to add them to; a new case when null. */
    caseId: id.nullable().default(null),
    /** For a new case; by default handing over to Cambodia when all are Cambodian, else receiving. */
    direction: z.enum(REPATRIATION_DIRECTIONS).nullable().default(null),
  })
  .strict();

const signatorySide = z.object({ name: required(120), nameKm: text(120), rank: text(60), position: required(120), positionKm: text(120) }).strict();

/** The bilingual returned-crossers minutes (template c) for persons of the interception returned across the line. */
export const interceptionPrintInput = z
  .object({
    id,
    /** Persons to list; every person marked "returned across the line" when empty. */
    personIds: z.array(id).max(500).default([]),
    /** The handover: date and time (office clock), the gate or place, the two heads of delegation. */
    handoverAt: isoDateTime,
    gateCode: code.nullable().default(null),
    place: text(200),
    placeKm: text(200),
    vnHead: signatorySide,
    khHead: signatorySide,
  })
  .strict();
export type InterceptionPrintInput = z.input<typeof interceptionPrintInput>;

const WRITERS = INTERCEPTION_WRITERS;
const READERS = INTERCEPTION_READERS;

export const interceptionChannels = {
  'interceptions.list': channel<{ rows: InterceptionListRow[]; total: number; stats: InterceptionStats }>()({ input: interceptionListFilter, access: READERS }),
  /** Opening the full record is audited. */
  'interceptions.get': channel<InterceptionView>()({ input: z.object({ id }).strict(), access: READERS, mutates: true }),
  'interceptions.create': channel<InterceptionView>()({ input: z.object({ fields: interceptionFieldsSchema }).strict(), access: WRITERS, mutates: true }),
  'interceptions.update': channel<InterceptionView>()({
    input: z.object({ id, version, fields: interceptionFieldsSchema, amendmentReason: text(500) }).strict(),
    access: WRITERS,
    mutates: true,
  }),
  'interceptions.submit': channel<InterceptionView>()({ input: lifecycleInputs.act, access: WRITERS, mutates: true }),
  'interceptions.approve': channel<InterceptionView>()({ input: lifecycleInputs.act, access: ['commander'], mutates: true }),
  'interceptions.return': channel<InterceptionView>()({ input: lifecycleInputs.return, access: ['commander'], mutates: true }),
  'interceptions.comment': channel<InterceptionView>()({ input: lifecycleInputs.comment, access: WRITERS, mutates: true }),
  'interceptions.delete': channel<{ deleted: true }>()({ input: lifecycleInputs.delete, access: ['commander'], mutates: true }),
  'interceptions.addAttachment': channel<InterceptionView>()({ input: lifecycleInputs.addAttachment, access: WRITERS, mutates: true }),
  'interceptions.getAttachment': channel<AttachmentContent>()({ input: lifecycleInputs.getAttachment, access: READERS, mutates: true }),
  /** Opens a victim case for persons marked "possible victim" (or adds them to an open one): nothing retyped. */
  'interceptions.openVictimCase': channel<{ interception: InterceptionView; caseId: string; caseNumber: string; created: boolean }>()({
    input: openVictimCaseInput,
    access: WRITERS,
    mutates: true,
  }),
  'interceptions.print': channel<{ pdfBase64: string; number: string; copy: boolean; contentHash: string }>()({ input: interceptionPrintInput, access: WRITERS, mutates: true }),
  /** Every record a person figures in, newest first (record numbers and dates only: opening one is the audited view). */
  'people.history': channel<PersonRecordRow[]>()({ input: z.object({ personId: id }).strict(), access: READERS }),
};
