import { z } from 'zod';
import { bi } from './validation.js';

/** What every record kind shares in the contract: attachments (scans of signed minutes, photos). */

export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const ATTACHMENT_MAX_BYTES = 15 * 1024 * 1024;

/** The file part of an "add attachment" request, the same for every record kind. */
export const attachmentFile = {
  mimeType: z.enum(ATTACHMENT_TYPES, { error: bi('Chỉ nhận tệp PDF, JPEG hoặc PNG.', 'Only PDF, JPEG or PNG files.') }),
  contentBase64: z.string().min(1).max(Math.ceil((ATTACHMENT_MAX_BYTES * 4) / 3) + 4, bi('Tệp quá lớn (tối đa 15 MB).', 'File too large (max 15 MB).')),
};

export interface AttachmentInfo {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  description: string;
  uploadedAt: string;
  uploadedBy: string;
}
