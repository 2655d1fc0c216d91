import { contract } from '../../src-shared/contract/index.js';
import { createDispatcher, type Dispatch, type HandlerTable } from './dispatcher.js';
import { EngineContext, type EngineOptions } from './context.js';
import { systemHandlers } from '../system/handlers.js';

/** The full handler table: one slice per capability. TypeScript checks that every channel has a handler. */
const handlers: HandlerTable<EngineContext> = {
  ...systemHandlers,
};

export interface Engine {
  ctx: EngineContext;
  dispatch: Dispatch;
  /** OS power/session events forwarded by the shell. */
  power: (event: PowerEvent) => void;
  close: () => void;
}

export type PowerEvent = 'suspend' | 'lock-screen';

export function createEngine(options: EngineOptions): Engine {
  const ctx = new EngineContext(options);
  const dispatch = createDispatcher({
    channels: contract,
    handlers,
    ctx,
    getSession: () => ctx.session,
    logError: (channel, error) => console.error(`[engine] ${channel} failed:`, error),
  });
  return {
    ctx,
    dispatch,
    power: () => {},
    close: () => {},
  };
}
