import settings from './fuses.json' with { type: 'json' };

/**
 * The Electron fuses flipped in the packaged binary by scripts/after-pack.mjs (which reads fuses.json, the single
 * source). Keyed by @electron/fuses' FuseV1Options names.
 * - RunAsNode, NODE_OPTIONS, --inspect off: the signed binary cannot be turned into a plain Node or debugged into.
 * - Cookie encryption on; embedded asar integrity and "only load app from asar" on: the code that runs is the code shipped.
 * - GrantFileProtocolExtraPrivileges off: the app uses app://, never file://.
 */
export type FuseName =
  | 'RunAsNode'
  | 'EnableNodeOptionsEnvironmentVariable'
  | 'EnableNodeCliInspectArguments'
  | 'EnableCookieEncryption'
  | 'EnableEmbeddedAsarIntegrityValidation'
  | 'OnlyLoadAppFromAsar'
  | 'GrantFileProtocolExtraPrivileges';

export const FUSE_SETTINGS: Readonly<Record<FuseName, boolean>> = settings;
