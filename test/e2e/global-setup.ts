import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RECOVERY_KEY_ENV, startHost, stopHost, VAULT_TEMPLATE_ENV } from './fixtures.js';
import { SETUP_INPUT } from './helpers.js';

/**
 * One office set up once per run, through the real engine (`vault.setup` on a real encrypted vault, Argon2id at
 * the product's cost), then closed. Each test that wants a set-up office gets its own copy of the folder
 * (fixtures.ts): what a set-up PC holds on disk, without paying for a setup per test. The administrator is
 * signed out; each test signs in at the sign-in screen. Tests of the setup wizard start from an empty folder.
 */
export default async function globalSetup() {
  const template = mkdtempSync(join(tmpdir(), 'blo-e2e-template-'));
  const { host, process: child } = await startHost(template, []);
  const call = async (channel: string, input: unknown) => {
    const html = await (await fetch(host.url)).text();
    const token = /<meta name="blo-token" content="([0-9a-f]+)">/.exec(html)![1];
    const response = await fetch(`${host.url}api/invoke`, {
      method: 'POST',
      headers: { 'x-blo-token': token, origin: host.origin, 'content-type': 'application/json' },
      body: JSON.stringify({ channel, input }),
    });
    return (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  };
  try {
    const setup = await call('vault.setup', SETUP_INPUT);
    if (!setup.ok) throw new Error(`vault.setup failed: ${JSON.stringify(setup.error)}`);
    const signedOut = await call('vault.signOut', {});
    if (!signedOut.ok) throw new Error(`vault.signOut failed: ${JSON.stringify(signedOut.error)}`);
    process.env[VAULT_TEMPLATE_ENV] = template;
    process.env[RECOVERY_KEY_ENV] = (setup.value as { recoveryKey: string }).recoveryKey;
  } finally {
    await stopHost(child);
  }
  return () => rmSync(template, { recursive: true, force: true });
}
