/** Why the vault locked; the lock screen says it in words. */
export type LockReason = 'idle' | 'manual' | 'suspend' | 'lock-screen' | 'sign-out' | 'restore' | 'engine-restart';

import type { Bilingual } from './result.js';

/** Events the engine pushes to the UI without being asked. */
export interface EngineEvents {
  'vault.locked': { reason: LockReason };
  'job.progress': { jobId: string; done: number; total: number; label: Bilingual };
  'engine.crashed': { message: Bilingual };
}
export type EngineEventName = keyof EngineEvents;
