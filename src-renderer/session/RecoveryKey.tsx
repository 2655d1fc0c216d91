import { Alert, Button, Checkbox, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../src-shared/contract/index.js';
import { invoke } from '../bridge/engine.js';
import { formatDateTime, pick } from '../i18n/index.js';
import { Tr } from '../i18n/Tr.js';

/** Opens the engine's PDF recovery sheet in a hidden frame and prints it; without a PDF, prints a print-styled page. */
function printRecoverySheet(pdfBase64: string) {
  if (!pdfBase64) {
    window.print();
    return;
  }
  const bytes = Uint8Array.from(atob(pdfBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  const frame = document.createElement('iframe');
  frame.style.position = 'fixed';
  frame.style.width = '0';
  frame.style.height = '0';
  frame.style.border = '0';
  frame.src = url;
  frame.onload = () => {
    frame.contentWindow?.focus();
    frame.contentWindow?.print();
    setTimeout(() => {
      frame.remove();
      URL.revokeObjectURL(url);
    }, 60_000);
  };
  document.body.appendChild(frame);
}

/** The recovery key shown once, big and grouped, with the printable sheet and a strong warning. */
export function RecoveryKeyDisplay({ recoveryKey, pdfBase64, officeLabel, onContinue }: { recoveryKey: string; pdfBase64: string; officeLabel: string; onContinue: () => void }) {
  const { t } = useTranslation();
  const [written, setWritten] = useState(false);
  const groups = recoveryKey.split('-');
  return (
    <div>
      <Alert type="warning" showIcon title={t('setup.keyWarning')} style={{ marginBottom: 16 }} />
      <div className="recovery-key" data-testid="recovery-key" aria-label={t('setup.keyTitle')}>
        {groups.map((group, index) => (
          <span key={index} className="recovery-group">
            <small>{index + 1}</small>
            {group}
          </span>
        ))}
      </div>
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap', margin: '16px 0' }}>
        <Button onClick={() => printRecoverySheet(pdfBase64)}>{t('setup.printSheet')}</Button>
        <Checkbox checked={written} onChange={(e) => setWritten(e.target.checked)}>
          {t('setup.keyWritten')}
        </Checkbox>
      </div>
      <Button type="primary" disabled={!written} onClick={onContinue}>
        {t('common.next')}
      </Button>
      <RecoverySheet recoveryKey={recoveryKey} officeLabel={officeLabel} />
    </div>
  );
}

/** Only visible on paper (see the print rules in styles.css). */
function RecoverySheet({ recoveryKey, officeLabel }: { recoveryKey: string; officeLabel: string }) {
  const { t } = useTranslation();
  return (
    <div className="print-sheet" aria-hidden="true">
      <h1>{t('app.name')} — {t('setup.keyTitle')}</h1>
      <p>{officeLabel}</p>
      <p>{formatDateTime(new Date().toISOString())}</p>
      <p className="print-key">{recoveryKey}</p>
      <p>{t('setup.keyWarning')}</p>
    </div>
  );
}

const pickTwo = (): [number, number] => {
  const first = Math.floor(Math.random() * 8);
  let second = Math.floor(Math.random() * 7);
  if (second >= first) second++;
  return first < second ? [first, second] : [second, first];
};

/** Asks for two random groups of the key just shown, so nobody skips writing it down. */
export function RecoveryKeyConfirm({ onConfirmed, onBack }: { onConfirmed: () => void; onBack: () => void }) {
  const { t } = useTranslation();
  const [indices] = useState(pickTwo);
  const [form] = Form.useForm<Record<string, string>>();
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: Record<string, string>) => {
    setBusy(true);
    const groups = Object.fromEntries(indices.map((index) => [String(index), (values[`g${index}`] ?? '').trim()]));
    const result = await invoke('vault.confirmRecoveryKey', { groups });
    setBusy(false);
    if (result.ok) return onConfirmed();
    setError(result.error);
    const message = result.error.fields?.groups;
    if (message) form.setFields(indices.map((index) => ({ name: `g${index}`, errors: [pick(message)] })));
  };

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)} onKeyDown={(e) => e.key === 'Escape' && onBack()}>
      <Typography.Paragraph>{t('setup.confirmText')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon role="alert" title={pick(error.message)} style={{ marginBottom: 16 }} />}
      <div style={{ display: 'flex', gap: 24 }}>
        {indices.map((index, i) => (
          <Form.Item key={index} name={`g${index}`} label={t('setup.group', { n: index + 1 })} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
            <Input className="recovery-input" style={{ width: 140 }} maxLength={8} autoFocus={i === 0} autoComplete="off" spellCheck={false} />
          </Form.Item>
        ))}
      </div>
      <div style={{ display: 'flex', gap: 8 }}>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('setup.confirmSubmit')}
        </Button>
        <Button onClick={onBack}>{t('common.back')}</Button>
      </div>
    </Form>
  );
}
