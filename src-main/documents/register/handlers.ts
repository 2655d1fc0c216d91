import type { DocumentLabel } from '../../../src-shared/contract/index.js';
import type { EngineContext } from '../../engine/context.js';
import { defineHandlers } from '../../engine/dispatcher.js';
import { vaultErrors } from '../../vault/vault-errors.js';
import type { VaultService } from '../../vault/vault-service.js';
import { DEFAULT_LABELS } from '../labels/default-labels.js';
import { verifyDocument } from './register.js';
import type { DocumentTables } from './tables.js';

const documentsDb = (service: VaultService) => service.open().db.withTables<DocumentTables>();

async function listLabels(service: VaultService): Promise<DocumentLabel[]> {
  const rows = await documentsDb(service).selectFrom('document_labels').selectAll().orderBy('key').execute();
  return rows.map((row) => ({ key: row.key, vi: row.vi, km: row.km, en: row.en, needsReview: row.needs_review === 1, version: row.version }));
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
      const row = await trx.selectFrom('document_labels').selectAll().where('key', '=', input.key).executeTakeFirst();
      if (!row) throw vaultErrors.notFound();
      if (row.version !== input.version)
        throw vaultErrors.conflict({ current: { key: row.key, vi: row.vi, km: row.km, en: row.en, needsReview: row.needs_review === 1, version: row.version } });
      const next = { vi: input.vi.normalize('NFC'), km: input.km.normalize('NFC'), en: input.en, needs_review: input.needsReview ? 1 : 0 };
      const changed = (Object.keys(next) as (keyof typeof next)[]).filter((key) => next[key] !== row[key]);
      if (changed.length === 0) return; // saving what is already there is not a change
      await trx.updateTable('document_labels').set({ ...next, version: row.version + 1, updated_at: vault.timestamp(), updated_by: actor.accountId }).where('key', '=', input.key).execute();
      await audit({ action: 'document.label_update', recordType: 'document_label', recordId: input.key, detail: { changed } });
    });
    return (await listLabels(ctx.vault)).find((label) => label.key === input.key)!;
  },
  'documents.recordOutput': async (input, { ctx }) => {
    await ctx.vault.audit({ action: `document.${input.output}`, detail: { number: input.number } });
    return { recorded: true as const };
  },
});
