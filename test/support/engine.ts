import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEngine } from '../../src-main/engine/engine-client.js';

/** A fresh data folder in the system temp dir, removed by the returned cleanup. */
export function tempDataDir(prefix = 'blo-test-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The real engine worker, as bundled by the build (test/global-setup.ts builds it before any test runs). */
export function startTestEngine(dataDir: string, options: { restart?: boolean } = {}) {
  return startEngine({
    dataDir,
    appVersion: 'test',
    workerFile: new URL('../../build/main/engine-worker.mjs', import.meta.url),
    restart: options.restart ?? false,
  });
}
