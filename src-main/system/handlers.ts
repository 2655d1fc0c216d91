import type { EngineContext } from '../engine/context.js';
import { defineHandlers } from '../kernel/dispatcher.js';
import { sqliteVersion } from '../vault/database.js';

export const systemHandlers = defineHandlers<EngineContext>()({
  'system.info': (_input, { ctx }) => ({
    appVersion: ctx.appVersion,
    engineStartedAt: ctx.startedAt.toISOString(),
    engineUptimeSeconds: Math.round((ctx.now().getTime() - ctx.startedAt.getTime()) / 1000),
    dataDir: ctx.dataDir,
    vaultState: ctx.vault.state(),
    nodeVersion: process.versions.node,
    sqliteVersion: sqliteVersion(ctx.nativeBinding),
  }),
  'system.activity': (_input, { ctx }) => ({ lockInSeconds: ctx.vault.touch() }),
});
