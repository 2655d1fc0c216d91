import { afterAll, beforeAll, describe, it } from 'vitest';
import { contract, ROLES, type ChannelName } from '../../src-shared/contract/index.js';
import { fuzzChannels } from '../support/fuzz.js';
import { BASE_FIELDS, THREE_PERSONS } from '../support/repatriations.js';
import { addAccount, newEngine, setUpVault, signInFresh, type TestEngine } from '../support/vault.js';

/**
 * Every channel of the contract under invalid payloads (fast-check). The caller holds every role, so each
 * payload reaches schema validation rather than stopping at the permission check.
 */
describe('every channel under invalid payloads', () => {
  let t: TestEngine;
  beforeAll(async () => {
    t = newEngine();
    await setUpVault(t);
    const { temporaryPassword } = await addAccount(t, 'moivaitro', [...ROLES]);
    await t.call('vault.signOut', {});
    await signInFresh(t, 'moivaitro', temporaryPassword);
    await t.call('repatriations.create', { fields: BASE_FIELDS, members: THREE_PERSONS }); // stored data that must not change
  });
  afterAll(() => t.cleanup());

  it('answers typed bilingual errors and changes nothing', async () => {
    await fuzzChannels(t, Object.keys(contract) as ChannelName[], 40);
  }, 120_000);
});
