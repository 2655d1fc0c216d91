import { Alert, Button, Col, Form, Input, Result as AntResult, Row, Segmented, Steps, Typography } from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { officeProfileSchema, type AppError, type OfficeProfile, type SessionInfo } from '../../src-shared/contract/index.js';
import { OfficeFields } from '../administration/OfficeFields.js';
import { invoke } from '../bridge/engine.js';
import { schemaErrors, showFieldErrors } from '../forms/engine-errors.js';
import { pick } from '../i18n/index.js';
import { AuthLayout } from './AuthLayout.js';
import { NewPasswordFields } from './PasswordFields.js';
import { RecoveryKeyConfirm, RecoveryKeyDisplay } from './RecoveryKey.js';
import { RestoreFromBackup } from './RestoreFromBackup.js';
import { Tr } from '../i18n/Tr.js';

interface Values {
  office: OfficeProfile;
  admin: { username: string; displayName: string; rank: string; position: string; password: string; confirmPassword: string };
}

const OFFICE_FIELDS = ['nameVi', 'nameKm', 'nameEn', 'code', 'provinceCode', 'placeVi', 'placeKm', 'issuingBodyVi', 'issuingBodyKm', 'gateCodes'];
const ADMIN_FIELDS = ['username', 'displayName', 'rank', 'position', 'password', 'confirmPassword'];

