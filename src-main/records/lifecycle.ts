import type { Kysely, Transaction } from 'kysely';
import type { RecordReview } from '../../src-shared/records/review.js';
import { EngineError } from '../kernel/engine-error.js';
import type { AuditFn } from '../vault/open-vault.js';
import type { VaultTables } from '../vault/tables.js';
import type { VaultService } from '../vault/vault-service.js';
import { vaultErrors } from '../vault/vault-errors.js';
import { refuseStale } from '../vault/versioned-change.js';
import { review, type RecordRef } from './review.js';
import type { RecordLifecycleColumns, RecordTables } from './tables.js';

/** What the lifecycle needs to see of any record: its review state, and who saved it last (for a stale save). */
export interface RecordViewBase {
  review: RecordReview;
  updatedBy: string;
  updatedAt: string;
}

/**
 * A record kind, as the lifecycle sees it. A new kind (meetings, interceptions) gives its table, how to load
 * one record and what to recompute after a change — and gets versions, review, amendments, soft delete and
 * attachments without copying any of them.
 */
export interface RecordKind<Trx, View extends RecordViewBase> {
  /** 'repatriation': the key of the review timeline, the audit record type and the prefix of its audit actions. */
  kind: string;
  /** The kind's main table, which carries `RecordLifecycleColumns`. */
  table: string;
  /** The vault's write transaction seen with the kind's tables. */
  tables: (raw: Transaction<VaultTables>) => Trx;
  /** The live (not deleted) record, or undefined. */
  load: (trx: Trx, id: string, now: Date) => Promise<{ row: RecordLifecycleColumns; view: View } | undefined>;
  /** Recomputes derived columns (counts) after any change. */
  afterChange?: (trx: Trx, id: string) => Promise<void>;
}

export interface ChangeInput {
  id: string;
  version: number;
  amendmentReason?: string;
}

/** What a kind's change step is given: its tables, the record as it is now, and who/when. */
export interface ChangeContext<Trx, View> {
  trx: Trx;
  /** The same transaction, for the shared review tables. */
  records: Transaction<RecordTables>;
  current: View;
  audit: AuditFn;
  at: string;
  by: string;
  /** The account that created the record (the review keeps it for home pages). */
  author: string;
}

export type ChangeStep<Trx, View> = (change: ChangeContext<Trx, View>) => Promise<Record<string, unknown>>;

/** Every record kind's main table, reached by name: only the lifecycle columns are touched here. */
const lifecycleTable = (trx: unknown) => trx as Kysely<Record<string, RecordLifecycleColumns>>;

export const recordRef = (kind: { kind: string }, id: string): RecordRef => ({ kind: kind.kind, id });

const needReason = () =>
  new EngineError(
    'rule_violation',
    { vi: 'Hồ sơ đã được phê duyệt: mọi thay đổi là đính chính và cần ghi lý do.', en: 'The record is approved: changes are amendments and need a reason.' },
    { amendmentReason: { vi: 'Hãy ghi lý do đính chính.', en: 'Give the reason for the amendment.' } },
  );

/**
 * The one change of any record: refuses a stale version (showing who changed what), demands a reason once the
 * commander has approved (an amendment, which marks the record "changed since approval"), runs the kind's own
 * step, bumps the version with who/when and audits — all in one transaction.
 */
export async function changeRecord<Trx, View extends RecordViewBase>(
  kind: RecordKind<Trx, View>,
  service: VaultService,
  input: ChangeInput,
  action: string,
  step: ChangeStep<Trx, View>,
  /** Review acts (submit, approve, return) and deletion are acts on the record, not amendments of its content. */
  { isAmendment = true }: { isAmendment?: boolean } = {},
): Promise<void> {
  const vault = service.open();
  const actor = service.actor();
  await vault.write(actor, async (raw, audit) => {
    const trx = kind.tables(raw);
    const at = vault.timestamp();
    const found = await kind.load(trx, input.id, new Date(at));
    if (!found) throw vaultErrors.notFound();
    const { row, view } = found;
    refuseStale(row, input.version, () => ({ current: view, updatedBy: view.updatedBy, updatedAt: view.updatedAt }));
    const amending = isAmendment && row.approved_at !== null;
    const reason = input.amendmentReason?.trim() ?? '';
    if (amending && !reason) throw needReason();
    const by = actor.accountId!;
    const records = raw.withTables<RecordTables>();
    const detail = await step({ trx, records, current: view, audit, at, by, author: row.created_by });
    if (amending) {
      const changed = Array.isArray(detail.changed) ? (detail.changed as string[]) : [action.replace(/^[^.]+\./, '')];
      await review.amend(records, recordRef(kind, input.id), view.review, by, at, row.created_by, reason, changed);
    }
    await kind.afterChange?.(trx, input.id);
    await lifecycleTable(trx)
      .updateTable(kind.table)
      .set({ version: row.version + 1, updated_at: at, updated_by: by })
      .where('id', '=', input.id)
      .execute();
    await audit({ action: amending ? `${action}.amendment` : action, recordType: kind.kind, recordId: input.id, detail: amending ? { ...detail, reason } : detail });
  });
}

