import type { EngineEventName, EngineEvents } from '../../src-shared/contract/index.js';
import type { Session } from './session.js';

export interface EngineOptions {
  dataDir: string;
  appVersion: string;
  /** Push an event to the UI (worker → shell/host → renderer). */
  emit: <E extends EngineEventName>(name: E, payload: EngineEvents[E]) => void;
  now?: () => Date;
}

/** State the engine's handlers share. Capabilities add their services here. */
export class EngineContext {
  readonly dataDir: string;
  readonly appVersion: string;
  readonly startedAt: Date;
  readonly emit: EngineOptions['emit'];
  readonly now: () => Date;
  session: Session | null = null;

  constructor(options: EngineOptions) {
    this.dataDir = options.dataDir;
    this.appVersion = options.appVersion;
    this.emit = options.emit;
    this.now = options.now ?? (() => new Date());
    this.startedAt = this.now();
  }
}
