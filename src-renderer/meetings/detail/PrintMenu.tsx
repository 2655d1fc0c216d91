import { App as AntApp, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_PRINT_TEMPLATES, type MeetingView } from '../../../src-shared/contract/index.js';
import { invoke } from '../../bridge/engine.js';
import { pick } from '../../i18n/index.js';
import type { TKey } from '../../i18n/keys.js';
import { PrintPreview, type PrintedDocument } from '../../repatriations/PrintPreview.js';

type Template = (typeof MEETING_PRINT_TEMPLATES)[number];
const TITLES: Record<Template, TKey> = { minutes: 'meet.detail.printMinutes', report: 'meet.detail.printReport', liaison_notice: 'meet.detail.printNotice' };

/** The meeting's documents, numbered through the register, opened in the print preview (printing is a visible button there). */
export function PrintMenu({ view }: { view: MeetingView }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [doc, setDoc] = useState<PrintedDocument | null>(null);
  const [busy, setBusy] = useState(false);
  const print = async (template: Template) => {
    setBusy(true);
    const result = await invoke('meetings.print', { id: view.id, template, notice: null });
    setBusy(false);
    if (!result.ok) return void message.error(pick(result.error.message));
    setDoc({
      title: t(TITLES[template]),
      pdfBase64: result.value.pdfBase64,
      number: result.value.number,
      copy: result.value.copy,
      fileName: `${result.value.number.replace(/[/\\]/g, '-')}.pdf`,
    });
  };
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: MEETING_PRINT_TEMPLATES.map((key) => ({ key, label: <span data-testid={`print-${key}`}>{t(TITLES[key])}</span> })),
          onClick: ({ key }) => void print(key as Template),
        }}
      >
        <Button loading={busy} data-testid="meeting-print">
          {t('meet.detail.print')} ▾
        </Button>
      </Dropdown>
      {doc && <PrintPreview document={doc} onClose={() => setDoc(null)} />}
    </>
  );
}
