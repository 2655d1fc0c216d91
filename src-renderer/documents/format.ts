import { currentCatalogue } from '../i18n/index.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** dd/mm/yyyy of an ISO instant (local time) or of a plain ISO date (taken as written, no time-zone shift). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (plain) return `${plain[3]}/${plain[2]}/${plain[1]}`;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}

/** A document template code in words; an unknown code (a template added later) shows as it is. */
export function templateName(code: string | undefined): string {
  if (!code) return '';
  const names: Record<string, string> = currentCatalogue().docs.templates;
  return names[code] ?? code;
}

export function recordTypeName(code: string | undefined): string {
  if (!code) return '';
  const names: Record<string, string> = currentCatalogue().docs.recordTypes;
  return names[code] ?? code;
}

/** Case- and diacritic-insensitive text match for table filters ("dao tao" finds "Đào tạo"; Khmer as a plain substring). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .normalize('NFC');
}
