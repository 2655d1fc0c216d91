import type { TFunction } from 'i18next';

/**
 * Proof for `npm run typecheck` (nothing imports this file, so it is never bundled) that t() takes only keys of
 * the Vietnamese catalogue: each line marked below must fail the type-check, or the check itself fails.
 */
export function typedKeysCheck(t: TFunction) {
  // @ts-expect-error a misspelt key is not in the catalogue
  t('meet.detail.nosuchkey');
  // @ts-expect-error a key built from any string at run time is refused
  t(`meet.type.${String(Date.now())}`);
  return t('common.edit');
}
