import { Alert, Button, Input, Table, Tooltip, Typography } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES, type CaseView } from '../../../src-shared/contract/index.js';
import { invoke } from '../../bridge/engine.js';
import { formatDateTime, pick } from '../../i18n/index.js';
import { conflictOf } from '../ConflictNotice.js';
import { base64ToBlob, formatBytes, readBase64 } from '../model.js';

/** Scans of signed minutes and photos: PDF, JPEG or PNG up to 15 MB, checked before sending. */
export function Attachments({
  view,
  writer,
  onChange,
  onOpen,
  reasonIfApproved,
}: {
  view: CaseView;
  writer: boolean;
  onChange: (view: CaseView) => void;
  onOpen: (file: { name: string; url: string; type: string }) => void;
  /** After approval a new file is an amendment: the reason, '' before approval, null when the person cancels. */
  reasonIfApproved: () => Promise<string | null>;
}) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const upload = async (file: File) => {
    setProblem(null);
    if (!(ATTACHMENT_TYPES as readonly string[]).includes(file.type)) return setProblem(t('rep.files.wrongType', { name: file.name }));
    if (file.size > ATTACHMENT_MAX_BYTES) return setProblem(t('rep.files.tooBig', { name: file.name, size: formatBytes(file.size) }));
    const amendmentReason = await reasonIfApproved();
    if (amendmentReason === null) return;
    setBusy(true);
    const result = await invoke('repatriations.addAttachment', {
      id: view.id,
      version: view.version,
      fileName: file.name,
      mimeType: file.type as (typeof ATTACHMENT_TYPES)[number],
      contentBase64: await readBase64(file),
      description,
      amendmentReason,
    });
    setBusy(false);
    if (!result.ok) {
      const conflict = result.error.code === 'conflict' ? conflictOf(result.error.detail) : null;
      if (conflict) onChange(conflict.current);
      return setProblem(conflict ? t('rep.files.conflict', { who: conflict.updatedBy }) : [pick(result.error.message), ...Object.values(result.error.fields ?? {}).map((m) => pick(m))].join(' '));
    }
    setDescription('');
    onChange(result.value);
  };

  const open = async (id: string) => {
    const result = await invoke('repatriations.getAttachment', { id: view.id, attachmentId: id });
    if (!result.ok) return setProblem(pick(result.error.message));
    onOpen({ name: result.value.fileName, type: result.value.mimeType, url: URL.createObjectURL(base64ToBlob(result.value.contentBase64, result.value.mimeType)) });
  };

  const actions: ReactNode = writer && (
    <div className="rep-upload">
      <Input value={description} onChange={(event) => setDescription(event.target.value)} placeholder={t('rep.files.description')} aria-label={t('rep.files.description')} maxLength={300} style={{ width: 320 }} />
      <Button loading={busy} onClick={() => input.current?.click()}>
        {t('rep.files.upload')}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        accept="application/pdf,image/jpeg,image/png"
        data-testid="attachment-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void upload(file);
        }}
      />
      <Typography.Text type="secondary">{t('rep.files.limits')}</Typography.Text>
    </div>
  );

  return (
    <>
      {actions}
      {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ margin: '8px 0' }} data-testid="attachment-error" />}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={view.attachments}
        locale={{ emptyText: t('rep.files.none') }}
        columns={[
          { title: t('rep.files.name'), dataIndex: 'fileName', render: (name: string, file) => <Tooltip title={t('rep.files.open')}><Button type="link" onClick={() => void open(file.id)}>{name}</Button></Tooltip> },
          { title: t('rep.files.descriptionTitle'), dataIndex: 'description' },
          { title: t('rep.files.size'), dataIndex: 'sizeBytes', width: 90, render: (n: number) => formatBytes(n) },
          { title: t('rep.files.uploaded'), key: 'up', render: (_, file) => `${formatDateTime(file.uploadedAt)} · ${file.uploadedBy}` },
        ]}
      />
    </>
  );
}
