import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';

export interface TestHost {
  url: string;
  origin: string;
  dataDir: string;
}

/** Where global-setup.ts left the set-up office's folder, and its recovery key (Playwright workers inherit the environment). */
export const VAULT_TEMPLATE_ENV = 'BLO_E2E_VAULT_TEMPLATE';
export const RECOVERY_KEY_ENV = 'BLO_E2E_RECOVERY_KEY';

/**
 * Starts `build/main/web-host.mjs` (the real engine on the vault folder given) and waits for its URL. The engine
 * does not parse the document fonts ahead of time (`--no-warm-up`): most tests never print, and the few that do
 * pay for it at their first print.
 */
export async function startHost(dataDir: string, extraArgs: string[]): Promise<{ host: TestHost; process: ChildProcess }> {
  const child = spawn(process.execPath, ['build/main/web-host.mjs', '--data', dataDir, '--no-warm-up', ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`test host did not start:\n${output}`)), 30_000);
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = /test host: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`test host exited (${code}):\n${output}`)));
  });
  return { host: { url, origin: url.replace(/\/$/, ''), dataDir }, process: child };
}

/**
 * Stops a host: SIGTERM closes the vault. The host may wait on an open events stream from a still-open page (its
 * server.close() does not end keep-alive requests); after 5 s it is killed so teardown never hangs.
 */
export async function stopHost(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

export const test = base.extend<{ host: TestHost; hostArgs: string[]; vault: 'set-up' | 'empty' }>({
  /** Extra command-line arguments for the host, e.g. `test.use({ hostArgs: ['--idle-lock-seconds', '6'] })`. */
  hostArgs: [[], { option: true }],
  /**
   * 'set-up': a copy of the office set up once for the run (global-setup.ts), nobody signed in; `setUpQuickly`
   * then signs the administrator in at the sign-in screen. 'empty': a PC where nothing is set up (the wizard).
   */
  vault: ['set-up', { option: true }],
  host: async ({ hostArgs, vault }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'blo-e2e-'));
    if (vault === 'set-up') {
      const template = process.env[VAULT_TEMPLATE_ENV];
      if (!template) throw new Error('global-setup.ts did not prepare the set-up office (run through `playwright test`).');
      cpSync(template, dataDir, { recursive: true });
    }
    const { host, process: child } = await startHost(dataDir, hostArgs);
    await use(host);
    await stopHost(child);
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
