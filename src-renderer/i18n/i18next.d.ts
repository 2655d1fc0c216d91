import type { Catalogue } from './vi.js';

/** The catalogue's keys are the only keys `t` takes: a missing or misspelt key fails the type-check. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}
