import { z } from 'zod';
import { channel } from './channel.js';

export type VaultState = 'uninitialised' | 'locked' | 'unlocked';

export interface SystemInfo {
  appVersion: string;
  engineStartedAt: string;
  engineUptimeSeconds: number;
  dataDir: string;
  vaultState: VaultState;
  nodeVersion: string;
  sqliteVersion: string;
}

export const systemChannels = {
  'system.info': channel<SystemInfo>()({ input: z.object({}).strict(), access: 'public' }),
  /** The renderer reports user activity so the engine's idle timer can lock the vault. */
  'system.activity': channel<{ lockInSeconds: number | null }>()({ input: z.object({}).strict(), access: 'public' }),
};
