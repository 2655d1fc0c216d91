import { afterAll, beforeAll, describe, it } from 'vitest';
import { contract, type ChannelName } from '../../src-shared/contract/index.js';
import { fuzzChannels } from '../support/fuzz.js';
import { BASE_FIELDS, THREE_PERSONS } from '../support/repatriations.js';
import { addAccount, newEngine, setUpVault, signInFresh, type TestEngine } from '../support/vault.js';

const CHANNELS = (Object.keys(contract) as ChannelName[]).filter((name) => name.startsWith('repatriations.') || name.startsWith('people.') || name.startsWith('documents.'));

describe('every repatriation and document channel under invalid payloads (fast-check)', () => {
  let t: TestEngine;
  beforeAll(async () => {
    t = newEngine();
    await setUpVault(t);
    const { temporaryPassword } = await addAccount(t, 'chihuy', ['commander', 'liaison', 'officer']);
    await t.call('vault.signOut', {});
    await signInFresh(t, 'chihuy', temporaryPassword);
    await t.call('repatriations.create', { fields: BASE_FIELDS, members: THREE_PERSONS }); // something to (not) change
  });
  afterAll(() => t.cleanup());

  it('answers typed bilingual errors and changes nothing', async () => {
    await fuzzChannels(t, CHANNELS, 40);
  });
});
