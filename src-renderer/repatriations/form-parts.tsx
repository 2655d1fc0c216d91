import { App as AntApp, DatePicker, Form, type DatePickerProps, type FormItemProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const dateFormat = (withTime?: boolean) => (withTime ? 'DD/MM/YYYY HH:mm' : 'DD/MM/YYYY');

/**
 * The Form.Item props of a date field whose form value is the contract's string ("2026-03-20"), shown and typed
 * as dd/mm/yyyy. Keeping strings in the form means the engine's field paths and the form's paths are the same.
 */
export const dateItemProps = (withTime?: boolean): Pick<FormItemProps, 'getValueProps' | 'normalize'> => ({
  getValueProps: (value: string | null | undefined) => ({ value: value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format(withTime ? 'YYYY-MM-DDTHH:mm' : 'YYYY-MM-DD') : null),
});

/** The picker of a date field (inside a Form.Item with dateItemProps). */
export function DateInput({ withTime, placeholder, ...props }: Omit<DatePickerProps, 'format' | 'showTime' | 'needConfirm'> & { withTime?: boolean }) {
  const format = dateFormat(withTime);
  return (
    <DatePicker
      {...props}
      format={format}
      showTime={withTime ? { format: 'HH:mm' } : false}
      style={{ width: '100%' }}
      placeholder={placeholder ?? format.toLowerCase()}
      needConfirm={false}
    />
  );
}

/** A date field of a form: label, rules and errors, its value the contract's string. */
export function DateItem({ withTime, disabled, placeholder, ...props }: FormItemProps & { withTime?: boolean; disabled?: boolean; placeholder?: string }) {
  return (
    <Form.Item {...props} {...dateItemProps(withTime)}>
      <DateInput withTime={withTime} disabled={disabled} placeholder={placeholder} />
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
 * Enter saves a form, except where Enter already means something: confirming a typed date in a date picker or
 * choosing an option in a select. Without this, confirming a date would also submit the whole form.
 */
export function keepEnterInPickers(event: KeyboardEvent) {
  if (event.key !== 'Enter') return;
  const target = event.target as HTMLElement;
  if (target.closest('.ant-picker, .ant-select')) event.preventDefault();
}
