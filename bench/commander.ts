import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ChannelName } from '../src-shared/contract/index.js';
import { createEngine, type Engine } from '../src-main/engine/engine.js';
import type { Report } from './run.js';
import { ADMIN, OFFICE } from '../test/support/vault.js';

/** A deterministic generator, so every run measures the same data. */
export function random(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A new vault in a temp folder with a commander signed in; `work` runs with it, and the folder goes afterwards. */
export async function withCommander(prefix: string, work: (engine: Engine) => Promise<void>) {
  const dir = mkdtempSync(join(tmpdir(), `blo-bench-${prefix}-`));
  const engine = createEngine({ dataDir: dir, appVersion: 'bench', emit: () => {} });
  try {
    await engine.dispatch('vault.setup', { office: OFFICE, admin: ADMIN });
    await engine.dispatch('accounts.create', {
      username: 'chihuy',
      displayName: 'Chỉ huy',
      rank: '',
      position: '',
      roles: ['commander'],
      temporaryPassword: 'mật khẩu tạm thời dài',
    });
    await engine.dispatch('vault.signOut', {});
    await engine.dispatch('vault.signIn', { username: 'chihuy', password: 'mật khẩu tạm thời dài' });
    await engine.dispatch('vault.changeOwnPassword', { currentPassword: 'mật khẩu tạm thời dài', newPassword: 'mật khẩu chỉ huy rất dài' });
    await work(engine);
  } finally {
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Times one channel call, 7 times, and reports the median in ms (the first calls warm the caches). */
export const channelTimer =
  (engine: Engine, channel: ChannelName, report: Report) =>
  async (name: string, input: object): Promise<number> => {
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      const result = await engine.dispatch(channel, input);
      times.push(performance.now() - start);
      if (!result.ok) throw new Error(result.error.message.en);
    }
    report(name, median(times), 'ms');
    return median(times);
  };
