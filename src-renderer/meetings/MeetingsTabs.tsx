import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/router.js';

/** The log and the review queue: two views of the same meetings. */
export function MeetingsTabs({ current }: { current: 'log' | 'queue' }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('meet.title')} className="meet-tabs">
      <Segmented
        value={current}
        options={[
          { value: 'log', label: t('meet.tab.log') },
          { value: 'queue', label: <span data-testid="meetings-queue-tab">{t('meet.tab.queue')}</span> },
        ]}
        onChange={(value) => (value === 'log' ? navigate('meetings') : navigate('meetings', 'queue'))}
      />
    </nav>
  );
}
