import { Button, Input, Table } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES, type AttachmentInfo, type MeetingView } from '../../../src-shared/contract/index.js';
import { invoke } from '../../bridge/engine.js';
import { formatDateTime, pick } from '../../i18n/index.js';
import { base64ToBlob, formatBytes, readBase64 } from '../../repatriations/model.js';

/** The signed scan of the minutes and other files: PDF, JPEG or PNG up to 15 MB, checked before sending. */
export function AttachmentsPanel({
  view,
  writer,
  onChange,
  reasonIfApproved,
}: {
  view: MeetingView;
  writer: boolean;
  onChange: (view: MeetingView) => void;
  reasonIfApproved: () => Promise<string | null>;
}) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const upload = async (file: File) => {
    setProblem(null);
    if (!(ATTACHMENT_TYPES as readonly string[]).includes(file.type)) return setProblem(t('meet.detail.wrongType', { name: file.name }));
    if (file.size > ATTACHMENT_MAX_BYTES) return setProblem(t('meet.detail.tooBig', { name: file.name, size: formatBytes(file.size) }));
    const amendmentReason = await reasonIfApproved();
    if (amendmentReason === null) return;
    setBusy(true);
    const result = await invoke('meetings.addAttachment', {
      id: view.id,
      version: view.version,
      fileName: file.name,
      mimeType: file.type as (typeof ATTACHMENT_TYPES)[number],
      contentBase64: await readBase64(file),
      description,
      amendmentReason,
    });
    setBusy(false);
    if (!result.ok) return setProblem([pick(result.error.message), ...Object.values(result.error.fields ?? {}).map((m) => pick(m))].join(' '));
    setDescription('');
    onChange(result.value);
  };

  const open = async (attachment: AttachmentInfo) => {
    const result = await invoke('meetings.getAttachment', { id: view.id, attachmentId: attachment.id });
    if (!result.ok) return setProblem(pick(result.error.message));
    window.open(URL.createObjectURL(base64ToBlob(result.value.contentBase64, result.value.mimeType)), '_blank');
  };

  return (
    <section aria-labelledby="meet-d-files" className="meet-panel">
      <h3 id="meet-d-files">{t('meet.detail.attachments')}</h3>
      <Table<AttachmentInfo>
        size="small"
        pagination={false}
        rowKey="id"
        dataSource={view.attachments}
        data-testid="attachments"
        locale={{ emptyText: t('meet.detail.noFiles') }}
        columns={[
          {
            title: t('meet.detail.fileDescription'),
            key: 'name',
            render: (_, a) => (
              <>
                <div>{a.fileName}</div>
                <div className="rep-muted">{a.description}</div>
              </>
            ),
          },
          { title: '', dataIndex: 'sizeBytes', width: 90, render: (n: number) => formatBytes(n) },
          {
            title: '',
            key: 'by',
            width: 230,
            render: (_, a) => (
              <span className="rep-muted">
                {a.uploadedBy} · {formatDateTime(a.uploadedAt)}
              </span>
            ),
          },
          {
            title: '',
            key: 'open',
            width: 80,
            render: (_, a) => (
              <Button size="small" onClick={() => void open(a)}>
                {t('meet.detail.openFile')}
              </Button>
            ),
          },
        ]}
      />
      {writer && (
        <div className="rep-upload meet-upload">
          <Input
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            placeholder={t('meet.detail.fileDescription')}
            aria-label={t('meet.detail.fileDescription')}
            maxLength={300}
            style={{ width: 320 }}
          />
          <Button loading={busy} onClick={() => input.current?.click()}>
            {t('meet.detail.upload')}
          </Button>
          <input
            ref={input}
            type="file"
            hidden
            accept="application/pdf,image/jpeg,image/png"
            data-testid="meeting-attachment-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void upload(file);
            }}
          />
        </div>
      )}
      {problem && (
        <div className="rep-error-text" role="alert">
          {problem}
        </div>
      )}
    </section>
  );
}
