import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface StartElectronModule {
  ROOT: string;
  NATIVE_BINDING_ENV: string;
  electronBinary(): { ok: true; path: string } | { ok: false; message: string };
  installedVersions(): { electron: string; module: string };
  ensureElectronBinding(options: { electronVersion: string; moduleVersion: string }): string;
}

/** Where the spec finds what global setup prepared (Playwright workers inherit this process's environment). */
export const ELECTRON_PATH_ENV = 'BLO_TEST_ELECTRON_PATH';

/**
 * Fails the run — loudly, never by skipping — when Electron cannot be launched here: a missing binary or a missing
 * Electron-ABI binding must not look like a pass.
 */
export default async function globalSetup() {
  const start = (await import(pathToFileURL(join(import.meta.dirname, '..', '..', 'scripts', 'start-electron.mjs')).href)) as StartElectronModule;
  const electron = start.electronBinary();
  if (!electron.ok) throw new Error(`Electron smoke test cannot run.\n${electron.message}`);
  const versions = start.installedVersions();
  let binding: string;
  try {
    binding = start.ensureElectronBinding({ electronVersion: versions.electron, moduleVersion: versions.module });
  } catch (error) {
    throw new Error(`Electron smoke test cannot run.\n${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  process.env[ELECTRON_PATH_ENV] = electron.path;
  process.env[start.NATIVE_BINDING_ENV] = binding;
}
