import { z } from 'zod';
import { channel } from './channel.js';
import type { Role } from './roles.js';
import { bi } from './validation.js';
import { lifecycleInputs, type AttachmentContent, type AttachmentInfo } from './records.js';
import { type RecordReview, type ReviewStatus } from '../records/review.js';
import { code, id, isoDate, isoDateTime, required, text, version } from './fields.js';
import { NOTICE_PURPOSES } from '../documents/inputs.js';

export const REPATRIATION_STAGES = ['requested', 'verifying', 'agreed', 'handed_over', 'referred', 'closed', 'cancelled'] as const;
export type RepatriationStage = (typeof REPATRIATION_STAGES)[number];
export const REPATRIATION_DIRECTIONS = ['receiving_from_kh', 'handing_over_to_kh'] as const;
export type RepatriationDirection = (typeof REPATRIATION_DIRECTIONS)[number];

/** What is known of a birth: an exact date, a year, or an age estimated on a date ("about 16"). */
export const birthSchema = z
  .object({
    exact: isoDate.nullable().default(null),
    year: z.number().int().min(1900).max(2100).nullable().default(null),
    estimatedAge: z
      .object({ years: z.number().int().min(0).max(120), at: isoDate })
      .strict()
      .nullable()
      .default(null),
  })
  .strict()
  .refine((birth) => [birth.exact, birth.year, birth.estimatedAge].filter((value) => value !== null).length <= 1, {
    error: bi('Chỉ chọn một cách ghi năm sinh: ngày đủ, năm, hoặc tuổi ước tính.', 'Give one of: exact date, year, or estimated age.'),
  });

export const addressSchema = z
  .object({
    country: code.default('VN'),
    /** An administrative-unit code valid at the event date (reference data), when known. */
    provinceCode: code.nullable().default(null),
    districtCode: code.nullable().default(null),
    communeCode: code.nullable().default(null),
    /** A Cambodian village (NCDD gazetteer), when picked. */
    villageCode: code.nullable().default(null),
    /** Village, street, house — and the full address as the other side wrote it. */
    line: text(300),
  })
  .strict();

export const personSchema = z
  .object({
    fullNameVi: required(120),
    nameKm: text(120),
    nameLatin: text(120),
    aliases: z.array(required(120)).max(10).default([]),
    sex: code.default('unknown'),
    birth: birthSchema.default({ exact: null, year: null, estimatedAge: null }),
    nationality: code.default('UNKNOWN'),
    idDocuments: z
      .array(z.object({ type: code, number: text(60), issuedBy: text(120) }).strict())
      .max(5)
      .default([]),
    address: addressSchema.default({ country: 'VN', provinceCode: null, districtCode: null, communeCode: null, villageCode: null, line: '' }),
    contacts: text(300),
    guardian: z
      .object({ name: text(120), relation: text(60), contact: text(200) })
      .strict()
      .nullable()
      .default(null),
  })
  .strict();
export type PersonInput = z.input<typeof personSchema>;
export type PersonData = z.output<typeof personSchema>;

/** How a person figures in this case (HTCDS-aligned codes from reference data). */
export const casePersonSchema = z
  .object({
    role: code.default('being_identified'),
    exploitationTypes: z.array(code).max(10).default([]),
    meansOfControl: z.array(code).max(20).default([]),
    recruitment: code.nullable().default(null),
    exploitationPlace: text(200),
    exploitationCountry: code.nullable().default(null),
    healthStatus: code.default('not_assessed'),
    healthNote: text(500),
    needs: text(500),
    consentToShare: z.boolean().default(false),
    remarks: text(500),
  })
  .strict();

/** A person to add to a case: a new person, or a link to someone already in the vault. */
export const caseMemberInput = z.union([
  z.object({ person: personSchema, participation: casePersonSchema.default(casePersonSchema.parse({})) }).strict(),
  z.object({ personId: id, participation: casePersonSchema.default(casePersonSchema.parse({})) }).strict(),
]);
export type CaseMemberInput = z.input<typeof caseMemberInput>;

