import { Select } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setLanguage, type Language } from '../i18n/index.js';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
      <label htmlFor={id} className="language-label">
        {t('app.language')}
      </label>
      <Select
        id={id}
        value={i18n.language as Language}
        style={{ width: 130 }}
        onChange={(value: Language) => setLanguage(value)}
        options={[
          { value: 'vi', label: 'Tiếng Việt' },
          { value: 'en', label: 'English' },
        ]}
      />
    </span>
  );
}
