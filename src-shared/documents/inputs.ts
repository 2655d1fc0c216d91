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

export const meetingMinutesSchema = z
  .object({
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
    actions: z.array(agreedActionSchema).max(300),
    copies,
  })
  .superRefine(endNotBeforeStart);
export type MeetingMinutesContent = z.output<typeof meetingMinutesSchema>;

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
  identityDocuments: z.array(z.object({ type: required(80), number: optional(40) })).max(10).default([]),
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
    interception: z
      .object({
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
