/**
 * What the bilingual meeting minutes (template b) and returned-crossers minutes (template c) print, as the
 * meeting and interception records will hold it (issues 11 §2 and 12). The record handlers map a record to one
 * of these (reference codes resolved to their vi/km labels) and the engine parses it again before printing:
 * whatever reaches a document is checked here. Unknown keys are dropped, so a record-shaped object with more
 * fields (status, follow-up notes, links, attachments) prints only what the minutes show.
 */
import { z } from 'zod';
import { bi } from '../contract/validation.js';
import { tooLong } from '../people/text-limits.js';

/** Free text limited in user-perceived characters; too long is refused, never cut. */
const limited = (max: number) =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const problem = tooLong(value, max);
      if (problem) ctx.addIssue({ code: 'custom', message: bi(problem.vi, problem.en) });
    });
const required = (max: number) => limited(max).pipe(z.string().min(1, bi('Không được để trống.', 'Must not be empty.')));
/** Optional text: a record's empty string means "not given". */
const optional = (max: number) =>
  limited(max)
    .transform((value) => value || undefined)
    .optional();

const isoDate = z.iso.date({ error: bi('Ngày không hợp lệ (yyyy-mm-dd).', 'Invalid date (yyyy-mm-dd).') });
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, bi('Giờ không hợp lệ (HH:MM).', 'Invalid time (HH:MM).'));

/** A value recorded in Vietnamese, with its Khmer form when there is one. */
export const bilingualText = (max: number) => z.object({ vi: required(max), km: optional(max) });
export type BilingualText = z.output<ReturnType<typeof bilingualText>>;

export const SIDES = ['VN', 'KH'] as const;
export const DELEGATE_ROLES = ['head', 'member', 'interpreter', 'noteTaker'] as const;

export const delegateSchema = z.object({
  name: required(120),
  /** The name in Khmer script and the position in Khmer: the Khmer side of the minutes prints them. */
  nameKm: optional(120),
  rank: optional(60),
  position: optional(120),
  positionKm: optional(120),
  agency: optional(200),
  role: z.enum(DELEGATE_ROLES),
});
export type Delegate = z.output<typeof delegateSchema>;

const delegation = z
  .array(delegateSchema)
  .min(1, bi('Mỗi bên cần ít nhất một người.', 'Each side needs at least one delegate.'))
  .max(60)
  .refine((members) => members.filter((m) => m.role === 'head').length <= 1, bi('Mỗi bên chỉ có một trưởng đoàn.', 'Each side has one head of delegation at most.'));
export const delegationsSchema = z.object({ VN: delegation, KH: delegation });

export const itemLineSchema = z.object({
  description: bilingualText(300),
  quantity: bilingualText(60).optional(),
  owner: bilingualText(120).optional(),
});

const copies = z.number().int().min(2).max(10).default(2);

/** Refuses an end before the start (same day: by clock time). */
function endNotBeforeStart(value: { date: string; startTime: string; endDate?: string; endTime?: string }, ctx: z.RefinementCtx) {
  const end = `${value.endDate ?? value.date}T${value.endTime ?? '23:59'}`;
  if ((value.endDate || value.endTime) && end < `${value.date}T${value.startTime}`)
    ctx.addIssue({ code: 'custom', path: [value.endTime ? 'endTime' : 'endDate'], message: bi('Giờ kết thúc trước giờ bắt đầu.', 'The end is before the start.') });
}

// ---- (b) meeting minutes ------------------------------------------------------------------------------------

export const MEETING_TYPES = ['regular', 'urgent', 'quarterlyReview', 'halfYearReview', 'annualReview', 'jointWorkingGroup', 'other'] as const;
export const MEETING_LEVELS = ['bloBlo', 'provincial', 'central'] as const;
export const EXCHANGE_TOPICS = ['trafficking', 'illegalCrossing', 'drugs', 'smuggling', 'wantedPersons', 'borderSecurity', 'other'] as const;
/** `given`: the Vietnamese side gave the information; `received`: it came from the Cambodian side. */
export const EXCHANGE_DIRECTIONS = ['given', 'received'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];
export type MeetingLevel = (typeof MEETING_LEVELS)[number];
export type ExchangeTopic = (typeof EXCHANGE_TOPICS)[number];

export const exchangeSchema = z.object({
  topic: z.enum(EXCHANGE_TOPICS),
  direction: z.enum(EXCHANGE_DIRECTIONS),
  summary: bilingualText(4000),
  /** Confidential items are never printed in the bilingual minutes (nor counted in their content hash). */
  sensitivity: z.enum(['normal', 'confidential']).default('normal'),
});

export const agreedActionSchema = z.object({
  text: bilingualText(1000),
  ownerSide: z.enum(['VN', 'KH', 'both']),
  /** The unit or person responsible. */
  owner: bilingualText(200),
  due: isoDate.optional(),
});

