import Database from 'better-sqlite3-multiple-ciphers';
import { defineHandlers } from '../engine/dispatcher.js';
import type { EngineContext } from '../engine/context.js';

const sqliteVersion = (() => {
  const db = new Database(':memory:');
  try {
    return String(db.prepare('select sqlite_version() as v').pluck().get());
  } finally {
    db.close();
  }
})();

export const systemHandlers = defineHandlers<EngineContext>()({
  'system.info': (_input, { ctx }) => ({
    appVersion: ctx.appVersion,
    engineStartedAt: ctx.startedAt.toISOString(),
    engineUptimeSeconds: Math.round((ctx.now().getTime() - ctx.startedAt.getTime()) / 1000),
    dataDir: ctx.dataDir,
    vaultState: ctx.vault.state(),
    nodeVersion: process.versions.node,
    sqliteVersion,
  }),
  'system.activity': (_input, { ctx }) => ({ lockInSeconds: ctx.vault.touch() }),
});
