import { App as AntApp, DatePicker, Form, Input, type FormItemProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A date field whose form value is the contract's string ("2026-03-20"), shown and typed as dd/mm/yyyy.
 * Keeping strings in the form means the engine's field paths and the form's paths are the same.
 */
export function DateItem({ withTime, disabled, placeholder, ...props }: FormItemProps & { withTime?: boolean; disabled?: boolean; placeholder?: string }) {
  const format = withTime ? 'DD/MM/YYYY HH:mm' : 'DD/MM/YYYY';
  return (
    <Form.Item
      {...props}
      getValueProps={(value: string | null | undefined) => ({ value: value ? dayjs(value) : null })}
      normalize={(value: Dayjs | null) => (value ? value.format(withTime ? 'YYYY-MM-DDTHH:mm' : 'YYYY-MM-DD') : null)}
    >
      <DatePicker format={format} showTime={withTime ? { format: 'HH:mm' } : false} style={{ width: '100%' }} disabled={disabled} placeholder={placeholder ?? format.toLowerCase()} needConfirm={false} />
    </Form.Item>
  );
}

/** "Leave without saving?" — asked before dropping typed input. Resolves true when the person agrees. */
export function useConfirmDiscard() {
  const { modal } = AntApp.useApp();
  const { t } = useTranslation();
  return useCallback(
    (text?: string) =>
      new Promise<boolean>((resolve) => {
        // Opened after the current key event: an Esc that asked for it must not also close it.
        setTimeout(() =>
        modal.confirm({
          title: t('rep.form.discardTitle'),
          content: text ?? t('rep.form.discardText'),
          okText: t('rep.form.discardOk'),
          cancelText: t('rep.form.discardStay'),
          okButtonProps: { danger: true },
          onOk: () => resolve(true),
          onCancel: () => resolve(false),
        }),
        );
      }),
    [modal, t],
  );
}

/** A section of a long form: a heading and its fields (keeps Tab order top to bottom). */
export function FormSection({ title, id, children, extra }: { title: string; id?: string; children: ReactNode; extra?: ReactNode }) {
  return (
    <section className="rep-section" aria-labelledby={id}>
      <div className="rep-section-head">
        <h3 id={id}>{title}</h3>
        {extra}
      </div>
      {children}
    </section>
  );
}

/**
 * After the commander's approval every change is an amendment: asks for the reason (audited with the change).
 * Resolves null when the person cancels.
 */
export function useAskReason() {
  const { modal } = AntApp.useApp();
  const { t } = useTranslation();
  return useCallback(
    (text?: string) =>
      new Promise<string | null>((resolve) => {
        let reason = '';
        // An empty reason is refused beside the field, in words (the dialog stays open, nothing typed is lost).
        const content = (problem: boolean) => (
          <div>
            <p>{text ?? t('rep.amend.text')}</p>
            <Input.TextArea
              autoFocus
              rows={3}
              maxLength={500}
              aria-label={t('rep.amend.reason')}
              aria-invalid={problem}
              aria-describedby={problem ? 'amend-reason-error' : undefined}
              status={problem ? 'error' : undefined}
              data-testid="amend-reason"
              onChange={(event) => (reason = event.target.value)}
            />
            {problem && (
              <div id="amend-reason-error" className="rep-error-text" role="alert">
                {t('rep.amend.needReason')}
              </div>
            )}
          </div>
        );
        const dialog = modal.confirm({
          title: t('rep.amend.title'),
          content: content(false),
          okText: t('rep.amend.ok'),
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
    [modal, t],
  );
}

/**
 * Enter saves a form, except where Enter already means something: confirming a typed date in a date picker or
 * choosing an option in a select. Without this, confirming a date would also submit the whole form.
 */
export function keepEnterInPickers(event: KeyboardEvent) {
  if (event.key !== 'Enter') return;
  const target = event.target as HTMLElement;
  if (target.closest('.ant-picker, .ant-select')) event.preventDefault();
}
