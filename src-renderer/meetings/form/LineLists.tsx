import { Button, DatePicker, Form, Input, Select, Switch, Tag, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, EXCHANGE_DIRECTIONS, EXCHANGE_TOPICS } from '../../../src-shared/contract/index.js';
import type { MeetingFormValues } from '../model.js';
import { focusLater } from './DelegatesTable.js';

const dateProps = {
  getValueProps: (value: string | null | undefined) => ({ value: value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null),
};

/** Agenda items: Vietnamese and Khmer text. */
export function AgendaLines({ form }: { form: FormInstance<MeetingFormValues> }) {
  const { t } = useTranslation();
  return (
    <Form.List name="agenda">
      {(rows, { add, remove }) => (
        <div className="meet-lines">
          {rows.map((row, index) => (
            <div key={row.key} className="meet-grid meet-agenda-grid" role="group" aria-label={t('meet.form.row', { n: index + 1 })}>
              <span className="meet-line-no">{index + 1}.</span>
              <Form.Item name={[row.name, 'text']} className="meet-cell">
                <Input.TextArea
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  aria-label={`${t('meet.field.agendaText')} ${index + 1}`}
                  placeholder={t('meet.field.agendaText')}
                  maxLength={1000}
                />
              </Form.Item>
              <Form.Item name={[row.name, 'textKm']} className="meet-cell">
                <Input.TextArea
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  lang="km"
                  className="rep-km"
                  aria-label={`${t('meet.field.agendaTextKm')} ${index + 1}`}
                  placeholder={t('meet.field.agendaTextKm')}
                  maxLength={1000}
                />
              </Form.Item>
              <Button onClick={() => remove(row.name)} aria-label={t('meet.form.remove', { n: index + 1 })} className="meet-remove">
                ✕
              </Button>
            </div>
          ))}
          <Button
            onClick={() => {
              add({ text: '', textKm: '' });
              focusLater(form, ['agenda', rows.length, 'text']);
            }}
            data-testid="add-agenda"
          >
            {t('meet.form.addAgenda')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

/** Information exchanged: topic, direction, the "Mật" switch, summaries in both languages. */
export function ExchangeLines({ form }: { form: FormInstance<MeetingFormValues> }) {
  const { t } = useTranslation();
  return (
    <Form.List name="exchanges">
      {(rows, { add, remove }) => (
        <div className="meet-lines">
          {rows.map((row, index) => (
            <div key={row.key} className="meet-exchange" role="group" aria-label={t('meet.form.row', { n: index + 1 })} data-testid={`exchange-${index}`}>
              <div className="meet-grid meet-exchange-grid">
                <span className="meet-line-no">{index + 1}.</span>
                <Form.Item name={[row.name, 'topic']} label={t('meet.field.topic')} className="meet-cell">
                  <Select aria-label={`${t('meet.field.topic')} ${index + 1}`} options={EXCHANGE_TOPICS.map((value) => ({ value, label: t(`meet.topic.${value}`) }))} />
                </Form.Item>
                <Form.Item name={[row.name, 'direction']} label={t('meet.field.direction')} className="meet-cell">
                  <Select aria-label={`${t('meet.field.direction')} ${index + 1}`} options={EXCHANGE_DIRECTIONS.map((value) => ({ value, label: t(`meet.direction.${value}`) }))} />
                </Form.Item>
                <Form.Item
                  name={[row.name, 'sensitivity']}
                  label={t('meet.field.confidential')}
                  className="meet-cell"
                  getValueProps={(value: string) => ({ checked: value === 'confidential' })}
                  normalize={(checked: boolean) => (checked ? 'confidential' : 'normal')}
                >
                  <Switch aria-label={`${t('meet.field.confidential')} ${index + 1}`} data-testid={`exchange-${index}-confidential`} />
                </Form.Item>
                <Button onClick={() => remove(row.name)} aria-label={t('meet.form.remove', { n: index + 1 })} className="meet-remove">
                  ✕
                </Button>
              </div>
              <div className="meet-grid meet-two">
                <Form.Item name={[row.name, 'summary']} className="meet-cell">
                  <Input.TextArea
                    autoSize={{ minRows: 2, maxRows: 6 }}
                    aria-label={`${t('meet.field.summary')} ${index + 1}`}
                    placeholder={t('meet.field.summary')}
                    maxLength={4000}
                  />
                </Form.Item>
                <Form.Item name={[row.name, 'summaryKm']} className="meet-cell">
                  <Input.TextArea
                    autoSize={{ minRows: 2, maxRows: 6 }}
                    lang="km"
                    className="rep-km"
                    aria-label={`${t('meet.field.summaryKm')} ${index + 1}`}
                    placeholder={t('meet.field.summaryKm')}
                    maxLength={4000}
                  />
                </Form.Item>
              </div>
            </div>
          ))}
          <Button
            onClick={() => {
              add({ topic: 'illegalCrossing', direction: 'given', summary: '', summaryKm: '', sensitivity: 'normal' });
              focusLater(form, ['exchanges', rows.length, 'summary']);
            }}
            data-testid="add-exchange"
          >
            {t('meet.form.addExchange')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

/** Agreed actions: text in both languages, owner side and unit, due date, status; carried-over ones marked. */
export function ActionLines({ form }: { form: FormInstance<MeetingFormValues> }) {
  const { t } = useTranslation();
  const actions = (Form.useWatch('actions', { form, preserve: true }) as MeetingFormValues['actions'] | undefined) ?? [];
  return (
    <Form.List name="actions">
      {(rows, { add, remove }) => (
        <div className="meet-lines">
          {rows.map((row, index) => (
            <div key={row.key} className="meet-exchange" role="group" aria-label={t('meet.form.row', { n: index + 1 })} data-testid={`action-${index}`}>
              <div className="meet-grid meet-action-grid">
                <span className="meet-line-no">{index + 1}.</span>
                <Form.Item name={[row.name, 'text']} className="meet-cell">
                  <Input.TextArea
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    aria-label={`${t('meet.field.actionText')} ${index + 1}`}
                    placeholder={t('meet.field.actionText')}
                    maxLength={1000}
                  />
                </Form.Item>
                <Form.Item name={[row.name, 'textKm']} className="meet-cell">
                  <Input.TextArea
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    lang="km"
                    className="rep-km"
                    aria-label={`${t('meet.field.actionTextKm')} ${index + 1}`}
                    placeholder={t('meet.field.actionTextKm')}
                    maxLength={1000}
                  />
                </Form.Item>
                <Button onClick={() => remove(row.name)} aria-label={t('meet.form.remove', { n: index + 1 })} className="meet-remove">
                  ✕
                </Button>
              </div>
              <div className="meet-grid meet-action-meta">
                <Form.Item name={[row.name, 'ownerSide']} label={t('meet.field.ownerSide')} className="meet-cell">
                  <Select
                    aria-label={`${t('meet.field.ownerSide')} ${index + 1}`}
                    options={(['VN', 'KH', 'both'] as const).map((value) => ({ value, label: t(`meet.side.${value}`) }))}
                  />
                </Form.Item>
                <Form.Item name={[row.name, 'owner']} label={t('meet.field.owner')} className="meet-cell">
                  <Input aria-label={`${t('meet.field.owner')} ${index + 1}`} maxLength={200} />
                </Form.Item>
                <Form.Item name={[row.name, 'due']} label={t('meet.field.due')} className="meet-cell" {...dateProps}>
                  <DatePicker format="DD/MM/YYYY" placeholder="dd/mm/yyyy" aria-label={`${t('meet.field.due')} ${index + 1}`} style={{ width: '100%' }} needConfirm={false} />
                </Form.Item>
                <Form.Item name={[row.name, 'status']} label={t('meet.field.status')} className="meet-cell">
                  <Select aria-label={`${t('meet.field.status')} ${index + 1}`} options={ACTION_STATUSES.map((value) => ({ value, label: t(`meet.actionStatus.${value}`) }))} />
                </Form.Item>
                <div className="meet-cell meet-carried">
                  {actions[index]?.carriedFrom && (
                    <Tag color="blue" data-testid="carried-tag">
                      {t('meet.form.carriedFrom', { number: actions[index]?.carriedFromNumber ?? '' })}
                    </Tag>
                  )}
                </div>
              </div>
            </div>
          ))}
          <Button
            onClick={() => {
              add({ text: '', textKm: '', ownerSide: 'VN', owner: '', ownerKm: '', due: null, status: 'open', followUps: [], carriedFrom: null });
              focusLater(form, ['actions', rows.length, 'text']);
            }}
            data-testid="add-action"
          >
            {t('meet.form.addAction')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
