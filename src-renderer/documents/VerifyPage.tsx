import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Checks a printed document's number and hash against the register. */
export function VerifyPage() {
  const { t } = useTranslation();
  return (
    <section>
      <Typography.Title level={2} className="page-title">
        {t('docs.verifyTitle')}
      </Typography.Title>
    </section>
  );
}