export const delegationMemberSchema = z
  .object({
    side: z.enum(['VN', 'KH']),
    name: required(120),
    /** The name in Khmer script, and the position in Khmer: the minutes print both languages. */
    nameKm: text(120),
    rank: text(60),
    position: text(120),
    positionKm: text(120),
    agency: text(200),
    isHead: z.boolean().default(false),
    isInterpreter: z.boolean().default(false),
  })
  .strict();

export const handoverItemSchema = z
  .object({
    kind: z.enum(['document', 'belonging']),
    description: required(300),
    quantity: z.number().int().min(1).max(100000).default(1),
    /** Whose item it is, when it belongs to one person of the case. */
    personId: id.nullable().default(null),
  })
  .strict();

export const referralSchema = z
  .object({
    personId: id,
    service: code,
    provider: text(200),
    referredOn: isoDate.nullable().default(null),
    status: z.enum(['planned', 'referred', 'received', 'declined']).default('planned'),
    note: text(500),
  })
  .strict();

/** After receiving victims, the Border Guard station hands them to the provincial police (Vietnamese-only minutes). */
export const internalHandoverSchema = z
  .object({
    giverUnit: text(200),
    receiverUnit: required(200),
    receiverMembers: z
      .array(z.object({ name: required(120), rank: text(60), position: text(120), isHead: z.boolean().default(false) }).strict())
      .max(20)
      .default([]),
    at: isoDateTime.nullable().default(null),
    place: text(200),
  })
  .strict();

/** Case fields an officer fills in (the workflow stage moves through its own channel). */
export const caseFieldsSchema = z
  .object({
    direction: z.enum(REPATRIATION_DIRECTIONS),
    /** Where the request came from: the Cambodian side, the consular channel, an urgent BLO call, a self-return. */
    requestSource: z.enum(['kh_side', 'consular', 'blo_urgent', 'self_return', 'other']).default('kh_side'),
    counterpartReference: text(120),
    requestedOn: isoDate,
    verificationDeadline: isoDate.nullable().default(null),
    agreedDate: isoDate.nullable().default(null),
    gateCode: code.nullable().default(null),
    transportMode: code.nullable().default(null),
    handoverAt: isoDateTime.nullable().default(null),
    placeNote: text(300),
    dossierChecked: z.boolean().default(false),
    identityCheckDone: z.boolean().default(false),
    healthSummary: text(1000),
    summary: text(2000),
    delegations: z.array(delegationMemberSchema).max(60).default([]),
    items: z.array(handoverItemSchema).max(500).default([]),
    referrals: z.array(referralSchema).max(1000).default([]),
    internalHandover: internalHandoverSchema.nullable().default(null),
  })
  .strict();
export type CaseFields = z.input<typeof caseFieldsSchema>;

export interface PersonView extends PersonData {
  id: string;
  version: number;
}

export interface CaseMemberView {
  person: PersonView;
  participation: z.output<typeof casePersonSchema>;
  /** Computed at the event date, never typed by hand. null when nothing is known of the birth. */
  child: boolean | null;
  ageYears: number | null;
  ageExact: boolean;
}

export interface StageChange {
  from: RepatriationStage | null;
  to: RepatriationStage;
  at: string;
  by: string;
  note: string;
}

