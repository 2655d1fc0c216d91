import { App as AntApp, Button, Modal, Space, Tooltip } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../app/StatusTag.js';
import { invoke } from '../bridge/engine.js';
import { base64ToBlob } from './model.js';

export interface PrintedDocument {
  title: string;
  pdfBase64: string;
  number: string;
  copy: boolean;
  fileName: string;
}

/**
 * The issued PDF inside the app (an iframe of a blob: URL, nothing written to disk unless asked), with its
 * register number and the copy mark; "Save as PDF" and "Print" are reported to the engine (audited).
 */
export function PrintPreview({ document: doc, onClose }: { document: PrintedDocument; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const frame = useRef<HTMLIFrameElement>(null);
  const url = useMemo(() => URL.createObjectURL(base64ToBlob(doc.pdfBase64, 'application/pdf')), [doc.pdfBase64]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);

  const record = async (output: 'saved' | 'printed') => {
    const result = await invoke('documents.recordOutput', { number: doc.number, output });
    if (!result.ok) void message.warning(t('rep.print.notRecorded'));
  };

  const print = () => {
    try {
      frame.current?.contentWindow?.focus();
      frame.current?.contentWindow?.print();
      void record('printed');
    } catch {
      void message.error(t('rep.print.printFailed'));
    }
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'p') {
        event.preventDefault();
        print();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [url]);

  return (
    <Modal
      open
      onCancel={onClose}
      width="min(1100px, 96vw)"
      className="rep-print-modal"
      style={{ top: 12, paddingBottom: 12 }}
      title={
        <Space wrap size={8}>
          <span>{doc.title}</span>
          <StatusTag tone="info">
            {t('rep.print.number')}: <strong data-testid="print-number">{doc.number}</strong>
          </StatusTag>
          {doc.copy && (
            <StatusTag tone="attention">
              <span data-testid="print-copy">{t('rep.print.copy')}</span>
            </StatusTag>
          )}
        </Space>
      }
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.close')}</Button>
          <Button href={url} download={doc.fileName} onClick={() => void record('saved')} data-testid="save-pdf">
            {t('rep.print.save')}
          </Button>
          <Tooltip title="Ctrl+P">
            <Button type="primary" onClick={print} aria-keyshortcuts="Control+P">
              {t('rep.print.print')}
            </Button>
          </Tooltip>
        </Space>
      }
    >
      {doc.copy && <p className="rep-copy-note">{t('rep.print.copyNote')}</p>}
      <iframe ref={frame} title={doc.title} src={url} className="rep-pdf-frame" data-testid="pdf-frame" />
    </Modal>
  );
}
