/**
 * What the record-printing tests share: an engine on a real encrypted vault, its clock at 10/03/2026 10:00 in the
 * office's zone (UTC+7), a liaison officer signed in who also reads the audit log (auditor) to see what prints
 * recorded; the PDF text as pdftotext reads it; a refusal as its code and field names.
 */
import { afterEach, beforeEach } from 'vitest';
import { addAccount, newEngine, setUpVault, signInFresh, type TestEngine } from '../support/vault.js';
import { pdfText, squeeze } from './pdf-text.js';

export const NOW = Date.parse('2026-03-10T10:00:00+07:00');
export const TZ = 'Asia/Ho_Chi_Minh';

/** Registers the set-up and clean-up of each test; call the result inside a test for the engine. */
export function liaisonEngine(): () => TestEngine {
  let t: TestEngine;
  beforeEach(async () => {
    const offset = NOW - Date.now();
    t = newEngine({ now: () => new Date(Date.now() + offset), timeZone: TZ });
    await setUpVault(t);
    const { temporaryPassword } = await addAccount(t, 'lienlac', ['liaison', 'auditor']);
    await t.call('vault.signOut', {});
    await signInFresh(t, 'lienlac', temporaryPassword);
  });
  afterEach(() => t.cleanup());
  return () => t;
}

/** A printed PDF's text in content-stream order, whitespace removed. */
export const printedText = (base64: string) => squeeze(pdfText(Buffer.from(base64, 'base64'), { raw: true }));

/** A refused print as `{ code, fields }` (field names sorted); undefined when it printed. */
export async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e as { code: string; fields?: Record<string, unknown> },
  );
  return error && { code: error.code, fields: Object.keys(error.fields ?? {}).sort() };
}
