import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { ATTACHMENT_MAX_BYTES } from '../../src-shared/contract/index.js';
import { EngineError } from '../engine/engine-error.js';
import type { VaultService } from '../vault/vault-service.js';
import { vaultErrors } from '../vault/vault-errors.js';
import { getCase } from './cases.js';
import { repatriationDb, withRepatriationTables } from './db.js';

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
  input: { id: string; version: number; fileName: string; mimeType: keyof typeof MAGIC; contentBase64: string; description: string },
) {
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length === 0) throw fileError('Tệp rỗng.', 'The file is empty.');
  if (content.length > ATTACHMENT_MAX_BYTES) throw fileError('Tệp quá lớn (tối đa 15 MB).', 'File too large (max 15 MB).');
  if (!MAGIC[input.mimeType].every((byte, i) => content[i] === byte))
    throw fileError('Nội dung tệp không đúng loại đã khai (PDF, JPEG, PNG).', 'The file content does not match its type (PDF, JPEG, PNG).');
  const vault = service.open();
  const actor = service.actor();
  await vault.write(actor, async (raw, audit) => {
    const trx = withRepatriationTables(raw);
    const row = await trx.selectFrom('repatriation_cases').select(['version']).where('id', '=', input.id).where('deleted_at', 'is', null).executeTakeFirst();
    if (!row) throw vaultErrors.notFound();
    if (row.version !== input.version) throw vaultErrors.conflict();
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
    await trx.updateTable('repatriation_cases').set({ version: row.version + 1, updated_at: vault.timestamp(), updated_by: actor.accountId! }).where('id', '=', input.id).execute();
    await audit({ action: 'attachment.add', recordType: 'repatriation', recordId: input.id, detail: { attachmentId: id, mimeType: input.mimeType, sizeBytes: content.length } });
  });
  return getCase(service, input.id, false);
}

export async function getAttachment(service: VaultService, input: { id: string; attachmentId: string }) {
  const row = await repatriationDb(service)
    .selectFrom('case_attachments')
    .select(['file_name', 'mime_type', 'content'])
    .where('id', '=', input.attachmentId)
    .where('case_id', '=', input.id)
    .executeTakeFirst();
  if (!row) throw vaultErrors.notFound();
  await service.audit({ action: 'attachment.view', recordType: 'repatriation', recordId: input.id, detail: { attachmentId: input.attachmentId } });
  return { fileName: row.file_name, mimeType: row.mime_type, contentBase64: Buffer.from(row.content).toString('base64') };
}
