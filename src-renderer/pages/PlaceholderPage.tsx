import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A capability whose screens arrive in a later issue. */
export function PlaceholderPage({ page }: { page: 'meetings' | 'repatriations' | 'interceptions' | 'reports' | 'administration' }) {
  const { t } = useTranslation();
  return (
    <section>
      <Typography.Title level={2} className="page-title">
        {t(`pages.${page}.title`)}
      </Typography.Title>
      <Empty description={t(`pages.${page}.empty`)} />
    </section>
  );
}