/** The facts of one meeting that both the minutes and the internal report print. */
const meetingFields = {
  type: z.enum(MEETING_TYPES),
  level: z.enum(MEETING_LEVELS),
  /** The counterpart office, from reference data. */
  counterpart: bilingualText(200),
  date: isoDate,
  startTime: clockTime,
  /** Only when the meeting ended on a later day. */
  endDate: isoDate.optional(),
  endTime: clockTime.optional(),
  place: bilingualText(300),
  host: z.enum(SIDES),
  delegations: delegationsSchema,
  agenda: z.array(bilingualText(1000)).max(50),
  exchanges: z.array(exchangeSchema).max(200),
};

export const meetingMinutesSchema = z
  .object({
    ...meetingFields,
    actions: z.array(agreedActionSchema).max(300),
    copies,
  })
  .superRefine(endNotBeforeStart);
export type MeetingMinutesContent = z.output<typeof meetingMinutesSchema>;

// ---- internal report of a meeting to superiors (Vietnamese only) -------------------------------------------

export const ACTION_STATUSES = ['open', 'inProgress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** An agreed action as the report shows it: with where it stands. */
export const reportActionSchema = agreedActionSchema.extend({ status: z.enum(ACTION_STATUSES).default('open') });

/** Who signs a Vietnamese-only document: "KT. CHỈ HUY TRƯỞNG / PHÓ CHỈ HUY TRƯỞNG", then the name. */
export const signatorySchema = z.object({
  /** The position as printed over the signature, e.g. "Trưởng Văn phòng" (printed in capitals). */
  position: required(120),
  /** Signing on behalf ("KT. Chỉ huy trưởng", "TL. Chỉ huy trưởng"): printed above the position. */
  onBehalfOf: optional(120),
  rank: optional(60),
  name: required(120),
});
export type SignatoryInput = z.output<typeof signatorySchema>;

/** "Nơi nhận:" lines, e.g. "Bộ Chỉ huy BĐBP tỉnh (để báo cáo);", "Lưu: VT." */
const recipients = z.array(required(200)).min(1, bi('Cần ít nhất một nơi nhận.', 'At least one recipient.')).max(20);

/**
 * "Báo cáo kết quả hội đàm": the internal report of one meeting to superiors. The same meeting facts as the
 * minutes; agreed actions carry their status; proposals (what needs direction) are free text.
 * Confidential information items ARE printed in the report when the print request allows it (marked "MẬT"),
 * and are then part of its content hash; see printMeetingReport.
 */
export const meetingReportSchema = z
  .object({
    ...meetingFields,
    actions: z.array(reportActionSchema).max(300),
    /** The day the report is signed (not before the meeting, never in the future). */
    reportDate: isoDate,
    /** Number of the signed minutes, when they were printed ("07/BB-VPLL-HT"). */
    minutesNumber: optional(40),
    /** What needs direction from superiors; one paragraph per line. Empty: "Không có." */
    proposals: limited(4000).default(''),
    recipients,
    signatory: signatorySchema,
  })
  .superRefine(endNotBeforeStart)
  .superRefine((value, ctx) => {
    if (value.reportDate < value.date)
      ctx.addIssue({ code: 'custom', path: ['reportDate'], message: bi('Ngày báo cáo trước ngày hội đàm.', 'The report is dated before the meeting.') });
  });
export type MeetingReportContent = z.output<typeof meetingReportSchema>;

// ---- bilingual liaison notice to the counterpart office ------------------------------------------------------

/**
 * What a notice is for: agreeing a handover (date, gate, transport, persons), reporting verification results,
 * requesting information, confirming an agreed action.
 */
export const NOTICE_PURPOSES = ['handoverArrangement', 'verificationResult', 'informationRequest', 'actionConfirmation'] as const;
export type NoticePurpose = (typeof NOTICE_PURPOSES)[number];

export const noticeFactsSchema = z.object({
  /** The handover the notice proposes or confirms (may be later than the notice: it is a plan). */
  handoverDate: isoDate.optional(),
  handoverTime: clockTime.optional(),
  gate: bilingualText(200).optional(),
  transport: bilingualText(120).optional(),
  persons: z
    .object({ total: z.number().int().min(0).max(1000), children: z.number().int().min(0).max(1000).optional() })
    .refine((p) => (p.children ?? 0) <= p.total, { path: ['children'], message: bi('Số trẻ em lớn hơn tổng số người.', 'More children than persons.') })
    .optional(),
  /** The result of verifying identity and nationality, as a sentence for each side. */
  verification: bilingualText(2000).optional(),
  /** The agreed action being confirmed, and by when. */
  action: bilingualText(1000).optional(),
  actionDue: isoDate.optional(),
  /** The meeting or minutes where it was agreed ("Biên bản hội đàm số 07/BB-VPLL-HT ngày 03/02/2026"). */
  agreedIn: optional(200),
});
export type NoticeFacts = z.output<typeof noticeFactsSchema>;

/** What each purpose cannot go without. */
const NOTICE_NEEDS: Record<NoticePurpose, ReadonlyArray<keyof NoticeFacts | 'body'>> = {
  handoverArrangement: ['handoverDate', 'gate'],
  verificationResult: ['verification'],
  informationRequest: ['body'],
  actionConfirmation: ['action'],
};

export const liaisonNoticeSchema = z
  .object({
    purpose: z.enum(NOTICE_PURPOSES),
    /** The day the notice is dated and signed (never in the future). */
    date: isoDate,
    /** The counterpart office it is addressed to; left out: the "Cambodian border liaison office" label. */
    counterpart: bilingualText(200).optional(),
    /** The subject line ("V/v …"); defaults to the purpose's wording. */
    subject: bilingualText(300).optional(),
    /** The counterpart's reference (their request or note number) the notice answers. */
    reference: optional(120),
    facts: noticeFactsSchema.default({}),
    /** Free text in both languages, one paragraph per line. */
    body: z.object({ vi: limited(4000).default(''), km: limited(4000).default('') }).default({ vi: '', km: '' }),
    signatory: signatorySchema.extend({ positionKm: optional(120), nameKm: optional(120) }),
  })
  .superRefine((value, ctx) => {
    for (const need of NOTICE_NEEDS[value.purpose]) {
      const missing = need === 'body' ? !value.body.vi : value.facts[need] === undefined;
      if (missing)
        ctx.addIssue({
          code: 'custom',
          path: need === 'body' ? ['body', 'vi'] : ['facts', need],
          message: bi('Thông báo loại này cần nội dung này.', 'This kind of notice needs this field.'),
        });
    }
  });
export type LiaisonNoticeContent = z.output<typeof liaisonNoticeSchema>;

// ---- (c) returned-crossers minutes --------------------------------------------------------------------------

export const CROSSING_DIRECTIONS = ['leavingVN', 'enteringVN'] as const;
export const CROSSING_METHODS = ['onFoot', 'motorbike', 'boat', 'vehicle', 'hiddenInCargo', 'other'] as const;
export const SEXES = ['male', 'female', 'other', 'unknown'] as const;

export const birthSchema = z.union([
  z.object({ date: isoDate }),
  z.object({ year: z.number().int().min(1900).max(2100) }),
  z.object({ estimatedAge: z.number().int().min(0).max(120) }),
  z.object({ unknown: z.literal(true) }),
]);

export const returnedPersonSchema = z.object({
  fullName: required(120),
  nameKhmer: optional(120),
  otherName: optional(120),
  sex: z.enum(SEXES),
  birth: birthSchema,
  nationality: bilingualText(60),
  homeAddress: limited(300),
  /** Identity documents carried ("Hộ chiếu", "N1234567"): the type as labelled in reference data. */
  identityDocuments: z
    .array(z.object({ type: required(80), number: optional(40) }))
    .max(10)
    .default([]),
  remarks: optional(300),
});

export const returnedCrossersSchema = z
  .object({
    /** `toKH`: Vietnam returns the persons to the Cambodian side; `toVN`: Cambodia returns them to Vietnam. */
    handover: z.enum(['toKH', 'toVN']),
    date: isoDate,
    startTime: clockTime,
    endTime: clockTime.optional(),
    gate: bilingualText(200),
    placeNote: bilingualText(200).optional(),
    delegations: delegationsSchema,
    interception: z.object({
      unit: bilingualText(200),
      date: isoDate,
      time: clockTime.optional(),
      direction: z.enum(CROSSING_DIRECTIONS),
      method: z.enum(CROSSING_METHODS).optional(),
      place: bilingualText(300),
      borderMarker: optional(20),
      /** Decimal degrees, when known (the record checks them against the province's border area). */
      coordinates: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).optional(),
      description: bilingualText(2000).optional(),
    }),
    persons: z.array(returnedPersonSchema).min(1, bi('Chưa có người nào được bàn giao.', 'Nobody is being handed over.')).max(500),
    documents: z.array(itemLineSchema).max(100).default([]),
    belongings: z.array(itemLineSchema).max(100).default([]),
    /** What the screening found, as a sentence for both sides; defaults to the "no indication" label. */
    screening: bilingualText(1000).optional(),
    copies,
  })
  .superRefine((value, ctx) => {
    if (value.interception.date > value.date)
      ctx.addIssue({ code: 'custom', path: ['interception', 'date'], message: bi('Ngày phát hiện sau ngày bàn giao.', 'The interception is after the handover.') });
    value.persons.forEach((person, i) => {
      const born = 'date' in person.birth ? person.birth.date : 'year' in person.birth ? `${person.birth.year}` : '';
      if (born > value.date.slice(0, born.length))
        ctx.addIssue({ code: 'custom', path: ['persons', i, 'birth'], message: bi('Ngày sinh sau ngày bàn giao.', 'Born after the handover date.') });
    });
  });
export type ReturnedCrossersContent = z.output<typeof returnedCrossersSchema>;
