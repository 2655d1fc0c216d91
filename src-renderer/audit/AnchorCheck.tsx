import { Alert, Button, Descriptions, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnchorCheckResult, AppError } from '../../src-shared/contract/index.js';
import { invoke } from '../bridge/engine.js';
import { showFieldErrors } from '../forms/engine-errors.js';
import { formatDateTime, pick } from '../i18n/index.js';
import { Tr } from '../i18n/Tr.js';
import { useEngineData } from '../session/session-context.js';

/**
 * Anchors typed in from paper (a backup's name, a printed report) against the chain: the defence against a
 * vault rolled back as a whole, which no check on the machine can see. Shows the last anchor given out.
 */
export function AnchorCheck() {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ anchor: string }>();
  const anchors = useEngineData(() => invoke('audit.anchors', {}), []);
  const [checked, setChecked] = useState<AnchorCheckResult | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const check = async ({ anchor }: { anchor: string }) => {
    setBusy(true);
    const result = await invoke('audit.checkAnchor', { anchor: anchor ?? '' });
    setBusy(false);
    if (!result.ok) {
      setChecked(null);
      setError(result.error);
      showFieldErrors(form, result.error.fields);
      return;
    }
    setError(null);
    setChecked(result.value);
  };

  const last = anchors.data?.lastGiven;
  return (
    <section aria-labelledby="anchor-title" className="anchor-check">
      <Typography.Title level={3} id="anchor-title" style={{ fontSize: 16 }}>
        {t('anchor.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('anchor.intro')}</Typography.Paragraph>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'current', label: t('anchor.current'), children: <span data-testid="anchor-current">{anchors.data?.current ?? '—'}</span> },
          {
            key: 'last',
            label: t('anchor.lastGiven'),
            children: (
              <span data-testid="anchor-last-given">
                {last ? t('anchor.lastGivenValue', { anchor: last.anchor, at: formatDateTime(last.at), where: last.where }) : t('anchor.none')}
              </span>
            ),
          },
        ]}
        style={{ marginBottom: 12 }}
      />
      <Form form={form} layout="inline" onFinish={(values) => void check(values)} requiredMark={false}>
        <Form.Item name="anchor" label={t('anchor.input')} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
          <Input spellCheck={false} maxLength={64} placeholder="1234-9F3A-7C21-04BE-11AA" style={{ width: 280 }} />
        </Form.Item>
        <Button htmlType="submit" loading={busy}>
          {t('anchor.check')}
        </Button>
      </Form>
      <div aria-live="polite" style={{ marginTop: 12 }}>
        {checked && (
          <Alert
            data-testid="anchor-result"
            type={checked.result === 'contained' ? 'success' : 'error'}
            showIcon
            title={t(`anchor.${checked.result}`, { anchor: checked.anchor })}
          />
        )}
        {error && !error.fields && <Alert type="error" showIcon title={pick(error.message)} />}
      </div>
    </section>
  );
}
