import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Bilingual } from '../../src-shared/contract/index.js';
import { en } from './en.js';
import { vi } from './vi.js';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const catalogues = { vi, en } as const;

const stored = localStorage.getItem('blo.language');
const initial: Language = stored === 'en' ? 'en' : 'vi';

void i18next.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
});

export function setLanguage(language: Language) {
  localStorage.setItem('blo.language', language);
  document.documentElement.lang = language;
  dayjs.locale(language);
  void i18next.changeLanguage(language);
}
dayjs.locale(initial);
document.documentElement.lang = initial;

/** Picks the engine's bilingual message in the current UI language. */
export const pick = (message: Bilingual, language: string = i18next.language) => (language === 'en' ? message.en : message.vi);

export { i18next };

/** The catalogue of the current language, for look-ups whose keys contain dots (audit action codes). */
export const currentCatalogue = () => (i18next.language === 'en' ? en : vi);

const pad = (n: number) => String(n).padStart(2, '0');
/** dd/mm/yyyy HH:mm:ss in local time, as officers write it. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
