import type { EngineContext } from '../engine/context.js';
import { defineHandlers } from '../kernel/dispatcher.js';
import { personHistory } from './history.js';
import type { PeopleTables } from './tables.js';

export const peopleHandlers = defineHandlers<EngineContext>()({
  'people.history': (input, { ctx }) => personHistory(ctx.vault.open().db.withTables<PeopleTables>(), input.personId, ctx.personRecords),
});