/**
 * The review acts and soft delete, written once for every kind. `approve` takes the kind's own condition
 * (a repatriation is approved once handed over); each act audits as `<kind>.<act>`.
 */
export const lifecycle = {
  /** `submittable` is the kind's own condition (a meeting needs both delegations); it throws to refuse. */
  submit<Trx, View extends RecordViewBase>(kind: RecordKind<Trx, View>, service: VaultService, input: ChangeInput, submittable: (current: View) => void = () => undefined) {
    return changeRecord(
      kind,
      service,
      input,
      `${kind.kind}.submit`,
      async ({ records, current, at, by, author }) => {
        submittable(current);
        await review.submit(records, recordRef(kind, input.id), current.review, by, at, author);
        return {};
      },
      { isAmendment: false },
    );
  },

  approve<Trx, View extends RecordViewBase>(kind: RecordKind<Trx, View>, service: VaultService, input: ChangeInput, approvable: (current: View) => void = () => undefined) {
    return changeRecord(
      kind,
      service,
      input,
      `${kind.kind}.approve`,
      async ({ trx, records, current, at, by, author }) => {
        approvable(current);
        const table = lifecycleTable(trx);
        const before = await table.selectFrom(kind.table).select('approved_at').where('id', '=', input.id).executeTakeFirstOrThrow();
        await review.approve(records, recordRef(kind, input.id), current.review, by, at, author);
        await table.updateTable(kind.table).set({ approved_at: at, approved_by: by }).where('id', '=', input.id).execute();
        return { again: before.approved_at !== null };
      },
      { isAmendment: false },
    );
  },

  return<Trx, View extends RecordViewBase>(kind: RecordKind<Trx, View>, service: VaultService, input: ChangeInput & { comment: string }) {
    return changeRecord(
      kind,
      service,
      input,
      `${kind.kind}.return`,
      async ({ records, current, at, by, author }) => {
        await review.return(records, recordRef(kind, input.id), current.review, by, at, author, input.comment);
        return {};
      },
      { isAmendment: false },
    );
  },

  /** A comment on the record's thread. Not a change of its content: the version stays, so nobody's open form goes stale. */
  async comment<Trx, View extends RecordViewBase>(kind: RecordKind<Trx, View>, service: VaultService, input: { id: string; comment: string }) {
    const vault = service.open();
    const actor = service.actor();
    await vault.write(actor, async (raw, audit) => {
      if (!(await kind.load(kind.tables(raw), input.id, new Date(vault.timestamp())))) throw vaultErrors.notFound();
      await review.comment(raw.withTables<RecordTables>(), recordRef(kind, input.id), actor.accountId!, vault.timestamp(), input.comment);
      await audit({ action: `${kind.kind}.comment`, recordType: kind.kind, recordId: input.id, detail: { length: input.comment.trim().length } });
    });
  },

  /** Soft delete with a reason; the record stays in the vault, invisible to every read (`live()`). */
  delete<Trx, View extends RecordViewBase>(kind: RecordKind<Trx, View>, service: VaultService, input: ChangeInput & { reason: string }) {
    return changeRecord(
      kind,
      service,
      input,
      `${kind.kind}.delete`,
      async ({ trx, at, by }) => {
        await lifecycleTable(trx).updateTable(kind.table).set({ deleted_at: at, deleted_by: by, delete_reason: input.reason }).where('id', '=', input.id).execute();
        return { reason: input.reason };
      },
      { isAmendment: false },
    );
  },
};

/**
 * The review acts and soft delete as a kind's handlers call them, each answering with the record as saved
 * (`reread`): a kind lists its channels against these instead of wrapping each act itself.
 */
export function reviewActs<Trx, View extends RecordViewBase>(
  kind: RecordKind<Trx, View>,
  service: VaultService,
  reread: (id: string) => Promise<View>,
  conditions: { submittable?: (current: View) => void; approvable?: (current: View) => void } = {},
) {
  return {
    submit: async (input: ChangeInput) => (await lifecycle.submit(kind, service, input, conditions.submittable), reread(input.id)),
    approve: async (input: ChangeInput) => (await lifecycle.approve(kind, service, input, conditions.approvable), reread(input.id)),
    return: async (input: ChangeInput & { comment: string }) => (await lifecycle.return(kind, service, input), reread(input.id)),
    comment: async (input: { id: string; comment: string }) => (await lifecycle.comment(kind, service, input), reread(input.id)),
    delete: async (input: ChangeInput & { reason: string }) => (await lifecycle.delete(kind, service, input), { deleted: true as const }),
  };
}
