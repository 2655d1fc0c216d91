import { createHash } from 'node:crypto';
import type { ReadableDb } from '../vault/db-access.js';
import { v7 as uuidv7 } from 'uuid';
import { ATTACHMENT_MAX_BYTES, type AttachmentInfo } from '../../src-shared/contract/index.js';
import { EngineError } from '../kernel/engine-error.js';
import type { VaultService } from '../vault/vault-service.js';
import { vaultErrors } from '../vault/vault-errors.js';
import { changeRecord, type ChangeInput, type RecordKind, type RecordViewBase } from './lifecycle.js';
import type { RecordLifecycleColumns, RecordTables } from './tables.js';

/** The file must be what it says: checked by its first bytes, not by its name. */
const MAGIC = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47],
} satisfies Record<string, number[]>;

const fileError = (vi: string, en: string) => new EngineError('invalid_input', { vi, en }, { file: { vi, en } });

/** Refuses an empty, oversized or mislabelled file before anything is written. */
function checkedContent(input: { mimeType: keyof typeof MAGIC; contentBase64: string }) {
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length === 0) throw fileError('Tệp rỗng.', 'The file is empty.');
  if (content.length > ATTACHMENT_MAX_BYTES) throw fileError('Tệp quá lớn (tối đa 15 MB).', 'File too large (max 15 MB).');
  if (!MAGIC[input.mimeType].every((byte, i) => content[i] === byte))
    throw fileError('Nội dung tệp không đúng loại đã khai (PDF, JPEG, PNG).', 'The file content does not match its type (PDF, JPEG, PNG).');
  return content;
}

/**
 * Attaches a scan or photo to a record of any kind. A file is part of the record: after approval it is an
 * amendment with a reason, like every other change.
 */
export async function addAttachment<Trx, View extends RecordViewBase>(
  kind: RecordKind<Trx, View>,
  service: VaultService,
  input: ChangeInput & { fileName: string; mimeType: keyof typeof MAGIC; contentBase64: string; description: string },
) {
  const content = checkedContent(input);
  await changeRecord(kind, service, input, 'attachment.add', async ({ records, at, by }) => {
    const id = uuidv7();
    await records
      .insertInto('record_attachments')
      .values({
        id,
        record_kind: kind.kind,
        record_id: input.id,
        file_name: input.fileName.normalize('NFC'),
        mime_type: input.mimeType,
        size_bytes: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
        description: input.description,
        uploaded_at: at,
        uploaded_by: by,
      })
      .execute();
    return { changed: ['attachments'], attachmentId: id, mimeType: input.mimeType, sizeBytes: content.length };
  });
}

/** Opens an attachment of a live record; opening it is audited (it may show a victim). */
export async function getAttachment(kind: { kind: string; table: string }, service: VaultService, input: { id: string; attachmentId: string }) {
  const db = service.open().db.withTables<RecordTables & Record<string, RecordLifecycleColumns>>();
  const row = await db
    .selectFrom('record_attachments')
    .select(['file_name', 'mime_type', 'content'])
    .where('id', '=', input.attachmentId)
    .where('record_kind', '=', kind.kind)
    .where('record_id', '=', input.id)
    .where((eb) => eb.exists(eb.selectFrom(kind.table).select('id').where('id', '=', input.id).where('deleted_at', 'is', null)))
    .executeTakeFirst();
  if (!row) throw vaultErrors.notFound();
  await service.audit({ action: 'attachment.view', recordType: kind.kind, recordId: input.id, detail: { attachmentId: input.attachmentId } });
  return { fileName: row.file_name, mimeType: row.mime_type, contentBase64: Buffer.from(row.content).toString('base64') };
}

/** A record's attachments, oldest first, with the uploader's name resolved by `name`. */
export async function listAttachments(db: ReadableDb<RecordTables>, ref: { kind: string; id: string }, name: (accountId: string) => string): Promise<AttachmentInfo[]> {
  const rows = await db
    .selectFrom('record_attachments')
    .select(['id', 'file_name', 'mime_type', 'size_bytes', 'description', 'uploaded_at', 'uploaded_by'])
    .where('record_kind', '=', ref.kind)
    .where('record_id', '=', ref.id)
    .orderBy('uploaded_at')
    .execute();
  return rows.map((file) => ({
    id: file.id,
    fileName: file.file_name,
    mimeType: file.mime_type,
    sizeBytes: file.size_bytes,
    description: file.description,
    uploadedAt: file.uploaded_at,
    uploadedBy: name(file.uploaded_by),
  }));
}
