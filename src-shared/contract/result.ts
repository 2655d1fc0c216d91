/** Every engine answer is data: either a value or a typed error. Never a thrown exception across the boundary. */

/** A message in both UI languages. The engine never sends English only: officers read Vietnamese. */
export interface Bilingual {
  vi: string;
  en: string;
}

export const ERROR_CODES = [
  'unknown_channel',
  'invalid_input',
  'forbidden',
  'not_signed_in',
  'locked',
  'not_set_up',
  'already_set_up',
  'wrong_credentials',
  'account_locked',
  'slow_down',
  'account_disabled',
  'password_change_required',
  'weak_password',
  'not_found',
  'conflict',
  'rule_violation',
  'schema_too_new',
  'io_error',
  'damaged',
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  code: ErrorCode;
  message: Bilingual;
  /** Field path (dot-separated, e.g. "persons.2.birthDate") → message, for errors shown beside a field. */
  fields?: Record<string, Bilingual>;
  /** Extra machine-readable detail safe for the UI (e.g. the current record on a conflict). */
  detail?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppError): Result<never> => ({ ok: false, error });
