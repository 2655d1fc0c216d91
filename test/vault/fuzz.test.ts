import { afterAll, beforeAll, describe, it } from 'vitest';
import type { ChannelName } from '../../src-shared/contract/index.js';
import { fuzzChannels } from '../support/fuzz.js';
import { newEngine, setUpVault, type TestEngine } from '../support/vault.js';

const VAULT_CHANNELS: ChannelName[] = [
  'vault.status', 'vault.setup', 'vault.confirmRecoveryKey', 'vault.rotateRecoveryKey', 'vault.signIn', 'vault.recover',
  'vault.lock', 'vault.signOut', 'vault.me', 'vault.changeOwnPassword', 'office.get', 'office.update', 'accounts.list',
  'accounts.create', 'accounts.update', 'accounts.resetPassword', 'settings.get', 'settings.update', 'audit.list',
  'audit.verify', 'audit.actors', 'backup.create', 'backup.list', 'backup.restore', 'reference.places', 'reference.list', 'reference.save',
  'system.info', 'system.activity',
];

describe('every vault channel under invalid payloads (fast-check)', () => {
  let t: TestEngine;
  beforeAll(async () => {
    t = newEngine();
    await setUpVault(t); // signed in as administrator: payloads reach schema validation, not the permission check
  });
  afterAll(() => t.cleanup());

  it('answers typed bilingual errors and changes nothing', async () => {
    await fuzzChannels(t, VAULT_CHANNELS);
  });
});
