import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES } from '../../src-shared/contract/index.js';

export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** The contract's attachment rule, checked before sending: PDF, JPEG or PNG, at most 15 MB. */
export function attachmentProblem(file: { type: string; size: number }): 'wrongType' | 'tooBig' | null {
  if (!(ATTACHMENT_TYPES as readonly string[]).includes(file.type)) return 'wrongType';
  if (file.size > ATTACHMENT_MAX_BYTES) return 'tooBig';
  return null;
}

export const formatBytes = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

/** Base64 of a file's bytes (FileReader: no Node in the renderer). */
export function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export function base64ToBlob(base64: string, type: string): Blob {
  const bytes = atob(base64);
  const array = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) array[i] = bytes.charCodeAt(i);
  return new Blob([array], { type });
}
