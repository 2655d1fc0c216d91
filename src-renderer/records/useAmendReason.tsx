import { App as AntApp, Input } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordViewBase } from './kind.js';
import type { RecordTexts } from './texts.js';

/**
 * After a commander's approval every change is an amendment: `amendReason(view)` asks for the reason (audited with
 * the change) when the record is approved, resolves '' when it is not, and null when the person cancels. An empty
 * reason is refused beside the field, in words; the dialog stays open and nothing typed is lost.
 */
export function useAmendReason(texts: Pick<RecordTexts, 'amendTitle' | 'amendText'>) {
  const { modal } = AntApp.useApp();
  const { t } = useTranslation();
  const { amendTitle, amendText } = texts;
  const ask = useCallback(
    () =>
      new Promise<string | null>((resolve) => {
        let reason = '';
        const content = (problem: boolean) => (
          <div>
            <p>{t(amendText)}</p>
            <Input.TextArea
              autoFocus
              rows={3}
              maxLength={500}
              aria-label={t('records.amend.reason')}
              aria-invalid={problem}
              aria-describedby={problem ? 'amend-reason-error' : undefined}
              status={problem ? 'error' : undefined}
              data-testid="amend-reason"
              onChange={(event) => (reason = event.target.value)}
            />
            {problem && (
              <div id="amend-reason-error" className="record-error-text" role="alert">
                {t('records.amend.needReason')}
              </div>
            )}
          </div>
        );
        const dialog = modal.confirm({
          title: t(amendTitle),
          content: content(false),
          okText: t('records.amend.ok'),
          cancelText: t('common.cancel'),
          onOk: () => {
            if (!reason.trim()) {
              dialog.update({ content: content(true) });
              return Promise.reject(new Error('reason needed'));
            }
            resolve(reason.trim());
          },
          onCancel: () => resolve(null),
        });
      }),
    [modal, t, amendTitle, amendText],
  );
  return useCallback((view: Pick<RecordViewBase, 'approved'> | null | undefined): Promise<string | null> => (view?.approved ? ask() : Promise.resolve('')), [ask]);
}
