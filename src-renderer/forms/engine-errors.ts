import type { FormInstance } from 'antd';
import type { z } from 'zod';
import { fieldErrors, type AppError, type Bilingual } from '../../src-shared/contract/index.js';
import { fieldMessage } from '../i18n/Tr.js';

/** "admin.password" → ["admin", "password"]; "office.issuingBodyVi.0" → ["office", "issuingBodyVi", 0]. */
export const namePath = (path: string): (string | number)[] => path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * Puts the engine's (or the shared schema's) field messages beside the fields of an antd form, in the language
 * shown and following a language switch (both languages are kept). Values are never touched, so the form keeps
 * what was typed. `rename` maps engine paths to form paths when they differ.
 * Returns the paths it could place, so the caller knows whether a general notice is still needed.
 */
export function showFieldErrors(form: FormInstance, fields: Record<string, Bilingual> | undefined, rename: (path: string) => string | null = (path) => path): string[] {
  if (!fields) return [];
  const placed: string[] = [];
  const entries = Object.entries(fields).flatMap(([path, message]) => {
    const target = rename(path);
    if (target === null) return [];
    // An error on a whole list ("office.issuingBodyVi") shows beside its first line.
    const name = Array.isArray(form.getFieldValue(namePath(target))) ? `${target}.0` : target;
    placed.push(path);
    return [{ name: namePath(name), errors: [fieldMessage(message)] }];
  });
  form.setFields(entries);
  if (entries.length) void form.scrollToField(entries[0].name, { block: 'center' });
  return placed;
}

/** False when the error's only field message says exactly what the general message says (no need to say it twice). */
export function needsNotice(error: AppError): boolean {
  const fields = Object.values(error.fields ?? {});
  return !(fields.length === 1 && fields[0].vi === error.message.vi);
}

/** Client-side check with the contract's own schema: the same messages the engine would give. */
export function schemaErrors(schema: z.ZodType, value: unknown): Record<string, Bilingual> | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? null : fieldErrors(parsed.error, value);
}

/**
 * The field messages of an error that the screen could not place beside a field (the field is on another
 * screen, or nowhere): every engine error reaches the person, even when its field is not shown.
 */
export function unplacedFields(error: AppError, placed: readonly string[] = []): [string, Bilingual][] {
  return Object.entries(error.fields ?? {}).filter(([path]) => !placed.includes(path));
}

/** Moves focus to a form field once it is on screen (after navigating to the form, the field renders later). */
export function focusFieldWhenShown(form: FormInstance, path: string, tries = 20) {
  const name = namePath(path);
  const attempt = (left: number) => {
    if (form.getFieldInstance(name)) {
      void form.scrollToField(name, { block: 'center' });
      form.focusField(name);
    } else if (left > 0) requestAnimationFrame(() => attempt(left - 1));
  };
  attempt(tries);
}
