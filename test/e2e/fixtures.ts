import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';

export interface TestHost {
  url: string;
  origin: string;
  dataDir: string;
}

/** Starts `build/main/web-host.mjs` (the real engine on a fresh vault folder) and waits for its URL. */
export async function startHost(dataDir: string, extraArgs: string[]): Promise<{ host: TestHost; process: ChildProcess }> {
  const child = spawn(process.execPath, ['build/main/web-host.mjs', '--data', dataDir, ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
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

export const test = base.extend<{ host: TestHost; hostArgs: string[] }>({
  /** Extra command-line arguments for the host, e.g. `test.use({ hostArgs: ['--idle-lock-seconds', '6'] })`. */
  hostArgs: [[], { option: true }],
  host: async ({ hostArgs }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'blo-e2e-'));
    const { host, process: child } = await startHost(dataDir, hostArgs);
    await use(host);
    // The host may wait on an open events stream from a still-open page (its server.close() does not end
    // keep-alive requests); after 5 s it is killed so teardown never hangs.
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
