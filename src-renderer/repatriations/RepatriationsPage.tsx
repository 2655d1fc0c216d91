import { Alert, Button, Spin } from 'antd';
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, Bilingual, CaseView } from '../../src-shared/contract/index.js';
import { navigate, useRoute } from '../app/router.js';
import { invoke } from '../bridge/engine.js';
import { pick } from '../i18n/index.js';
import { hasRole, useSession } from '../session/session-context.js';
import { CaseDetail } from './CaseDetail.js';
import { CaseForm } from './CaseForm.js';
import { CaseList } from './CaseList.js';
import './repatriations.css';

/**
 * Repatriation cases: `#/repatriations` (list), `/new`, `/<id>` (detail), `/<id>/edit`.
 * The case just saved or opened is handed between detail and form, so moving between them does not open
 * (and audit) the record again.
 */
export function RepatriationsPage() {
  const [, second, third] = useRoute();
  const { session } = useSession();
  const writer = hasRole(session, 'officer', 'liaison', 'commander');
  const known = useRef<CaseView | null>(null);
  const [moveErrors, setMoveErrors] = useState<{ id: string; errors?: Record<string, Bilingual>; focus?: string } | null>(null);

  const remember = (view: CaseView) => {
    known.current = view;
  };

  if (!second) return <CaseList />;
  if (second === 'new')
    return writer ? (
      <CaseForm
        key="new"
        onSaved={(view) => {
          remember(view);
          navigate('repatriations', view.id);
        }}
      />
    ) : (
      <Forbidden />
    );
  if (third === 'edit')
    return writer ? (
      <CaseLoader key={`edit:${second}`} id={second} known={known} onLoaded={remember}>
        {(view) => (
          <CaseForm
            key={`edit:${view.id}`}
            view={view}
            errorsFromMove={moveErrors?.id === view.id ? moveErrors.errors : undefined}
            focusField={moveErrors?.id === view.id ? moveErrors.focus : undefined}
            onSaved={(next) => {
              remember(next);
              setMoveErrors(null);
              navigate('repatriations', next.id);
            }}
          />
        )}
      </CaseLoader>
    ) : (
      <Forbidden />
    );
  return (
    <CaseLoader key={`detail:${second}`} id={second} known={known} onLoaded={remember} dropOnLock>
      {(view, setView) => (
        <CaseDetail
          view={view}
          onChange={(next) => {
            remember(next);
            setView(next);
          }}
          onEditWith={(errors, focus) => {
            setMoveErrors(errors || focus ? { id: view.id, errors, focus } : null);
            navigate('repatriations', view.id, 'edit');
          }}
        />
      )}
    </CaseLoader>
  );
}

/**
 * Loads a case (an audited opening) unless it was just saved or opened here. The detail view drops it when the
 * vault locks (names of victims do not stay behind the lock screen) and opens it again after unlock; the edit
 * form keeps it, so typed input survives the lock.
 */
function CaseLoader({
  id,
  known,
  onLoaded,
  dropOnLock,
  children,
}: {
  id: string;
  known: RefObject<CaseView | null>;
  onLoaded: (view: CaseView) => void;
  dropOnLock?: boolean;
  children: (view: CaseView, setView: (view: CaseView) => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const { locked, epoch } = useSession();
  const [view, setView] = useState<CaseView | null>(known.current?.id === id ? known.current : null);
  const [error, setError] = useState<AppError | null>(null);
  const loadedEpoch = useRef(view ? epoch : -1);

  useEffect(() => {
    if (locked) {
      if (dropOnLock) {
        setView(null);
        loadedEpoch.current = -1;
      }
      return;
    }
    if (view?.id === id && loadedEpoch.current === epoch) return;
    if (view?.id === id && !dropOnLock) return;
    let live = true;
    void invoke('repatriations.get', { id }).then((result) => {
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

  if (error) return <Alert type="error" showIcon title={pick(error.message)} action={<Button onClick={() => navigate('repatriations')}>{t('rep.detail.back')}</Button>} />;
  if (!view || view.id !== id) return <Spin description={t('app.loading')} />;
  return <>{children(view, setView)}</>;
}

function Forbidden() {
  const { t } = useTranslation();
  return <Alert type="warning" showIcon title={t('pages.forbidden')} />;
}
