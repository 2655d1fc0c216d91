import { Alert, App as AntApp, Button, Card, Checkbox, Descriptions, Form, Input, Radio, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, BackupInfo } from '../../src-shared/contract/index.js';
import { StatusTag } from '../app/StatusTag.js';
import { invoke } from '../bridge/engine.js';
import { showFieldErrors } from '../forms/engine-errors.js';
import { formatDateTime, pick } from '../i18n/index.js';
import { useEngineData, useSession } from '../session/session-context.js';
import { Tr } from '../i18n/Tr.js';

export const formatSize = (bytes: number) => (bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : bytes >= 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${bytes} B`);

function Verified({ verified }: { verified: boolean }) {
  const { t } = useTranslation();
  return verified ? <StatusTag tone="ok">✓ {t('admin.backups.verifiedYes')}</StatusTag> : <StatusTag tone="bad">✗ {t('admin.backups.verifiedNo')}</StatusTag>;
}

export function BackupsTab() {
  const { t } = useTranslation();
  const { refreshStatus } = useSession();
  const { data, error: listError, loading, reload } = useEngineData(() => invoke('backup.list', {}));
  const [folder, setFolder] = useState('');
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<BackupInfo | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const backUp = async () => {
    setBusy(true);
    const result = await invoke('backup.create', folder.trim() ? { folder: folder.trim() } : {});
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      setMade(null);
      return;
    }
    setError(null);
    setMade(result.value);
    void reload();
    void refreshStatus();
  };

  return (
    <div style={{ display: 'grid', gap: 16, maxWidth: 1100 }}>
      <Card title={t('admin.backups.createTitle')} size="small">
        <Typography.Paragraph>{t('admin.backups.createText')}</Typography.Paragraph>
        <Form layout="vertical" onFinish={() => void backUp()}>
          <Form.Item
            label={t('admin.backups.folder')}
            htmlFor="backup-folder"
            validateStatus={error?.fields?.folder ? 'error' : undefined}
            help={error?.fields?.folder ? pick(error.fields.folder) : undefined}
          >
            <Input id="backup-folder" value={folder} onChange={(e) => setFolder(e.target.value)} spellCheck={false} style={{ maxWidth: 560 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {busy ? t('admin.backups.creating') : t('admin.backups.create')}
          </Button>
        </Form>
        {error && <Alert type="error" showIcon role="alert" title={pick(error.message)} style={{ marginTop: 16 }} />}
        {made && (
          <Descriptions bordered size="small" column={1} style={{ marginTop: 16 }} title={t('admin.backups.done')} data-testid="backup-result">
            <Descriptions.Item label={t('admin.backups.file')}>
              <Typography.Text code copyable>
                {made.file}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('admin.backups.size')}>{formatSize(made.sizeBytes)}</Descriptions.Item>
            <Descriptions.Item label={t('admin.backups.verified')}>
              <Verified verified={made.verified} />
            </Descriptions.Item>
          </Descriptions>
        )}
      </Card>
      <Card title={t('admin.backups.listTitle')} size="small">
        {listError && <Alert type="error" showIcon title={pick(listError.message)} />}
        <Table<BackupInfo>
          size="small"
          rowKey="file"
          loading={loading}
          dataSource={data ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: t('admin.backups.at'), dataIndex: 'at', width: 180, render: (at: string) => formatDateTime(at) },
            { title: t('admin.backups.file'), dataIndex: 'file', ellipsis: true, render: (file: string) => <Typography.Text code>{file}</Typography.Text> },
            { title: t('admin.backups.size'), dataIndex: 'sizeBytes', width: 110, render: formatSize },
            { title: t('anchor.input'), dataIndex: 'anchor', width: 230, render: (anchor: string | null) => (anchor ? <Typography.Text code>{anchor}</Typography.Text> : '—') },
            { title: t('admin.backups.verified'), dataIndex: 'verified', width: 200, render: (verified: boolean) => <Verified verified={verified} /> },
          ]}
        />
      </Card>
      <RestoreCard />
    </div>
  );
}

interface RestoreValues {
  file: string;
  kind: 'password' | 'recoveryKey';
  username?: string;
  password?: string;
  recoveryKey?: string;
  replaceDifferentVault?: boolean;
}

function RestoreCard() {
  const { t } = useTranslation();
  const { modal, message } = AntApp.useApp();
  const [form] = Form.useForm<RestoreValues>();
  const kind = Form.useWatch('kind', form) ?? 'password';
  const [error, setError] = useState<AppError | null>(null);
  const [needsReplace, setNeedsReplace] = useState(false);
  const [busy, setBusy] = useState(false);

  const restore = async (values: RestoreValues) => {
    setBusy(true);
    const result = await invoke('backup.restore', {
      file: values.file,
      credentials: values.kind === 'recoveryKey' ? { recoveryKey: values.recoveryKey ?? '' } : { username: values.username ?? '', password: values.password ?? '' },
      replaceDifferentVault: !!values.replaceDifferentVault,
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      if (result.error.code === 'rule_violation') setNeedsReplace(true);
      showFieldErrors(form, result.error.fields, (path) => (path.startsWith('credentials') ? (values.kind === 'recoveryKey' ? 'recoveryKey' : 'password') : path));
      return;
    }
    setError(null);
    void message.success(t('admin.backups.restored'));
  };

  const confirmAndRestore = (values: RestoreValues) =>
    modal.confirm({
      title: t('admin.backups.restoreConfirm'),
      okText: t('admin.backups.restore'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => restore(values),
    });

  return (
    <Card title={t('admin.backups.restoreTitle')} size="small">
      <Typography.Paragraph>{t('admin.backups.restoreText')}</Typography.Paragraph>
      <Form form={form} layout="vertical" requiredMark={false} initialValues={{ kind: 'password' }} onFinish={confirmAndRestore} style={{ maxWidth: 640 }}>
        {error && <Alert type={error.code === 'rule_violation' ? 'warning' : 'error'} showIcon role="alert" title={pick(error.message)} style={{ marginBottom: 16 }} />}
        <Form.Item name="file" label={t('admin.backups.restoreFile')} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
          <Input spellCheck={false} />
        </Form.Item>
        <Form.Item name="kind" label={t('admin.backups.credentialKind')}>
          <Radio.Group
            options={[
              { value: 'password', label: t('admin.backups.byPassword') },
              { value: 'recoveryKey', label: t('admin.backups.byRecoveryKey') },
            ]}
          />
        </Form.Item>
        {kind === 'password' ? (
          <div style={{ display: 'flex', gap: 16 }}>
            <Form.Item name="username" label={t('signIn.username')} style={{ flex: 1 }} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
              <Input autoComplete="off" spellCheck={false} />
            </Form.Item>
            <Form.Item name="password" label={t('signIn.password')} style={{ flex: 1 }} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
              <Input.Password autoComplete="off" />
            </Form.Item>
          </div>
        ) : (
          <Form.Item name="recoveryKey" label={t('signIn.recoveryKey')} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
            <Input className="recovery-input" autoComplete="off" spellCheck={false} />
          </Form.Item>
        )}
        {needsReplace && (
          <Form.Item name="replaceDifferentVault" valuePropName="checked">
            <Checkbox>{t('admin.backups.replaceDifferent')}</Checkbox>
          </Form.Item>
        )}
        <Button danger htmlType="submit" loading={busy}>
          {t('admin.backups.restore')}
        </Button>
      </Form>
    </Card>
  );
}
