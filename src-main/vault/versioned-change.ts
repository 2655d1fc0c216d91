import type { AuditEntry, AuditFn } from './open-vault.js';
import { vaultErrors } from './vault-errors.js';

/** The lifecycle columns every editable row carries: its version and who changed it last, when. */
export interface Versioned {
  version: number;
  updated_at: string;
  updated_by: string | null;
}

/** Column values compared for "what changed": JSON columns are compared as text, like everything else. */
const differs = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);

/** A save made from an older version is refused, with what is there now for the person to compare. */
export function refuseStale<Row extends { version: number }>(row: Row, expectedVersion: number, conflictDetail?: (row: Row) => Record<string, unknown>) {
  if (row.version !== expectedVersion) throw vaultErrors.conflict(conflictDetail?.(row));
}

/**
 * The one change step for every versioned row (accounts, office, reference items, labels, records): refuses a
 * stale version with what is there now, writes the new values with the next version and who/when, and audits
 * which columns changed — their names, never their values. Runs inside the caller's `vault.write` transaction,
 * so the change and its audit entry commit together.
 *
 * `write` runs the typed UPDATE (the caller knows its table and key); saving what is already there is not a
 * change unless `always` says the act itself matters (a move, an approval), and then it still bumps and audits.
 */
export async function changeVersioned<Row extends Versioned, Next extends Partial<Row>>(step: {
  row: Row | undefined;
  expectedVersion: number;
  next: Next;
  stamp: { at: string; by: string | null };
  write: (set: Next & Versioned) => Promise<unknown>;
  audit: AuditFn;
  entry: AuditEntry;
  /** What the person whose save was refused sees as the current state. */
  conflictDetail?: (row: Row) => Record<string, unknown>;
  always?: boolean;
}): Promise<{ changed: (keyof Next & string)[] }> {
  const { row } = step;
  if (!row) throw vaultErrors.notFound();
  refuseStale(row, step.expectedVersion, step.conflictDetail);
  const changed = (Object.keys(step.next) as (keyof Next & string)[]).filter((key) => differs(step.next[key], row[key as keyof Row]));
  if (changed.length === 0 && !step.always) return { changed };
  await step.write({ ...step.next, version: row.version + 1, updated_at: step.stamp.at, updated_by: step.stamp.by });
  await step.audit({ ...step.entry, detail: { changed, ...step.entry.detail } });
  return { changed };
}
