import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Repatriation cases: list, detail, forms, group import, printing. */
export function RepatriationsPage() {
  const { t } = useTranslation();
  return (
    <section>
      <Typography.Title level={2} className="page-title">
        {t('rep.title')}
      </Typography.Title>
    </section>
  );
}
