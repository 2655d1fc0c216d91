import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Bilingual } from '../../src-shared/contract/index.js';
import { en } from './en.js';
import { vi } from './vi.js';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

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
  void i18next.changeLanguage(language);
}
document.documentElement.lang = initial;

/** Picks the engine's bilingual message in the current UI language. */
export const pick = (message: Bilingual, language: string = i18next.language) => (language === 'en' ? message.en : message.vi);

export { i18next };
