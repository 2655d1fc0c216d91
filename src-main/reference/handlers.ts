import type { EngineContext } from '../engine/context.js';
import { defineHandlers } from '../engine/dispatcher.js';
import { listReference, saveReference } from './store.js';

export const referenceHandlers = defineHandlers<EngineContext>()({
  'reference.list': (input, { ctx }) => listReference(ctx.vault, input.kind),
  'reference.save': (input, { ctx }) => saveReference(ctx.vault, input),
});
