import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, newEngine, setUpVault } from '../support/vault.js';
import { tempDataDir } from '../support/engine.js';

const TRIALS = 12;

/** Runs the child until it has acknowledged some saves, kills it with SIGKILL at a random moment, returns the acked codes. */
function saveUntilKilled(dataDir: string): Promise<{ acked: string[]; pid: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/vault/crash-child.ts', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: string[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        if (line === 'READY') setTimeout(() => child.kill('SIGKILL'), 50 + Math.random() * 400);
        const match = /^ACK (\d+)$/.exec(line);
        if (match) acked.push(`crash-${child.pid}-${match[1]}`);
      }
    });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve({ acked, pid: child.pid! });
      else reject(new Error(`child exited without being killed: ${stderr}`));
    });
  });
}

describe('crash safety', () => {
  const data = tempDataDir('blo-crash-');
  beforeAll(async () => {
    const t = newEngine({ dataDir: data.dir });
    await setUpVault(t);
    await t.close();
  });
  afterAll(() => data.cleanup());

  it(`keeps every acknowledged save and an intact audit chain when killed mid-burst (${TRIALS} trials)`, async () => {
    let totalAcked = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const { acked } = await saveUntilKilled(data.dir);
      totalAcked += acked.length;
      const t = newEngine({ dataDir: data.dir });
      await t.call('vault.signIn', { username: ADMIN.username, password: ADMIN.password });
      const sqlite = t.engine.ctx.vault.open().sqlite;
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(await t.call('audit.verify', {})).toMatchObject({ intact: true });
      const stored = new Set((await t.call('reference.list', { kind: 'border_gate' })).map((item) => item.code));
      const missing = acked.filter((code) => !stored.has(code));
      expect(missing, `trial ${trial}`).toEqual([]);
      await t.close();
    }
    expect(totalAcked).toBeGreaterThan(TRIALS); // the child really was killed in the middle of saving
  }, 240_000);
});
