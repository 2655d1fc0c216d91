import { Alert, Button, Input, Table, Tooltip, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_TYPES } from '../../src-shared/contract/index.js';
import { formatDateTime, pick } from '../i18n/index.js';
import { AttachmentViewer, type OpenedFile } from './AttachmentViewer.js';
import { attachmentProblem, base64ToBlob, formatBytes, readBase64, type AttachmentType } from './files.js';
import { invokeStep, type RecordViewBase } from './kind.js';
import type { RecordKindUi } from './texts.js';
import { useAmendReason } from './useAmendReason.js';
import { useRecordMutation } from './useRecordMutation.js';

/**
 * A record's files (scans of signed minutes, photos): the list, opening one, and — when `canAdd` — adding one:
 * PDF, JPEG or PNG up to 15 MB (the contract's rule, checked before sending), with a description; after approval
 * adding is an amendment and asks for the reason. A stale version shows the stored record and says to choose again.
 */
export function AttachmentsPanel<V extends RecordViewBase>({ kindUi, view, canAdd, onChange }: { kindUi: RecordKindUi<V>; view: V; canAdd: boolean; onChange: (view: V) => void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [opened, setOpened] = useState<OpenedFile | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const amendReason = useAmendReason(kindUi.texts);
  const mutation = useRecordMutation<V>({ onStale: (stale) => onChange(stale.current) });
  const { kind } = kindUi;

  const upload = async (file: File) => {
    setProblem(null);
    const rule = attachmentProblem(file);
    if (rule === 'wrongType') return setProblem(t('records.files.wrongType', { name: file.name }));
    if (rule === 'tooBig') return setProblem(t('records.files.tooBig', { name: file.name, size: formatBytes(file.size) }));
    const amendmentReason = await amendReason(view);
    if (amendmentReason === null) return;
    const contentBase64 = await readBase64(file);
    const next = await mutation.run('add', () =>
      invokeStep<V, 'addAttachment'>(kind, 'addAttachment', {
        id: view.id,
        version: view.version,
        fileName: file.name,
        mimeType: file.type as AttachmentType,
        contentBase64,
        description,
        amendmentReason,
      }),
    );
    if (!next) return;
    setDescription('');
    onChange(next);
  };

  const open = async (attachmentId: string) => {
    setProblem(null);
    const file = await mutation.run('open', () => invokeStep<V, 'getAttachment'>(kind, 'getAttachment', { id: view.id, attachmentId }));
    if (file) setOpened({ name: file.fileName, type: file.mimeType, url: URL.createObjectURL(base64ToBlob(file.contentBase64, file.mimeType)) });
  };

  const error = mutation.error;
  const shown =
    problem ??
    (mutation.stale
      ? t(kindUi.texts.staleFile, { who: mutation.stale.updatedBy })
      : error && [pick(error.message), ...Object.values(error.fields ?? {}).map((m) => pick(m))].join(' '));

  return (
    <>
      {canAdd && (
        <div className="record-upload">
          <Input
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            placeholder={t('records.files.description')}
            aria-label={t('records.files.description')}
            maxLength={300}
            style={{ width: 320 }}
          />
          <Button loading={mutation.busy === 'add'} onClick={() => input.current?.click()}>
            {t('records.files.upload')}
          </Button>
          <input
            ref={input}
            type="file"
            hidden
            accept={ATTACHMENT_TYPES.join(',')}
            data-testid="attachment-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void upload(file);
            }}
          />
          <Typography.Text type="secondary">{t('records.files.limits')}</Typography.Text>
        </div>
      )}
      {shown && <Alert type="error" showIcon role="alert" title={shown} style={{ margin: '8px 0' }} data-testid="attachment-error" />}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={view.attachments}
        data-testid="attachments-table"
        locale={{ emptyText: t('records.files.none') }}
        columns={[
          {
            title: t('records.files.name'),
            dataIndex: 'fileName',
            render: (name: string, file) => (
              <Tooltip title={t('records.files.open')}>
                <Button type="link" onClick={() => void open(file.id)}>
                  {name}
                </Button>
              </Tooltip>
            ),
          },
          { title: t('records.files.descriptionTitle'), dataIndex: 'description' },
          { title: t('records.files.size'), dataIndex: 'sizeBytes', width: 90, render: (n: number) => formatBytes(n) },
          { title: t('records.files.uploaded'), key: 'up', render: (_, file) => `${formatDateTime(file.uploadedAt)} · ${file.uploadedBy}` },
        ]}
      />
      {opened && <AttachmentViewer file={opened} onClose={() => setOpened(null)} />}
    </>
  );
}
