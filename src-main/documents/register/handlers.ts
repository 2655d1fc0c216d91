import type { Selectable } from 'kysely';
import type { DocumentLabel } from '../../../src-shared/contract/index.js';
import type { EngineContext } from '../../engine/context.js';
import { defineHandlers } from '../../kernel/dispatcher.js';
import { vaultErrors } from '../../vault/vault-errors.js';
import { changeVersioned } from '../../vault/versioned-change.js';
import type { VaultService } from '../../vault/vault-service.js';
import { DEFAULT_LABELS } from '../labels/default-labels.js';
import { verifyDocument } from './register.js';
import type { DocumentTables } from './tables.js';

const documentsDb = (service: VaultService) => service.open().db.withTables<DocumentTables>();

const toLabel = (row: Selectable<DocumentTables['document_labels']>): DocumentLabel => ({
  key: row.key,
  vi: row.vi,
  km: row.km,
  en: row.en,
  needsReview: row.needs_review === 1,
  version: row.version,
});

async function listLabels(service: VaultService): Promise<DocumentLabel[]> {
  return (await documentsDb(service).selectFrom('document_labels').selectAll().orderBy('key').execute()).map(toLabel);
}

export const documentHandlers = defineHandlers<EngineContext>()({
  'documents.verify': async (input, { ctx }) => {
    const row = await verifyDocument(documentsDb(ctx.vault), input.number, input.hash);
    await ctx.vault.audit({ action: 'document.verify', detail: { number: input.number, found: Boolean(row) } });
    if (!row) return { found: false };
    const account = await ctx.vault.open().db.selectFrom('accounts').select('display_name').where('id', '=', row.issued_by).executeTakeFirst();
    return {
      found: true,
      number: row.number,
      template: row.template,
      issuedAt: row.issued_at,
      issuedBy: account?.display_name ?? row.issued_by,
      recordType: row.record_type,
      contentHash: row.content_hash,
    };
  },
  'documents.labels': (_input, { ctx }) => listLabels(ctx.vault),
  'documents.saveLabel': async (input, { ctx }) => {
    if (!Object.hasOwn(DEFAULT_LABELS, input.key)) throw vaultErrors.notFound();
    const vault = ctx.vault.open();
    const actor = ctx.vault.actor();
    await vault.write(actor, async (raw, audit) => {
      const trx = raw.withTables<DocumentTables>();
      await changeVersioned({
        row: await trx.selectFrom('document_labels').selectAll().where('key', '=', input.key).executeTakeFirst(),
        expectedVersion: input.version,
        next: { vi: input.vi.normalize('NFC'), km: input.km.normalize('NFC'), en: input.en, needs_review: input.needsReview ? 1 : 0 },
        stamp: { at: vault.timestamp(), by: actor.accountId },
        write: (set) => trx.updateTable('document_labels').set(set).where('key', '=', input.key).execute(),
        audit,
        entry: { action: 'document.label_update', recordType: 'document_label', recordId: input.key },
        conflictDetail: (row) => ({ current: toLabel(row) }),
      });
    });
    return (await listLabels(ctx.vault)).find((label) => label.key === input.key)!;
  },
  'documents.recordOutput': async (input, { ctx }) => {
    await ctx.vault.audit({ action: `document.${input.output}`, detail: { number: input.number } });
    return { recorded: true as const };
  },
});
