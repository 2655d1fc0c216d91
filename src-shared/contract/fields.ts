import { z } from 'zod';
import { tooLong } from '../people/text-limits.js';
import { bi } from './validation.js';

/**
 * Field schemas every record kind's contract uses. Free text is limited in user-perceived characters
 * (src-shared/people/text-limits.ts): too long is refused, never cut.
 */
export const limited = (schema: z.ZodString, max: number) =>
  schema.superRefine((value, ctx) => {
    const problem = tooLong(value, max);
    if (problem) ctx.addIssue({ code: 'custom', message: bi(problem.vi, problem.en) });
  });
/** Optional free text: empty when not given. */
export const text = (max: number) => limited(z.string().trim(), max).default('');
export const required = (max: number) => limited(z.string().trim().min(1, bi('Không được để trống.', 'Must not be empty.')), max);
/** A reference-data code (vocabulary item, gate, agency). */
export const code = z.string().trim().max(64);
export const isoDate = z.iso.date({ error: bi('Ngày không hợp lệ (yyyy-mm-dd).', 'Invalid date (yyyy-mm-dd).') });
export const isoDateTime = z.iso.datetime({ offset: true, local: true, error: bi('Thời điểm không hợp lệ.', 'Invalid date and time.') });
export const id = z.string().uuid();
export const version = z.number().int().positive();
