import { settingsSchema } from '../../src-shared/contract/index.js';
import type { EngineContext } from '../engine/context.js';
import { defineHandlers } from '../kernel/dispatcher.js';
import { createAccount, listAccounts, resetPassword, updateAccount } from './accounts.js';
import { auditAnchors, checkTypedAnchor, listActors, listAudit } from './audit-log.js';
import { createBackup, listBackups, restoreBackup } from './backups.js';
import { readOffice, updateOffice } from './office.js';
import { readSettings, writeSetting } from './settings-store.js';

export const vaultHandlers = defineHandlers<EngineContext>()({
  'vault.status': (_input, { ctx }) => ctx.vault.status(),
  'vault.setup': async (input, { ctx }) => {
    const { recoveryKey, session } = await ctx.vault.setup(input);
    const recoverySheetPdf = await ctx.recoverySheet(recoveryKey);
    return { recoveryKey, recoverySheetPdf, session };
  },
  'vault.confirmRecoveryKey': (input, { ctx }) => ctx.vault.confirmRecoveryKey(input.groups),
  'vault.rotateRecoveryKey': async (input, { ctx }) => {
    const recoveryKey = await ctx.vault.rotateRecoveryKey(input.currentPassword);
    return { recoveryKey, recoverySheetPdf: await ctx.recoverySheet(recoveryKey) };
  },
  'vault.signIn': (input, { ctx }) => ctx.vault.signIn(input.username, input.password),
  'vault.recover': (input, { ctx }) => ctx.vault.recover(input.recoveryKey, input.username, input.newPassword),
  'vault.lock': async (_input, { ctx }) => {
    await ctx.vault.lock('manual');
    return { locked: true as const };
  },
  'vault.signOut': async (_input, { ctx }) => {
    await ctx.vault.lock('sign-out');
    return { locked: true as const };
  },
  'vault.me': async (_input, { ctx }) => (await ctx.vault.status()).session!,
  'vault.changeOwnPassword': (input, { ctx }) => ctx.vault.changeOwnPassword(input.currentPassword, input.newPassword),

  'office.get': (_input, { ctx }) => readOffice(ctx.vault),
  'office.update': (input, { ctx }) => updateOffice(ctx.vault, input.profile, input.version),

  'accounts.list': (_input, { ctx }) => listAccounts(ctx.vault),
  'accounts.create': (input, { ctx }) => createAccount(ctx.vault, input),
  'accounts.update': (input, { ctx }) => updateAccount(ctx.vault, input),
  'accounts.resetPassword': (input, { ctx }) => resetPassword(ctx.vault, input),

  'settings.get': (_input, { ctx }) => readSettings(ctx.vault.open().db),
  'settings.update': async (input, { ctx }) => {
    const vault = ctx.vault.open();
    const actor = ctx.vault.actor();
    const before = await readSettings(vault.db);
    await vault.write(actor, async (trx, audit) => {
      const keys = Object.keys(settingsSchema.shape) as (keyof typeof input)[];
      const changed = keys.filter((key) => input[key] !== before[key]);
      for (const key of changed) await writeSetting(trx, key, input[key], vault.timestamp(), actor.accountId);
      await audit({ action: 'settings.update', recordType: 'settings', detail: { changed } });
    });
    await ctx.vault.applySettingsToRuntime();
    return readSettings(vault.db);
  },

  'audit.list': async (input, { ctx }) => listAudit(ctx.vault, input, ctx.timeZone),
  'audit.verify': async (_input, { ctx }) => {
    const verdict = ctx.vault.open().verifyAudit();
    await ctx.vault.audit({ action: 'audit.verify', detail: { ...verdict } });
    return verdict;
  },

  'audit.anchors': (_input, { ctx }) => auditAnchors(ctx.vault),
  'audit.checkAnchor': (input, { ctx }) => checkTypedAnchor(ctx.vault, input.anchor),
  'audit.actors': (_input, { ctx }) => listActors(ctx.vault),
  'backup.create': (input, { ctx }) => createBackup(ctx.vault, ctx.appVersion, input.folder, ctx.timeZone),
  'backup.list': (_input, { ctx }) => listBackups(ctx.vault),
  'backup.restore': (input, { ctx, session }) => restoreBackup(ctx.vault, session, input),
});
