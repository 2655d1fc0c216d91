import { z } from 'zod';
import { COMMENT_MAX } from '../records/review.js';
import { id, required, text, version } from './fields.js';
import { bi } from './validation.js';

/** What every record kind shares in the contract: attachments (scans of signed minutes, photos). */

export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const ATTACHMENT_MAX_BYTES = 15 * 1024 * 1024;

/** The file part of an "add attachment" request, the same for every record kind. */
export const attachmentFile = {
  mimeType: z.enum(ATTACHMENT_TYPES, { error: bi('Chỉ nhận tệp PDF, JPEG hoặc PNG.', 'Only PDF, JPEG or PNG files.') }),
  contentBase64: z
    .string()
    .min(1)
    .max(Math.ceil((ATTACHMENT_MAX_BYTES * 4) / 3) + 4, bi('Tệp quá lớn (tối đa 15 MB).', 'File too large (max 15 MB).')),
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

/**
 * The inputs of the lifecycle's channels, the same for every record kind (`<kind>.submit`, `.approve`, …): each
 * kind's contract lists its channels with these, so a new kind gets the same checks and the same messages.
 */
export const lifecycleInputs = {
  /** Submit and approve: the version the person saw. */
  act: z.object({ id, version }).strict(),
  return: z.object({ id, version, comment: z.string().trim().max(COMMENT_MAX).default('') }).strict(),
  comment: z.object({ id, comment: z.string().trim().max(COMMENT_MAX).default('') }).strict(),
  delete: z.object({ id, version, reason: required(500) }).strict(),
  addAttachment: z.object({ id, version, fileName: required(200), ...attachmentFile, description: text(300), amendmentReason: text(500) }).strict(),
  getAttachment: z.object({ id, attachmentId: id }).strict(),
};

export interface AttachmentContent {
  fileName: string;
  mimeType: string;
  contentBase64: string;
}
