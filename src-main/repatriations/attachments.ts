import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { ATTACHMENT_MAX_BYTES } from '../../src-shared/contract/index.js';
import { EngineError } from '../engine/engine-error.js';
import type { VaultService } from '../vault/vault-service.js';
import { vaultErrors } from '../vault/vault-errors.js';
import { applyChange, getCase } from './cases.js';
import { repatriationDb } from './db.js';
import { live } from '../records/live.js';

/** The file must be what it says: checked by its first bytes, not by its name. */
const MAGIC: Record<string, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47],
};

const fileError = (vi: string, en: string) => new EngineError('invalid_input', { vi, en }, { file: { vi, en } });

/** Scans of signed minutes and photos, stored inside the encrypted vault (never as loose files). */
export async function addAttachment(
  service: VaultService,
  input: { id: string; version: number; fileName: string; mimeType: keyof typeof MAGIC; contentBase64: string; description: string; amendmentReason: string },
) {
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length === 0) throw fileError('Tệp rỗng.', 'The file is empty.');
  if (content.length > ATTACHMENT_MAX_BYTES) throw fileError('Tệp quá lớn (tối đa 15 MB).', 'File too large (max 15 MB).');
  if (!MAGIC[input.mimeType].every((byte, i) => content[i] === byte))
    throw fileError('Nội dung tệp không đúng loại đã khai (PDF, JPEG, PNG).', 'The file content does not match its type (PDF, JPEG, PNG).');
  const vault = service.open();
  const actor = service.actor();
  // A file is part of the record: after approval it is an amendment with a reason, like every other change.
  await applyChange(service, input, 'attachment.add', async (trx) => {
    const id = uuidv7();
    await trx
      .insertInto('case_attachments')
      .values({
        id,
        case_id: input.id,
        file_name: input.fileName.normalize('NFC'),
        mime_type: input.mimeType,
        size_bytes: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
        description: input.description,
        uploaded_at: vault.timestamp(),
        uploaded_by: actor.accountId!,
      })
      .execute();
    return { changed: ['attachments'], attachmentId: id, mimeType: input.mimeType, sizeBytes: content.length };
  });
  return getCase(service, input.id, false);
}

export async function getAttachment(service: VaultService, input: { id: string; attachmentId: string }) {
  const row = await repatriationDb(service)
    .selectFrom('case_attachments')
    .innerJoin('repatriation_cases', 'repatriation_cases.id', 'case_attachments.case_id')
    .select(['case_attachments.file_name', 'case_attachments.mime_type', 'case_attachments.content'])
    .where('case_attachments.id', '=', input.attachmentId)
    .where('case_attachments.case_id', '=', input.id)
    .where(live('repatriation_cases'))
    .executeTakeFirst();
  if (!row) throw vaultErrors.notFound();
  await service.audit({ action: 'attachment.view', recordType: 'repatriation', recordId: input.id, detail: { attachmentId: input.attachmentId } });
  return { fileName: row.file_name, mimeType: row.mime_type, contentBase64: Buffer.from(row.content).toString('base64') };
}
