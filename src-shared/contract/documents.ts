import { z } from 'zod';
import { channel } from './channel.js';
import { bi } from './validation.js';

export interface DocumentLabel {
  key: string;
  vi: string;
  km: string;
  en: string;
  needsReview: boolean;
  version: number;
}

export interface VerifiedDocument {
  found: boolean;
  number?: string;
  template?: string;
  issuedAt?: string;
  issuedBy?: string;
  recordType?: string;
  contentHash?: string;
}

export const documentChannels = {
  /** Checks a printed number + hash (as printed under the QR code) against the register. */
  'documents.verify': channel<VerifiedDocument>()({
    input: z
      .object({
        number: z.string().trim().min(1, bi('Hãy nhập số văn bản.', 'Enter the document number.')).max(60),
        // Printed in groups of four under the QR code: spaces and dashes are ignored.
        hash: z
          .string()
          .max(100)
          .transform((text) => text.replace(/[\s-]/g, ''))
          .pipe(z.string().regex(/^[0-9a-fA-F]{12,64}$/, bi('Mã kiểm tra gồm 12–64 ký tự 0-9, a-f.', 'The check code has 12–64 characters 0-9, a-f.'))),
      })
      .strict(),
    access: 'signed-in',
    mutates: true,
  }),
  'documents.labels': channel<DocumentLabel[]>()({ input: z.object({}).strict(), access: ['administrator', 'liaison', 'commander'] }),
  'documents.saveLabel': channel<DocumentLabel>()({
    input: z
      .object({
        key: z.string().max(100),
        vi: z.string().trim().min(1).max(2000),
        km: z.string().trim().min(1).max(2000),
        en: z.string().trim().max(2000),
        needsReview: z.boolean(),
        version: z.number().int().positive(),
      })
      .strict(),
    access: ['administrator'],
    mutates: true,
  }),
  /** The UI reports what it did with a document it was given (saved to a file, sent to the printer): audited. */
  'documents.recordOutput': channel<{ recorded: true }>()({
    input: z.object({ number: z.string().trim().min(1).max(60), output: z.enum(['saved', 'printed']) }).strict(),
    access: 'signed-in',
    mutates: true,
  }),
};
