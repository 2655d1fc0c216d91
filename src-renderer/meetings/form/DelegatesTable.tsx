import { Button, Form, Input, Select, type FormInstance } from 'antd';
import type { ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DELEGATE_ROLES, type Bilingual } from '../../../src-shared/contract/index.js';
import { pick } from '../../i18n/index.js';
import { delegateFromCells, emptyDelegate, parseTsv, type DelegateRow, type MeetingFormValues } from '../model.js';

const COLUMNS = ['name', 'nameKm', 'rank', 'position', 'positionKm', 'agency'] as const;
const KHMER_COLUMNS: readonly string[] = ['nameKm', 'positionKm'];

/** Focuses a field of the form by its path once it is rendered (after a row was added). */
export function focusLater(form: FormInstance, path: (string | number)[]) {
  setTimeout(() => form.getFieldInstance(path)?.focus?.(), 0);
}

/**
 * One side's delegation as a table of fields. A row is added with the button (Tab, Enter); a block copied from
 * Excel (tab-separated) pasted into any cell fills that row and the ones below, adding rows as needed.
 */
export function DelegatesTable({
  side,
  form,
  problem,
  needed,
  onPasted,
}: {
  side: 'VN' | 'KH';
  form: FormInstance<MeetingFormValues>;
  /** An error on the whole delegation from the last save. */
  problem?: Bilingual;
  /** What submitting will ask for (not an error yet: a draft may be saved without it). */
  needed?: Bilingual;
  onPasted: (count: number) => void;
}) {
  const { t } = useTranslation();
  const name = side === 'VN' ? 'delegatesVN' : 'delegatesKH';

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (!text.includes('\t') && !/\n./.test(text.trim())) return;
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-row]');
    const start = cell ? Number(cell.dataset.row) : ((form.getFieldValue(name) as DelegateRow[] | undefined)?.length ?? 0);
    const rows = parseTsv(text).map(delegateFromCells);
    if (!rows.length) return;
    event.preventDefault();
    const current = [...((form.getFieldValue(name) as DelegateRow[] | undefined) ?? [])];
    rows.forEach((row, i) => (current[start + i] = row));
    form.setFieldValue(name, current);
    onPasted(rows.length);
  };

  return (
    <div className="meet-delegates" onPaste={onPaste} data-testid={`delegates-${side}`}>
      <Form.List name={name}>
        {(rows, { add, remove }) => (
          <>
            {rows.length > 0 && (
              <div className="meet-grid meet-delegate-grid meet-grid-head" aria-hidden>
                {COLUMNS.map((column) => (
                  <span key={column}>{t(`meet.field.${column}`)}</span>
                ))}
                <span>{t('meet.field.role')}</span>
                <span />
              </div>
            )}
            {rows.map((row, index) => (
              <div key={row.key} className="meet-grid meet-delegate-grid" role="group" aria-label={`${t(`meet.side.${side}`)} – ${t('meet.form.row', { n: index + 1 })}`}>
                {COLUMNS.map((column) => (
                  <Form.Item key={column} name={[row.name, column]} className="meet-cell">
                    <Input
                      data-row={index}
                      aria-label={`${t(`meet.field.${column}`)} ${index + 1}`}
                      lang={KHMER_COLUMNS.includes(column) ? 'km' : undefined}
                      className={KHMER_COLUMNS.includes(column) ? 'rep-km' : undefined}
                      maxLength={column === 'agency' ? 200 : 120}
                    />
                  </Form.Item>
                ))}
                <Form.Item name={[row.name, 'role']} className="meet-cell">
                  <Select
                    aria-label={`${t('meet.field.role')} ${index + 1}`}
                    options={DELEGATE_ROLES.map((value) => ({ value, label: t(`meet.role.${value}`) }))}
                    popupMatchSelectWidth={160}
                  />
                </Form.Item>
                <Button onClick={() => remove(row.name)} aria-label={t('meet.form.remove', { n: index + 1 })} className="meet-remove">
                  ✕
                </Button>
              </div>
            ))}
            <Button
              onClick={() => {
                add(emptyDelegate());
                focusLater(form, [name, rows.length, 'name']);
              }}
              data-testid={`add-delegate-${side}`}
            >
              {t('meet.form.addDelegate')}
            </Button>
          </>
        )}
      </Form.List>
      {!problem && needed && (
        <div className="rep-muted meet-needed" data-testid={`delegates-${side}-needed`}>
          {t('meet.form.neededToSubmit', { what: pick(needed) })}
        </div>
      )}
      {problem && (
        <div className="rep-error-text" role="alert" data-testid={`delegates-${side}-problem`}>
          {pick(problem)}
        </div>
      )}
    </div>
  );
}
