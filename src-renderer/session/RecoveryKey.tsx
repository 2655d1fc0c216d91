import { Alert, Button, Checkbox, Form, Input, Modal, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../src-shared/contract/index.js';
import { invoke } from '../bridge/engine.js';
import { formatDateTime, pick } from '../i18n/index.js';
import { fieldMessage, Tr } from '../i18n/Tr.js';

/**
 * The engine's PDF recovery sheet, opened inside the app in the PDF viewer (print from its own print button,
 * or save the file). Never a script-driven print: that took the whole page down in headless Chromium.
 */
function RecoverySheetPdf({ pdfBase64, onClose }: { pdfBase64: string; onClose: () => void }) {
  const { t } = useTranslation();
  const url = useMemo(() => URL.createObjectURL(new Blob([Uint8Array.from(atob(pdfBase64), (c) => c.charCodeAt(0))], { type: 'application/pdf' })), [pdfBase64]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <Modal
      open
      width={880}
      title={t('setup.sheetTitle')}
      onCancel={onClose}
      footer={[
        <a key="save" href={url} download="blo-recovery-sheet.pdf" className="ant-btn ant-btn-default">
          {t('setup.sheetSave')}
        </a>,
        <Button key="close" type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>,
      ]}
    >
      <Typography.Paragraph>{t('setup.sheetHint')}</Typography.Paragraph>
      <iframe title={t('setup.sheetTitle')} src={url} className="recovery-sheet-frame" data-testid="recovery-sheet-pdf" />
    </Modal>
  );
}

/** The recovery key shown once, big and grouped, with the printable sheet and a strong warning. */
export function RecoveryKeyDisplay({ recoveryKey, pdfBase64, officeLabel, onContinue }: { recoveryKey: string; pdfBase64: string; officeLabel: string; onContinue: () => void }) {
  const { t } = useTranslation();
  const [written, setWritten] = useState(false);
  const [sheetOpen, setSheetOpen] = useState(false);
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
        {pdfBase64 && <Button onClick={() => setSheetOpen(true)}>{t('setup.printSheet')}</Button>}
        <Checkbox checked={written} onChange={(e) => setWritten(e.target.checked)}>
          {t('setup.keyWritten')}
        </Checkbox>
      </div>
      <Button type="primary" disabled={!written} onClick={onContinue}>
        {t('common.next')}
      </Button>
      <RecoverySheet recoveryKey={recoveryKey} officeLabel={officeLabel} />
      {sheetOpen && <RecoverySheetPdf pdfBase64={pdfBase64} onClose={() => setSheetOpen(false)} />}
    </div>
  );
}

/** Only visible on paper (see the print rules in styles.css). */
function RecoverySheet({ recoveryKey, officeLabel }: { recoveryKey: string; officeLabel: string }) {
  const { t } = useTranslation();
  return (
    <div className="print-sheet" aria-hidden="true">
      <h1>
        {t('app.name')} — {t('setup.keyTitle')}
      </h1>
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
    if (message) form.setFields(indices.map((index) => ({ name: `g${index}`, errors: [fieldMessage(message)] })));
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
