import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, VerifiedDocument } from '../../src-shared/contract/index.js';
import { invoke } from '../bridge/engine.js';
import { needsNotice, showFieldErrors } from '../forms/engine-errors.js';
import { formatDateTime, pick } from '../i18n/index.js';
import { Tr } from '../i18n/Tr.js';
import { formatDate, recordTypeName, templateName } from './format.js';
import './documents.css';

interface Values {
  number: string;
  hash: string;
}

/** Checks a printed document's number and hash (as printed under its QR code) against the register. */
export function VerifyPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  // The answer belongs to the pair that was checked: it disappears as soon as either field changes.
  const [answer, setAnswer] = useState<VerifiedDocument | null>(null);

  const check = async (values: Values) => {
    setBusy(true);
    setAnswer(null);
    const result = await invoke('documents.verify', { number: values.number ?? '', hash: values.hash ?? '' });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      showFieldErrors(form, result.error.fields);
      return;
    }
    setError(null);
    setAnswer(result.value);
  };

  return (
    <section aria-labelledby="verify-title">
      <Typography.Title level={2} id="verify-title" className="page-title">
        {t('docs.verifyTitle')}
      </Typography.Title>
      <Typography.Paragraph className="docs-intro">{t('docs.verify.intro')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        className="verify-form"
        onValuesChange={() => {
          setAnswer(null);
          setError(null);
        }}
        onFinish={(values) => void check(values)}
      >
        <Form.Item
          name="number"
          label={t('docs.verify.number')}
          extra={t('docs.verify.numberHint')}
          rules={[{ required: true, whitespace: true, message: <Tr k="common.required" /> }]}
        >
          <Input autoFocus spellCheck={false} autoComplete="off" maxLength={60} placeholder="01/BB-VPLL-HT" />
        </Form.Item>
        <Form.Item name="hash" label={t('docs.verify.hash')} extra={t('docs.verify.hashHint')} rules={[{ required: true, whitespace: true, message: <Tr k="common.required" /> }]}>
          <Input className="hash-input" spellCheck={false} autoComplete="off" maxLength={100} placeholder="3f2a 9c01 b7e4 5d6a" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} className="verify-submit">
          {busy ? t('docs.verify.checking') : t('docs.verify.submit')}
        </Button>
      </Form>
      {error && needsNotice(error) && <Alert type="error" showIcon role="alert" title={pick(error.message)} style={{ maxWidth: 820 }} />}
      <div aria-live="polite">{answer && <Verdict answer={answer} />}</div>
    </section>
  );
}

function Verdict({ answer }: { answer: VerifiedDocument }) {
  const { t } = useTranslation();
  if (!answer.found)
    return (
      <div className="verify-result not-found" data-testid="verify-verdict" role="status">
        <p className="verify-verdict">✗ {t('docs.verify.notFound')}</p>
        <p className="verify-help">{t('docs.verify.notFoundHelp')}</p>
      </div>
    );
  return (
    <div className="verify-result found" data-testid="verify-verdict" role="status">
      <p className="verify-verdict">✓ {t('docs.verify.found', { template: templateName(answer.template), date: formatDate(answer.issuedAt), person: answer.issuedBy ?? '' })}</p>
      <dl aria-label={t('docs.verify.details')}>
        <dt>{t('docs.verify.number')}</dt>
        <dd>
          <strong>{answer.number}</strong>
        </dd>
        <dt>{t('docs.verify.template')}</dt>
        <dd>{templateName(answer.template)}</dd>
        <dt>{t('docs.verify.issuedAt')}</dt>
        <dd className="tabular">{answer.issuedAt ? formatDateTime(answer.issuedAt) : ''}</dd>
        <dt>{t('docs.verify.issuedBy')}</dt>
        <dd>{answer.issuedBy}</dd>
        {answer.recordType && (
          <>
            <dt>{t('docs.verify.recordType')}</dt>
            <dd>{recordTypeName(answer.recordType)}</dd>
          </>
        )}
        <dt>{t('docs.verify.contentHash')}</dt>
        <dd className="hash-full">{answer.contentHash}</dd>
      </dl>
    </div>
  );
}