/** First run: office profile → first administrator → recovery key (shown once) → type part of it back → done. */
export function SetupWizard({ onDone }: { onDone: (session: SessionInfo) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [step, setStep] = useState(0);
  const [mode, setMode] = useState<'new' | 'restore'>('new');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ recoveryKey: string; pdf: string; session: SessionInfo; officeLabel: string } | null>(null);
  const username: string = Form.useWatch(['admin', 'username'], form) ?? '';
  const adminSection = useRef<HTMLElement>(null);
  useEffect(() => {
    if (step === 1) adminSection.current?.querySelector('input')?.focus();
  }, [step]);

  const officeValue = (): OfficeProfile => {
    const office = form.getFieldValue('office') as Partial<OfficeProfile>;
    return {
      nameVi: office.nameVi ?? '',
      nameKm: office.nameKm ?? '',
      nameEn: office.nameEn ?? '',
      code: office.code ?? '',
      provinceCode: office.provinceCode ?? '',
      placeVi: office.placeVi ?? '',
      placeKm: office.placeKm ?? '',
      issuingBodyVi: office.issuingBodyVi ?? [],
      issuingBodyKm: office.issuingBodyKm ?? [],
      gateCodes: office.gateCodes ?? [],
    };
  };

  const goToErrors = (fields: AppError['fields']) => {
    showFieldErrors(form, fields);
    const paths = Object.keys(fields ?? {});
    if (paths.some((path) => path.startsWith('office'))) setStep(0);
    else if (paths.some((path) => path.startsWith('admin'))) setStep(1);
  };

  const nextFromOffice = async () => {
    try {
      await form.validateFields(
        OFFICE_FIELDS.map((field) => ['office', field]),
        { recursive: true },
      );
    } catch {
      return;
    }
    const problems = schemaErrors(officeProfileSchema, officeValue());
    if (problems) {
      showFieldErrors(form, Object.fromEntries(Object.entries(problems).map(([path, message]) => [`office.${path}`, message])));
      return;
    }
    setError(null);
    setStep(1);
  };

  const createVault = async () => {
    try {
      await form.validateFields(ADMIN_FIELDS.map((field) => ['admin', field]));
    } catch {
      return;
    }
    const admin = form.getFieldValue('admin') as Values['admin'];
    const office = officeValue();
    setBusy(true);
    const result = await invoke('vault.setup', {
      office,
      admin: { username: admin.username, displayName: admin.displayName, rank: admin.rank ?? '', position: admin.position ?? '', password: admin.password },
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      goToErrors(result.error.fields);
      return;
    }
    setError(null);
    setCreated({ recoveryKey: result.value.recoveryKey, pdf: result.value.recoverySheetPdf, session: result.value.session, officeLabel: office.nameVi });
    setStep(2);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (event.key !== 'Enter' || target.tagName !== 'INPUT' || target.getAttribute('aria-expanded') === 'true') return;
    event.preventDefault();
    if (step === 0) void nextFromOffice();
    else if (step === 1) void createVault();
  };

  const steps = (['office', 'admin', 'key', 'confirm', 'done'] as const).map((key) => ({ title: t(`setup.steps.${key}`) }));

  const modeChoice = (
    <Segmented
      aria-label={t('restore.modeLabel')}
      value={mode}
      onChange={(value) => setMode(value as 'new' | 'restore')}
      options={[
        { value: 'new', label: t('restore.newOffice') },
        { value: 'restore', label: t('restore.fromBackup') },
      ]}
      style={{ marginBottom: 16 }}
    />
  );

  if (mode === 'restore')
    return (
      <AuthLayout title={t('setup.title')} width={960}>
        {modeChoice}
        <RestoreFromBackup onBack={() => setMode('new')} />
      </AuthLayout>
    );

  return (
    <AuthLayout title={t('setup.title')} width={960}>
      {step === 0 && modeChoice}
      <Steps current={step} status={step === 4 ? 'finish' : 'process'} items={steps} size="small" style={{ marginBottom: 24 }} />
      {step === 0 && <Typography.Paragraph>{t('setup.intro')}</Typography.Paragraph>}
      {error && step < 2 && <Alert type="error" showIcon role="alert" title={pick(error.message)} style={{ marginBottom: 16 }} />}

      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onKeyDown={onKeyDown}
        initialValues={{ office: { issuingBodyVi: ['', ''], issuingBodyKm: [], gateCodes: [] }, admin: { rank: '', position: '' } }}
        style={{ display: step < 2 ? undefined : 'none' }}
      >
        <section hidden={step !== 0} aria-label={t('setup.officeTitle')}>
          <OfficeFields prefix={['office']} />
        </section>
        <section hidden={step !== 1} ref={adminSection} aria-label={t('setup.adminTitle')}>
          <Typography.Title level={3} style={{ fontSize: 18 }}>
            {t('setup.adminTitle')}
          </Typography.Title>
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name={['admin', 'username']} label={t('account.username')} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
                <Input autoComplete="username" spellCheck={false} maxLength={32} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name={['admin', 'displayName']} label={t('account.displayName')} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
                <Input maxLength={120} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name={['admin', 'rank']} label={`${t('account.rank')} ${t('common.optional')}`}>
                <Input maxLength={60} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name={['admin', 'position']} label={`${t('account.position')} ${t('common.optional')}`}>
                <Input maxLength={120} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={12}>
              <NewPasswordFields
                name={['admin', 'password']}
                confirmName={['admin', 'confirmPassword']}
                label={t('password.label')}
                confirmLabel={t('password.confirmFirst')}
                username={username}
              />
            </Col>
          </Row>
        </section>
        <div style={{ display: 'flex', gap: 8 }}>
          {step === 0 && (
            <Button type="primary" onClick={() => void nextFromOffice()}>
              {t('common.next')}
            </Button>
          )}
          {step === 1 && (
            <>
              <Button type="primary" loading={busy} onClick={() => void createVault()}>
                {busy ? t('setup.creating') : t('setup.createVault')}
              </Button>
              <Button onClick={() => setStep(0)} disabled={busy}>
                {t('common.back')}
              </Button>
            </>
          )}
        </div>
      </Form>

      {step === 2 && created && (
        <section aria-label={t('setup.keyTitle')}>
          <Typography.Title level={3} style={{ fontSize: 18 }}>
            {t('setup.keyTitle')}
          </Typography.Title>
          <RecoveryKeyDisplay recoveryKey={created.recoveryKey} pdfBase64={created.pdf} officeLabel={created.officeLabel} onContinue={() => setStep(3)} />
        </section>
      )}
      {step === 3 && <RecoveryKeyConfirm onConfirmed={() => setStep(4)} onBack={() => setStep(2)} />}
      {step === 4 && created && (
        <AntResult
          status="success"
          title={t('setup.doneTitle')}
          subTitle={t('setup.doneText')}
          extra={
            <Button type="primary" autoFocus onClick={() => onDone(created.session)}>
              {t('setup.openApp')}
            </Button>
          }
        />
      )}
    </AuthLayout>
  );
}
