import { contract } from '../../src-shared/contract/index.js';
import { systemHandlers } from '../system/handlers.js';
import { vaultHandlers } from '../vault/handlers.js';
import { referenceHandlers } from '../reference/handlers.js';
import { seedReference } from '../reference/store.js';
import { repatriationHandlers } from '../repatriations/handlers.js';
import { REPATRIATION } from '../repatriations/cases.js';
import { meetingHandlers } from '../meetings/handlers.js';
import { interceptionHandlers } from '../interceptions/handlers.js';
import { peopleHandlers } from '../people/handlers.js';
import { openVictimCase } from '../repatriations/victim-cases.js';
import { seedLabels } from '../documents/register/labels-store.js';
import { documentHandlers } from '../documents/register/handlers.js';
import type { DocumentTables } from '../documents/register/tables.js';
import { readOffice } from '../vault/office.js';
import { renderRecoverySheet } from '../documents/recovery-sheet.js';
import { EngineContext, type EngineHooks, type EngineOptions } from './context.js';
import { createDispatcher, type Dispatch, type HandlerTable } from '../kernel/dispatcher.js';

/** The full handler table: one slice per capability. TypeScript checks that every channel has a handler. */
const handlers: HandlerTable<EngineContext> = {
  ...systemHandlers,
  ...vaultHandlers,
  ...referenceHandlers,
  ...repatriationHandlers,
  ...documentHandlers,
  ...meetingHandlers,
  ...interceptionHandlers,
  ...peopleHandlers,
};

const hooks: EngineHooks = {
  linkTargets: [
    { kind: REPATRIATION.kind, table: REPATRIATION.table, numberColumn: 'case_number' },
    { kind: 'interception', table: 'interceptions', numberColumn: 'interception_number' },
  ],
  personRecords: [
    {
      kind: 'interception',
      memberTable: 'interception_persons',
      recordColumn: 'interception_id',
      partColumn: 'part',
      recordTable: 'interceptions',
      numberColumn: 'interception_number',
      dateColumn: 'event_date',
    },
    {
      kind: 'repatriation',
      memberTable: 'case_members',
      recordColumn: 'case_id',
      partColumn: 'role',
      recordTable: REPATRIATION.table,
      numberColumn: 'case_number',
      dateColumn: 'event_date',
    },
  ],
  victimCases: openVictimCase,
  seed: async (vault, actor) => {
    await vault.write(actor, async (trx, audit) => {
      const rows = await seedReference(trx, vault.timestamp());
      const labels = await seedLabels(trx.withTables<DocumentTables>(), vault.timestamp());
      await audit({ action: 'reference.seed', detail: { rows, labels } });
    });
  },
  recoverySheet: async (recoveryKey, ctx) => {
    const office = await readOffice(ctx.vault);
    return renderRecoverySheet({
      officeLines: office.issuingBodyVi,
      officeName: office.nameVi,
      place: office.placeVi,
      date: ctx.now().toISOString().slice(0, 10),
      vaultId: ctx.vault.open().vaultId,
      recoveryKey,
    });
  },
};

export type PowerEvent = 'suspend' | 'lock-screen';

export interface Engine {
  ctx: EngineContext;
  dispatch: Dispatch;
  /** OS power/session events forwarded by the shell: both lock the vault. */
  power: (event: PowerEvent) => Promise<void>;
  close: () => Promise<void>;
}

export function createEngine(options: EngineOptions): Engine {
  const ctx = new EngineContext(options, hooks);
  const dispatch = createDispatcher({
    channels: contract,
    handlers,
    ctx,
    getSession: () => ctx.session,
    logError: (channel, error) => console.error(`[engine] ${channel} failed:`, error),
  });
  return {
    ctx,
    dispatch: (name, input) => ctx.serially(() => dispatch(name, input)),
    power: (event) => ctx.serially(() => ctx.vault.lock(event)),
    close: () => ctx.serially(() => ctx.vault.lock('manual')),
  };
}
