import { App as AntApp, Button, type ButtonProps } from 'antd';
import { useState } from 'react';
import type { Result, SpreadsheetFile } from '../../src-shared/contract/index.js';
import { pick } from '../i18n/index.js';
import { base64ToBlob } from './model.js';

/** Hands a spreadsheet made by the engine to the browser's download (the file never touches the vault). */
function download(file: SpreadsheetFile) {
  const url = URL.createObjectURL(base64ToBlob(file.contentBase64, file.mimeType));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A button that asks the engine for a spreadsheet and saves it; an engine error is shown, never swallowed. */
export function SaveSpreadsheetButton({ make, children, ...props }: Omit<ButtonProps, 'onClick'> & { make: () => Promise<Result<SpreadsheetFile>> }) {
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    const result = await make();
    setBusy(false);
    if (result.ok) download(result.value);
    else void message.error(pick(result.error.message));
  };
  return (
    <Button {...props} loading={busy} onClick={() => void save()}>
      {children}
    </Button>
  );
}
