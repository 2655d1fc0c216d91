import type { IssuedDocumentInfo } from '../../../src-shared/contract/index.js';
import type { ReadableDb, WritableDb } from '../../vault/db-access.js';
import { v7 as uuidv7 } from 'uuid';
import type { DocumentTables } from './tables.js';

type Db = ReadableDb<DocumentTables>;

export interface IssueRequest {
  template: string;
  typeCode: string;
  year: number;
  recordType: string;
  recordId: string;
  /** Hash of the content without its number. */
  sourceHash: string;
  issuedBy: string;
  at: string;
}

export interface Issued {
  id: string;
  seq: number;
  copy: boolean;
}

/**
 * Gives a document its register number inside the caller's transaction: the same content for the same
 * record is a copy of the document already issued; anything else takes the next number of its kind and
 * year. Unique under concurrent issue: the sequence is read and written in one write transaction, and
 * the (type, year, seq) constraint refuses any duplicate.
 */
export async function issueNumber(trx: WritableDb<DocumentTables>, request: IssueRequest): Promise<Issued> {
  const existing = await trx
    .selectFrom('document_register')
    .select(['id', 'seq', 'copies_printed'])
    .where('template', '=', request.template)
    .where('record_type', '=', request.recordType)
    .where('record_id', '=', request.recordId)
    .where('source_hash', '=', request.sourceHash)
    .executeTakeFirst();
  if (existing) {
    await trx
      .updateTable('document_register')
      .set({ copies_printed: existing.copies_printed + 1 })
      .where('id', '=', existing.id)
      .execute();
    return { id: existing.id, seq: existing.seq, copy: true };
  }
  const last = await trx
    .selectFrom('document_register')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('type_code', '=', request.typeCode)
    .where('year', '=', request.year)
    .executeTakeFirst();
  return { id: uuidv7(), seq: Number(last?.seq ?? 0) + 1, copy: false };
}

/** Records a newly numbered document with the hash printed under its QR code. */
export async function recordIssued(trx: WritableDb<DocumentTables>, request: IssueRequest, issued: Issued, number: string, contentHash: string) {
  await trx
    .insertInto('document_register')
    .values({
      id: issued.id,
      template: request.template,
      type_code: request.typeCode,
      year: request.year,
      seq: issued.seq,
      number,
      record_type: request.recordType,
      record_id: request.recordId,
      content_hash: contentHash,
      source_hash: request.sourceHash,
      issued_at: request.at,
      issued_by: request.issuedBy,
      copies_printed: 0,
    })
    .execute();
}

/** Does the register hold a document with this number and (a prefix of at least 12 hex digits of) this hash? */
export async function verifyDocument(db: Db, number: string, hash: string) {
  const wanted = hash.trim().toLowerCase();
  if (wanted.length < 12) return null;
  // Numbers restart every year: the same number may be in the register once per year; the hash tells them apart.
  const rows = await db.selectFrom('document_register').selectAll().where('number', '=', number.trim()).orderBy('year', 'desc').execute();
  return rows.find((row) => row.content_hash.startsWith(wanted)) ?? null;
}

/** The documents issued from a record, oldest first, each with who issued it (names resolved by `name`). */
export async function issuedFor(db: Db | WritableDb<DocumentTables>, record: { kind: string; id: string }, name: (accountId: string) => string): Promise<IssuedDocumentInfo[]> {
  const rows = await db
    .selectFrom('document_register')
    .select(['template', 'number', 'issued_at', 'issued_by', 'content_hash'])
    .where('record_type', '=', record.kind)
    .where('record_id', '=', record.id)
    .orderBy('issued_at')
    .execute();
  return rows.map((doc) => ({ template: doc.template, number: doc.number, issuedAt: doc.issued_at, issuedBy: name(doc.issued_by), contentHash: doc.content_hash }));
}
