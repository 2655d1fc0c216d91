import { afterEach, describe, expect, it } from 'vitest';
import { startTestEngine, tempDataDir } from '../support/engine.js';

describe('engine worker', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('answers system.info from a worker thread with its data folder', async () => {
    const data = tempDataDir();
    const engine = startTestEngine(data.dir);
    cleanups.push(data.cleanup, () => engine.stop());
    await engine.ready();
    const result = await engine.invoke('system.info', {});
    expect(result).toMatchObject({ ok: true, value: { dataDir: data.dir, appVersion: 'test' } });
    if (!result.ok) return;
    expect(result.value).toHaveProperty('engineUptimeSeconds');
  });

  it('refuses input that cannot cross the thread boundary as invalid_input', async () => {
    const data = tempDataDir();
    const engine = startTestEngine(data.dir);
    cleanups.push(data.cleanup, () => engine.stop());
    const result = await engine.invoke('system.info', { callback: () => 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('restarts after the worker dies, tells listeners, and answers again', async () => {
    const data = tempDataDir();
    const engine = startTestEngine(data.dir, { restart: true });
    cleanups.push(data.cleanup, () => engine.stop());
    await engine.ready();
    const events: string[] = [];
    engine.on((name) => events.push(name));
    const first = engine.worker;
    await first.terminate();
    expect(events).toContain('engine.crashed');
    expect(events).toContain('vault.locked');
    const result = await engine.invoke('system.info', {});
    expect(result.ok).toBe(true);
    expect(engine.worker).not.toBe(first);
  });
});
