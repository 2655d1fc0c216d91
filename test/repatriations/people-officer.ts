import { addAccount, newEngine, setUpVault, signInFresh, type TestEngine } from '../support/vault.js';

/** A fresh vault in a temp folder with an officer signed in (the person and import tests start here). */
export async function officerEngine(): Promise<TestEngine> {
  const t = newEngine();
  await setUpVault(t);
  const { temporaryPassword } = await addAccount(t, 'canbo', ['officer']);
  await t.call('vault.signOut', {});
  await signInFresh(t, 'canbo', temporaryPassword);
  return t;
}
