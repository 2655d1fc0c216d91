import { Button, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export interface OpenedFile {
  name: string;
  url: string;
  type: string;
}

/** An opened attachment: a PDF in a frame or an image, with a download button. The object URL is freed on close. */
export function AttachmentViewer({ file, onClose }: { file: OpenedFile; onClose: () => void }) {
  const { t } = useTranslation();
  useEffect(() => () => URL.revokeObjectURL(file.url), [file.url]);
  return (
    <Modal
      open
      title={file.name}
      width="min(1100px, 96vw)"
      onCancel={onClose}
      footer={
        <Button href={file.url} download={file.name}>
          {t('records.files.download')}
        </Button>
      }
    >
      {file.type === 'application/pdf' ? <iframe title={file.name} src={file.url} className="record-pdf-frame" /> : <img src={file.url} alt={file.name} className="record-image" />}
    </Modal>
  );
}