export interface CaseView extends z.output<typeof caseFieldsSchema> {
  id: string;
  caseNumber: string;
  stage: RepatriationStage;
  eventDate: string;
  members: CaseMemberView[];
  history: StageChange[];
  approved: { at: string; by: string } | null;
  /** Submit → approve / return with comment, the comment thread, amendments ("changed since approval"). */
  review: RecordReview;
  overdue: boolean;
  attachments: AttachmentInfo[];
  documents: IssuedDocumentInfo[];
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export interface CaseListRow {
  id: string;
  caseNumber: string;
  direction: RepatriationDirection;
  stage: RepatriationStage;
  requestedOn: string;
  agreedDate: string | null;
  gateCode: string | null;
  persons: number;
  children: number;
  verificationDeadline: string | null;
  overdue: boolean;
  approved: boolean;
  updatedAt: string;
}

/** A case on a home page, with the comment to act on when it was returned. */
export interface HomeCaseRow extends CaseListRow {
  review: ReviewStatus;
  returned: { comment: string; by: string; at: string } | null;
}

/** What each role's home page lists (case numbers and facts, never names). */
export interface RepatriationHome {
  /** The signed-in person's own cases still open (not closed or cancelled). */
  mine: HomeCaseRow[];
  /** Verification deadlines passed while the case is still being verified. */
  overdue: HomeCaseRow[];
  /** Submitted and waiting for a commander, oldest first. */
  waiting: HomeCaseRow[];
  /** Returned with a comment: the author's own (officer), all of them (commander). */
  returned: HomeCaseRow[];
  /** Agreed or handed over, and the handover minutes not yet printed. */
  toPrint: HomeCaseRow[];
}

export interface IssuedDocumentInfo {
  template: string;
  number: string;
  issuedAt: string;
  issuedBy: string;
  contentHash: string;
}

export interface PersonHit {
  id: string;
  fullNameVi: string;
  nameKm: string;
  nameLatin: string;
  sex: string;
  birth: z.output<typeof birthSchema>;
  nationality: string;
  caseCount: number;
}

export interface ImportPreviewRow {
  line: number;
  /** The row as parsed into a person, when it parsed. */
  member: CaseMemberInput | null;
  raw: Record<string, string>;
  errors: Record<string, { vi: string; en: string }>;
  duplicates: PersonHit[];
  /** Likely the same as someone already in this case (never offered for linking: they are in it already). */
  alreadyInCase: PersonHit[];
}

/** A spreadsheet made by the engine for the person to save. */
export interface SpreadsheetFile {
  fileName: string;
  mimeType: string;
  contentBase64: string;
}

const WRITERS: Role[] = ['officer', 'liaison', 'commander'];
const READERS: Role[] = ['officer', 'liaison', 'commander', 'auditor'];
const PRINTERS: Role[] = ['liaison', 'commander'];

export const repatriationListFilter = z
  .object({
    stages: z.array(z.enum(REPATRIATION_STAGES)).max(7).default([]),
    direction: z.enum(REPATRIATION_DIRECTIONS).nullable().default(null),
    from: isoDate.nullable().default(null),
    to: isoDate.nullable().default(null),
    gateCode: code.nullable().default(null),
    childrenOnly: z.boolean().default(false),
    overdueOnly: z.boolean().default(false),
    /** A person's name (any script, diacritics ignored) or a case number. */
    query: z.string().trim().max(120).default(''),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

export const repatriationChannels = {
  'repatriations.list': channel<{ rows: CaseListRow[]; total: number }>()({ input: repatriationListFilter, access: READERS }),
  /** Opening the full record is audited. */
  'repatriations.get': channel<CaseView>()({ input: z.object({ id }).strict(), access: READERS, mutates: true }),
  'repatriations.create': channel<CaseView>()({
    input: z.object({ fields: caseFieldsSchema, members: z.array(caseMemberInput).max(500).default([]) }).strict(),
    access: WRITERS,
    mutates: true,
  }),
  'repatriations.update': channel<CaseView>()({
    input: z.object({ id, version, fields: caseFieldsSchema, amendmentReason: text(500) }).strict(),
    access: WRITERS,
    mutates: true,
  }),
  'repatriations.addMembers': channel<CaseView>()({
    input: z.object({ id, version, members: z.array(caseMemberInput).min(1).max(500), amendmentReason: text(500) }).strict(),
    access: WRITERS,
    mutates: true,
  }),
  'repatriations.updateMember': channel<CaseView>()({
    input: z.object({ id, version, personId: id, personVersion: version, person: personSchema, participation: casePersonSchema, amendmentReason: text(500) }).strict(),
    access: WRITERS,
    mutates: true,
  }),
  'repatriations.removeMember': channel<CaseView>()({
    input: z.object({ id, version, personId: id, amendmentReason: text(500) }).strict(),
    access: WRITERS,
    mutates: true,
  }),
  'repatriations.move': channel<CaseView>()({
    input: z.object({ id, version, to: z.enum(REPATRIATION_STAGES), note: text(500) }).strict(),
    access: WRITERS,
    mutates: true,
  }),
  'repatriations.approve': channel<CaseView>()({ input: lifecycleInputs.act, access: ['commander'], mutates: true }),
  'repatriations.submit': channel<CaseView>()({ input: lifecycleInputs.act, access: WRITERS, mutates: true }),
  'repatriations.return': channel<CaseView>()({ input: lifecycleInputs.return, access: ['commander'], mutates: true }),
  'repatriations.comment': channel<CaseView>()({ input: lifecycleInputs.comment, access: WRITERS, mutates: true }),
  'repatriations.home': channel<RepatriationHome>()({ input: z.object({}).strict(), access: READERS }),
  'repatriations.delete': channel<{ deleted: true }>()({ input: lifecycleInputs.delete, access: ['commander'], mutates: true }),
  'repatriations.importPreview': channel<{ rows: ImportPreviewRow[]; columns: string[] }>()({
    input: z
      .object({
        format: z.enum(['csv', 'xlsx']),
        /** The file's bytes, base64 (≤ 5 MB). */
        contentBase64: z.string().min(1).max(7_000_000),
        defaults: casePersonSchema.partial().default({}),
        /** "About 16" in the list means 16 on this date (the case's event date); today when absent. */
        estimateAt: isoDate.optional(),
        /** The batch's nationality for rows that give none. */
        nationality: code.optional(),
        /** The case the list is for: its own people are told apart from likely duplicates. */
        caseId: id.optional(),
      })
      .strict(),
    access: WRITERS,
  }),
  'repatriations.addAttachment': channel<CaseView>()({ input: lifecycleInputs.addAttachment, access: WRITERS, mutates: true }),
  'repatriations.getAttachment': channel<AttachmentContent>()({ input: lifecycleInputs.getAttachment, access: READERS, mutates: true }),
  'repatriations.print': channel<{ pdfBase64: string; number: string; copy: boolean; contentHash: string }>()({
    input: z.union([
      z.object({ id, template: z.enum(['handover_minutes', 'internal_handover']) }).strict(),
      /** The bilingual liaison notice to the counterpart office, with the case's facts (handover date, gate, transport, persons). */
      z
        .object({
          id,
          template: z.literal('liaison_notice'),
          purpose: z.enum(NOTICE_PURPOSES),
          /** Free text of the notice, one paragraph per line, in each language. */
          body: z
            .object({ vi: text(4000), km: text(4000) })
            .strict()
            .optional(),
        })
        .strict(),
    ]),
    access: PRINTERS,
    mutates: true,
  }),
  /** The import template (headers in Vietnamese, Khmer and English, one example row, the accepted birth forms). */
  'repatriations.importTemplate': channel<SpreadsheetFile>()({ input: z.object({ format: z.enum(['xlsx', 'csv']) }).strict(), access: WRITERS }),
  /** A case's person list in the import's columns (audited: it carries names). */
  'repatriations.exportPeople': channel<SpreadsheetFile>()({ input: z.object({ id }).strict(), access: WRITERS, mutates: true }),
  /** The filtered case list, every page (audited). */
  'repatriations.exportList': channel<SpreadsheetFile>()({ input: repatriationListFilter, access: WRITERS, mutates: true }),
  'people.search': channel<PersonHit[]>()({
    input: z.object({ query: z.string().trim().min(1).max(120), limit: z.number().int().min(1).max(200).default(20) }).strict(),
    access: READERS,
  }),
};
