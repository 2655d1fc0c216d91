import { useTranslation } from 'react-i18next';
import type { TKey } from './keys.js';

/**
 * A translated text as an element, for messages antd stores once (form rule messages): it follows a language
 * switch instead of keeping the words of the moment it was created.
 */
export function Tr({ k }: { k: TKey }) {
  const { t } = useTranslation();
  return <>{t(k)}</>;
}
