import type { Catalogue } from './vi.js';

/** "a.b.c" for every string of a nested catalogue; plural forms ("total_one") are also reachable by their stem. */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` | (K extends `${infer Stem}_${'one' | 'other'}` ? `${P}${Stem}` : never) : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every key of the Vietnamese catalogue (the one `en` must match): a key that is not there fails the type-check. */
export type TKey = Leaves<Catalogue>;
