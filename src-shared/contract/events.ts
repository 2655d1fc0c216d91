import type { Bilingual } from './result.js';

/** Events the engine pushes to the UI without being asked. */
export interface EngineEvents {
  'vault.locked': { reason: 'idle' | 'manual' | 'suspend' | 'screen-lock' | 'engine-restart' };
  'job.progress': { jobId: string; done: number; total: number; label: Bilingual };
  'engine.crashed': { message: Bilingual };
}
export type EngineEventName = keyof EngineEvents;
