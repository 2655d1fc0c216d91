/**
 * Pure helpers of the repatriation screens: dates as officers write them, child status computed the way the
 * engine computes it (so the form can show the "Trẻ em" badge before saving), the workflow's next steps, and
 * the comparison behind a stale-save notice.
 */
import type { CaseFields, CaseView, PersonInput, RepatriationStage } from '../../src-shared/contract/index.js';
import { ageAt as sharedAgeAt, CHILD_AGE_LIMIT } from '../../src-shared/people/age.js';
import { APPROVABLE, defaultVerificationDeadline, eventDate, NEXT_STAGES } from '../../src-shared/repatriations/workflow.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-03-20" → "20/03/2026"; null/empty → "". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** "2026-03-20T09:30" → "20/03/2026 09:30" (local wall time as typed; instants with a zone are shown in local time). */
export function formatDateTimeShort(iso: string | null | undefined): string {
  if (!iso) return '';
  if (/[zZ]|[+-]\d{2}:\d{2}$/.test(iso)) {
    const d = new Date(iso);
    if (!Number.isNaN(d.getTime())) return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]} ${match[4]}:${match[5]}` : formatDate(iso);
}

export const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

export const defaultDeadline = (requestedOn: string | null | undefined) => (requestedOn && /^\d{4}-\d{2}-\d{2}$/.test(requestedOn) ? defaultVerificationDeadline(requestedOn) : '');

/** The date that decides child status, as the engine decides it; today while the form has no dates yet. */
export const eventDateOf = (fields: { handoverAt?: string | null; agreedDate?: string | null; requestedOn?: string | null }) =>
  eventDate({ handoverAt: fields.handoverAt || null, agreedDate: fields.agreedDate || null, requestedOn: fields.requestedOn || todayIso() });

type Birth = { exact?: string | null; year?: number | null; estimatedAge?: { years: number; at: string } | null };

/**
 * Age at the event date by the engine's own rule (src-shared/people/age.ts): the youngest age compatible with
 * what is known, so an uncertain age never turns a possible child into an adult. Null while the form holds
 * nothing (or nothing valid yet) about the birth.
 */
export function ageAt(birth: Birth | null | undefined, eventDate: string): { years: number; exact: boolean } | null {
  if (!birth) return null;
  try {
    const age = sharedAgeAt({ exact: birth.exact ?? undefined, year: birth.year ?? undefined, estimatedAge: birth.estimatedAge ?? undefined }, eventDate);
    return age && { years: age.years, exact: age.exact };
  } catch {
    return null; // half-typed dates
  }
}

export const isChild = (birth: Birth | null | undefined, eventDate: string): boolean | null => {
  const age = ageAt(birth, eventDate);
  return age === null ? null : age.years < CHILD_AGE_LIMIT;
};

export { APPROVABLE, NEXT_STAGES };
/** The main line shown as steps; "cancelled" replaces the rest when it happens. */
export const MAIN_STAGES: readonly RepatriationStage[] = ['requested', 'verifying', 'agreed', 'handed_over', 'referred', 'closed'];

/** The case fields of a stored case, as the update channel takes them. */
export function fieldsOf(view: CaseView): CaseFields {
  return {
    direction: view.direction,
    requestSource: view.requestSource,
    counterpartReference: view.counterpartReference,
    requestedOn: view.requestedOn,
    verificationDeadline: view.verificationDeadline,
    agreedDate: view.agreedDate,
    gateCode: view.gateCode,
    transportMode: view.transportMode,
    handoverAt: view.handoverAt,
    placeNote: view.placeNote,
    dossierChecked: view.dossierChecked,
    identityCheckDone: view.identityCheckDone,
    healthSummary: view.healthSummary,
    summary: view.summary,
    delegations: view.delegations,
    items: view.items,
    referrals: view.referrals,
    internalHandover: view.internalHandover,
  };
}

export const CASE_FIELD_KEYS = [
  'direction',
  'requestSource',
  'counterpartReference',
  'requestedOn',
  'verificationDeadline',
  'agreedDate',
  'gateCode',
  'transportMode',
  'handoverAt',
  'placeNote',
  'dossierChecked',
  'identityCheckDone',
  'healthSummary',
  'summary',
  'delegations',
  'items',
  'referrals',
  'internalHandover',
] as const satisfies readonly (keyof CaseFields)[];

/** Empty strings, nulls and missing values are the same "nothing" when comparing what two people saved. */
function normal(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null;
  if (Array.isArray(value)) return value.map(normal);
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => [k, normal(v)] as const)
      .filter(([, v]) => v !== null && v !== false)
      .sort(([a], [b]) => a.localeCompare(b));
    return entries.length ? Object.fromEntries(entries) : null;
  }
  if (typeof value === 'string') return value.trim() || null;
  return value;
}

/** Field names whose stored value differs from what the person has in the form. */
export function differingFields(mine: Partial<CaseFields>, stored: CaseView): (keyof CaseFields)[] {
  const theirs = fieldsOf(stored);
  return CASE_FIELD_KEYS.filter((key) => {
    if (key === 'verificationDeadline' && !mine[key]) return false; // left empty: the engine fills the default
    return JSON.stringify(normal(mine[key])) !== JSON.stringify(normal(theirs[key]));
  });
}

/** A new, empty person as the form starts it. */
export const emptyPerson = (): PersonInput => ({
  fullNameVi: '',
  nameKm: '',
  nameLatin: '',
  aliases: [],
  sex: 'unknown',
  birth: { exact: null, year: null, estimatedAge: null },
  nationality: 'VN',
  idDocuments: [],
  address: { country: 'VN', provinceCode: null, districtCode: null, communeCode: null, line: '' },
  contacts: '',
  guardian: null,
});

/** A CSV cell, quoted when it needs to be (commas, quotes, line breaks, a leading "#" that would read as a note). */
export const csvCell = (text: string) => (/[",\r\n]|^#/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export function toCsv(columns: string[], rows: Record<string, string>[]): string {
  return [columns.map(csvCell).join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c] ?? '')).join(','))].join('\r\n');
}

/** UTF-8 bytes of a text, as base64 (btoa needs bytes, not UTF-16). */
export function textToBase64(text: string): string {
  const bytes = new TextEncoder().encode(`\uFEFF${text}`);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export { base64ToBlob, formatBytes, readBase64 } from '../records/files.js';
