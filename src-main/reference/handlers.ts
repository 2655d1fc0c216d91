import type { EngineContext } from '../engine/context.js';
import { defineHandlers } from '../kernel/dispatcher.js';
import { listReference, placeOptions, saveReference } from './store.js';
import { getAdminUnits, searchAdminUnits, type AdminUnitTables } from './admin-units-store.js';

export const referenceHandlers = defineHandlers<EngineContext>()({
  'reference.places': (_input, { ctx }) => placeOptions(ctx.vault.state() === 'unlocked' ? ctx.vault : null, ctx.now()),
  'reference.list': (input, { ctx }) => listReference(ctx.vault, input.kind),
  'reference.save': (input, { ctx }) => saveReference(ctx.vault, input),
  'reference.adminUnits.search': (input, { ctx }) => searchAdminUnits(ctx.vault.open().db.withTables<AdminUnitTables>(), input),
  'reference.adminUnits.get': (input, { ctx }) => getAdminUnits(ctx.vault.open().db.withTables<AdminUnitTables>(), input),
});
