import type { EngineEventName, Result } from '../../src-shared/contract/index.js';
import type { PowerEvent } from './engine.js';

/** Messages between the engine worker and whoever started it (shell or test host). */
export type ToEngine = { type: 'invoke'; id: number; channel: string; input: unknown } | { type: 'power'; event: PowerEvent } | { type: 'close' };

export type FromEngine = { type: 'ready' } | { type: 'result'; id: number; result: Result<unknown> } | { type: 'event'; name: EngineEventName; payload: unknown };

export interface EngineWorkerData {
  dataDir: string;
  appVersion: string;
  /** Path of a better-sqlite3 native binding built for this runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  /** Test hosts shorten the idle lock (seconds). */
  idleLockSecondsOverride?: number;
  /**
   * False: do not parse the document fonts ahead of the first print. Test hosts, which start an engine per test
   * and mostly never print, turn it off; the first print then pays for it.
   */
  warmUpDocuments?: boolean;
}
