import type { AppError, Bilingual, ErrorCode } from '../../src-shared/contract/index.js';

/** Thrown by handlers for expected failures; the dispatcher turns it into `{ ok: false, error }`. */
export class EngineError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly bilingual: Bilingual,
    readonly fields?: Record<string, Bilingual>,
    readonly detail?: unknown,
  ) {
    super(bilingual.en);
    this.name = 'EngineError';
  }

  toAppError(): AppError {
    return {
      code: this.code,
      message: this.bilingual,
      ...(this.fields ? { fields: this.fields } : {}),
      ...(this.detail !== undefined ? { detail: this.detail } : {}),
    };
  }
}

export const fieldError = (field: string, vi: string, en: string, code: ErrorCode = 'invalid_input') => new EngineError(code, { vi, en }, { [field]: { vi, en } });
