import type { EngineEventName } from './events.js';
import type { Result } from './result.js';

/** The only door out of the renderer: `window.blo`, exposed by the preload (or the test host's HTTP bridge). */
export interface BloBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  on(event: EngineEventName, handler: (payload: unknown) => void): () => void;
}

/** IPC channel names used by the preload and the shell. */
export const IPC_INVOKE = 'blo:invoke';
export const IPC_EVENT = 'blo:event';
