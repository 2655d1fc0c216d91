import { isAbsolute, join } from 'node:path';

/** Set by `npm start` (scripts/start-electron.mjs): a better-sqlite3 binding built for Electron's ABI. */
export const NATIVE_BINDING_ENV = 'BLO_NATIVE_BINDING';
/** Development and the Electron smoke test: keep Chromium's profile and the vault in a folder of their own. */
export const USER_DATA_DIR_ENV = 'BLO_USER_DATA_DIR';
/** Where the packaged app carries its binding (copied there by scripts/after-pack.mjs, outside the asar). */
export const PACKAGED_BINDING = ['native', 'better_sqlite3.node'] as const;

export interface LaunchSettings {
  /** Path of the better-sqlite3 .node file for the engine; undefined = the package's default lookup. */
  nativeBinding?: string;
  /** Replaces app.getPath('userData') before anything uses it. */
  userDataDir?: string;
}

const absolute = (value: string | undefined) => (value && isAbsolute(value) ? value : undefined);

/**
 * Decides where the native binding and the user data live. A packaged app ignores the environment entirely:
 * an environment variable that picks a native library to load would be code injection, which is exactly what
 * the fuses (RunAsNode, NODE_OPTIONS off) are there to prevent.
 */
export function launchSettings(options: { isPackaged: boolean; resourcesPath: string; env: Record<string, string | undefined> }): LaunchSettings {
  if (options.isPackaged) return { nativeBinding: join(options.resourcesPath, ...PACKAGED_BINDING) };
  return { nativeBinding: absolute(options.env[NATIVE_BINDING_ENV]), userDataDir: absolute(options.env[USER_DATA_DIR_ENV]) };
}

/** The vault's folder inside the user-data folder. */
export const vaultDir = (userData: string): string => join(userData, 'vault');
