import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../src-shared/contract/index.js';
import { pick } from './index.js';
import type { TKey } from './keys.js';

/**
 * A translated text as an element, for messages antd stores once (form rule messages): it follows a language
 * switch instead of keeping the words of the moment it was created.
 */
export function Tr({ k }: { k: TKey }) {
  const { t } = useTranslation();
  return <>{t(k)}</>;
}

/** The engine's (or the shared schema's) message as an element in the language shown, following a switch. */
export function Picked({ message }: { message: Bilingual }) {
  const { i18n } = useTranslation();
  return <>{pick(message, i18n.language)}</>;
}

/**
 * A field message for antd's `form.setFields`: antd keeps field errors as they were set and renders them as nodes
 * (its types say strings), so a picked string would stay in the language of the moment; this element follows a switch.
 */
export const fieldMessage = (message: Bilingual) => (<Picked message={message} />) as unknown as string;
