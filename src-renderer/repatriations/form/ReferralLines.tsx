import { Alert, Button, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Tr } from '../../i18n/Tr.js';
import { DateItem, FormSection } from '../form-parts.js';
import { useReferenceData, V } from '../reference-data.js';

/** Referrals to support services, per person of the saved case. */
export function ReferralLines({ error, memberOptions, saved }: { error?: string; memberOptions: { value: string; label: string }[]; saved: boolean }) {
  const { t } = useTranslation();
  const ref = useReferenceData();
  return (
    <FormSection title={t('rep.form.referrals')} id="sec-referrals">
      {error && <Alert type="error" showIcon title={error} className="rep-list-error" data-testid="referrals-error" />}
      {!saved ? (
        <Typography.Paragraph type="secondary">{t('rep.referral.afterSave')}</Typography.Paragraph>
      ) : (
        <Form.List name={['fields', 'referrals']}>
          {(rows, { add, remove }) => (
            <div className="rep-lines">
              {rows.map((row, index) => (
                <div className="rep-line rep-referral" key={row.key} role="group" aria-label={t('rep.referral.line', { n: index + 1 })}>
                  <Form.Item name={[row.name, 'personId']} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
                    <Select showSearch={{ optionFilterProp: 'label' }} aria-label={t('rep.referral.person')} placeholder={t('rep.referral.person')} options={memberOptions} />
                  </Form.Item>
                  <Form.Item name={[row.name, 'service']} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
                    <Select aria-label={t('rep.referral.service')} placeholder={t('rep.referral.service')} options={ref.options(V.service)} />
                  </Form.Item>
                  <Form.Item name={[row.name, 'provider']}>
                    <Input aria-label={t('rep.referral.provider')} placeholder={t('rep.referral.provider')} maxLength={200} />
                  </Form.Item>
                  <DateItem name={[row.name, 'referredOn']} aria-label={t('rep.referral.on')} placeholder={t('rep.referral.on')} />
                  <Form.Item name={[row.name, 'status']}>
                    <Select aria-label={t('rep.referral.status')} options={(['planned', 'referred', 'received', 'declined'] as const).map((s) => ({ value: s, label: t(`rep.referral.statuses.${s}`) }))} />
                  </Form.Item>
                  <Button onClick={() => remove(row.name)} aria-label={t('rep.form.removeLineN', { n: index + 1 })}>
                    ✕
                  </Button>
                </div>
              ))}
              <Button size="small" disabled={!memberOptions.length} onClick={() => add({ personId: undefined, service: undefined, provider: '', referredOn: null, status: 'planned', note: '' })}>
                {t('rep.referral.add')}
              </Button>
            </div>
          )}
        </Form.List>
      )}
    </FormSection>
  );
}
