import type { z } from 'zod';
import type { Bilingual } from './result.js';

/**
 * Schemas carry bilingual messages as one string "vi␟en" (zod messages are plain strings).
 * `bi()` builds such a string; `splitBilingual()` reads it back.
 */
const SEP = '\u241F';
export const bi = (vi: string, en: string): string => `${vi}${SEP}${en}`;

export function splitBilingual(message: string): Bilingual | null {
  const at = message.indexOf(SEP);
  return at < 0 ? null : { vi: message.slice(0, at), en: message.slice(at + SEP.length) };
}

/** A Vietnamese and English message for one zod issue, shown beside the field. */
export function issueMessage(issue: z.core.$ZodIssue, input?: unknown): Bilingual {
  const custom = splitBilingual(issue.message);
  if (custom) return custom;
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(input, issue.path) === undefined ? { vi: 'Bắt buộc nhập.', en: 'Required.' } : { vi: 'Sai kiểu dữ liệu.', en: `Expected ${issue.expected}.` };
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? { vi: 'Không được để trống.', en: 'Must not be empty.' }
          : { vi: `Cần ít nhất ${issue.minimum} ký tự.`, en: `At least ${issue.minimum} characters.` };
      if (issue.origin === 'array') return { vi: `Cần ít nhất ${issue.minimum} mục.`, en: `At least ${issue.minimum} items.` };
      return { vi: `Giá trị phải từ ${issue.minimum} trở lên.`, en: `Must be at least ${issue.minimum}.` };
    case 'too_big':
      if (issue.origin === 'string') return { vi: `Tối đa ${issue.maximum} ký tự.`, en: `At most ${issue.maximum} characters.` };
      if (issue.origin === 'array') return { vi: `Tối đa ${issue.maximum} mục.`, en: `At most ${issue.maximum} items.` };
      return { vi: `Giá trị tối đa là ${issue.maximum}.`, en: `Must be at most ${issue.maximum}.` };
    case 'invalid_format':
      return { vi: 'Sai định dạng.', en: `Invalid format (${issue.format}).` };
    case 'invalid_value':
      return { vi: 'Giá trị không nằm trong danh sách cho phép.', en: 'Value is not one of the allowed options.' };
    case 'unrecognized_keys':
      return { vi: `Trường không được phép: ${issue.keys.join(', ')}.`, en: `Unknown field(s): ${issue.keys.join(', ')}.` };
    default:
      return { vi: 'Giá trị không hợp lệ.', en: 'Invalid value.' };
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Field path → message, for every issue of a failed parse of `input`. The root is called "_". */
export function fieldErrors(error: z.ZodError, input: unknown): Record<string, Bilingual> {
  const fields: Record<string, Bilingual> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : '_';
    fields[key] ??= issueMessage(issue, input);
  }
  return fields;
}
