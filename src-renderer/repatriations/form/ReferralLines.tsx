import { Alert, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseFields } from '../../../src-shared/contract/index.js';
import { Tr } from '../../i18n/Tr.js';
import { ListEditor } from '../../records/ListEditor.js';
import { DateInput, dateItemProps, FormSection } from '../form-parts.js';
import { useReferenceData, V } from '../reference-data.js';

type Referral = NonNullable<CaseFields['referrals']>[number];

const STATUSES = ['planned', 'referred', 'received', 'declined'] as const;

/** Referrals to support services, per person of the saved case. */
export function ReferralLines({ error, memberOptions, saved }: { error?: string; memberOptions: { value: string; label: string }[]; saved: boolean }) {
  const { t } = useTranslation();
  const ref = useReferenceData();
  return (
    <FormSection title={t('rep.form.referrals')} id="sec-referrals">
      {!saved ? (
        <>
          {error && <Alert type="error" showIcon title={error} className="rep-list-error" data-testid="referrals-error" />}
          <Typography.Paragraph type="secondary">{t('rep.referral.afterSave')}</Typography.Paragraph>
        </>
      ) : (
        <ListEditor<Referral>
          name={['fields', 'referrals']}
          rowLabel={(n) => t('rep.referral.line', { n })}
          error={error}
          errorTestId="referrals-error"
          addButtons={[
            {
              label: t('rep.referral.add'),
              row: () => ({ personId: undefined, service: undefined, provider: '', referredOn: null, status: 'planned', note: '' }),
            },
          ]}
          columns={[
            {
              key: 'personId',
              title: t('rep.referral.person'),
              width: '1.2fr',
              rules: [{ required: true, message: <Tr k="common.required" /> }],
              input: (props) => <Select {...props} placeholder={t('rep.referral.person')} showSearch={{ optionFilterProp: 'label' }} options={memberOptions} />,
            },
            {
              key: 'service',
              title: t('rep.referral.service'),
              width: '1.2fr',
              rules: [{ required: true, message: <Tr k="common.required" /> }],
              input: (props) => <Select {...props} placeholder={t('rep.referral.service')} options={ref.options(V.service)} />,
            },
            { key: 'provider', title: t('rep.referral.provider'), input: (props) => <Input {...props} placeholder={t('rep.referral.provider')} maxLength={200} /> },
            {
              key: 'referredOn',
              title: t('rep.referral.on'),
              width: '140px',
              itemProps: dateItemProps(),
              input: (props) => <DateInput {...props} placeholder={t('rep.referral.on')} />,
            },
            {
              key: 'status',
              title: t('rep.referral.status'),
              width: '150px',
              input: (props) => <Select {...props} options={STATUSES.map((s) => ({ value: s, label: t(`rep.referral.statuses.${s}`) }))} />,
            },
          ]}
        />
      )}
    </FormSection>
  );
}
