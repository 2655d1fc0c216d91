import type { PowerEvent } from '../engine/engine.js';

/** Which OS power/session events lock the vault. Pure: a test checks the mapping. */
export function powerEventToLock(electronEvent: string): PowerEvent | null {
  switch (electronEvent) {
    case 'suspend':
      return 'suspend';
    case 'lock-screen':
      return 'lock-screen';
    default:
      return null;
  }
}

/** The powerMonitor events the shell subscribes to. */
export const WATCHED_POWER_EVENTS = ['suspend', 'lock-screen'] as const;
