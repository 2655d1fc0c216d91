import { Alert, Button, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_WRITERS, type AppError, type MeetingView } from '../../src-shared/contract/index.js';
import { navigate, useRoute } from '../app/router.js';
import { invoke } from '../bridge/engine.js';
import { pick } from '../i18n/index.js';
import { hasRole, useSession } from '../session/session-context.js';
import { CounterpartTimeline } from './CounterpartTimeline.js';
import { MeetingDetail } from './MeetingDetail.js';
import { MeetingForm } from './MeetingForm.js';
import { MeetingLog } from './MeetingLog.js';
import { ReviewQueue } from './ReviewQueue.js';
import '../repatriations/repatriations.css';
import './meetings.css';

/**
 * Meetings: `#/meetings` (log), `/queue` (review queue), `/timeline/<office>`, `/new`, `/<id>` (detail),
 * `/<id>/edit`. The meeting just saved or opened is handed between detail and form (no second audited opening).
 */
export function MeetingsPage() {
  const [, second, third] = useRoute();
  const { session } = useSession();
  const writer = hasRole(session, ...MEETING_WRITERS);
  const known = useRef<MeetingView | null>(null);
  const remember = (view: MeetingView) => {
    known.current = view;
  };

  if (!second) return <MeetingLog />;
  if (second === 'queue') return <ReviewQueue />;
  if (second === 'timeline' && third) return <CounterpartTimeline code={third} />;
  if (second === 'new')
    return writer ? (
      <MeetingForm
        key="new"
        onSaved={(view) => {
          remember(view);
          navigate('meetings', view.id);
        }}
      />
    ) : (
      <Forbidden />
    );
  if (third === 'edit')
    return writer ? (
      <MeetingLoader key={`edit:${second}`} id={second} known={known.current} onLoaded={remember}>
        {(view) => (
          <MeetingForm
            key={`edit:${view.id}`}
            view={view}
            onSaved={(next) => {
              remember(next);
              navigate('meetings', next.id);
            }}
          />
        )}
      </MeetingLoader>
    ) : (
      <Forbidden />
    );
  return (
    <MeetingLoader key={`detail:${second}`} id={second} known={known.current} onLoaded={remember}>
      {(view, setView) => (
        <MeetingDetail
          view={view}
          onChange={(next) => {
            remember(next);
            setView(next);
          }}
        />
      )}
    </MeetingLoader>
  );
}

/** Opens a meeting (audited) unless it was just saved or opened here; opened again after an unlock. */
function MeetingLoader({
  id,
  known,
  onLoaded,
  children,
}: {
  id: string;
  known: MeetingView | null;
  onLoaded: (view: MeetingView) => void;
  children: (view: MeetingView, setView: (view: MeetingView) => void) => React.ReactNode;
}) {
  const { t } = useTranslation();
  const { locked, epoch } = useSession();
  const [view, setView] = useState<MeetingView | null>(known?.id === id ? known : null);
  const [error, setError] = useState<AppError | null>(null);
  const loadedEpoch = useRef(view ? epoch : -1);

  useEffect(() => {
    if (locked) return;
    if (view?.id === id && loadedEpoch.current === epoch) return;
    let live = true;
    void invoke('meetings.get', { id }).then((result) => {
      if (!live) return;
      if (result.ok) {
        loadedEpoch.current = epoch;
        setView(result.value);
        setError(null);
        onLoaded(result.value);
      } else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [id, locked, epoch]);

  if (error) return <Alert type="error" showIcon title={pick(error.message)} action={<Button onClick={() => navigate('meetings')}>{t('meet.detail.back')}</Button>} />;
  if (!view || view.id !== id) return <Spin description={t('app.loading')} />;
  return <>{children(view, setView)}</>;
}

function Forbidden() {
  const { t } = useTranslation();
  return <Alert type="warning" showIcon title={t('pages.forbidden')} />;
}
