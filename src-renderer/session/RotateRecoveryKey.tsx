import { Alert, App as AntApp, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../src-shared/contract/index.js';
import { invoke } from '../bridge/engine.js';
import { showFieldErrors } from '../forms/engine-errors.js';
import { pick } from '../i18n/index.js';
import { RecoveryKeyConfirm, RecoveryKeyDisplay } from './RecoveryKey.js';
import { useSession } from './session-context.js';
import { Tr } from '../i18n/Tr.js';

/** Administrator: a new recovery key (password first), shown once, printed, then two groups typed back. */
export function RotateRecoveryKey({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { status } = useSession();
  const [form] = Form.useForm<{ currentPassword: string }>();
  const [step, setStep] = useState<'password' | 'show' | 'confirm'>('password');
  const [key, setKey] = useState<{ recoveryKey: string; pdf: string } | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const rotate = async ({ currentPassword }: { currentPassword: string }) => {
    setBusy(true);
    const result = await invoke('vault.rotateRecoveryKey', { currentPassword });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      showFieldErrors(form, result.error.fields);
      return;
    }
    setError(null);
    setKey({ recoveryKey: result.value.recoveryKey, pdf: result.value.recoverySheetPdf });
    setStep('show');
  };

  return (
    <Modal open title={t('recovery.rotateTitle')} footer={null} width={760} onCancel={onClose} maskClosable={false}>
      {step === 'password' && (
        <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => void rotate(values)}>
          <Typography.Paragraph>{t('recovery.rotateText')}</Typography.Paragraph>
          {error && <Alert type="error" showIcon role="alert" title={pick(error.message)} style={{ marginBottom: 16 }} />}
          <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
            <Input.Password autoFocus autoComplete="current-password" />
          </Form.Item>
          <div style={{ display: 'flex', gap: 8 }}>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('recovery.rotateSubmit')}
            </Button>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
          </div>
        </Form>
      )}
      {step === 'show' && key && (
        <RecoveryKeyDisplay recoveryKey={key.recoveryKey} pdfBase64={key.pdf} officeLabel={status?.officeLabel ?? ''} onContinue={() => setStep('confirm')} />
      )}
      {step === 'confirm' && (
        <RecoveryKeyConfirm
          onBack={() => setStep('show')}
          onConfirmed={() => {
            void message.success(t('recovery.confirmed'));
            onClose();
          }}
        />
      )}
    </Modal>
  );
}
