import type { EngineContext } from '../engine/context.js';
import type { Session } from '../kernel/session.js';
import { defineHandlers } from '../kernel/dispatcher.js';
import { addAttachment, getAttachment } from '../records/attachments.js';
import { createInterception, getInterception, interceptionActs, interceptionKind, openVictimCase, updateInterception, type InterceptionDesk } from './interceptions.js';
import { listInterceptions } from './list.js';
import { printInterception } from './print.js';

/** The signed-in person at the office's clock, with what the composition root wired in. */
const deskOf = (ctx: EngineContext, session: Session | null): InterceptionDesk => ({
  service: ctx.vault,
  roles: session?.roles ?? [],
  timeZone: ctx.timeZone,
  personRecords: ctx.personRecords,
  victimCases: ctx.victimCases,
});

export const interceptionHandlers = defineHandlers<EngineContext>()({
  'interceptions.list': (input, { ctx, session }) => listInterceptions(deskOf(ctx, session), input),
  'interceptions.get': (input, { ctx, session }) => getInterception(deskOf(ctx, session), input.id),
  'interceptions.create': (input, { ctx, session }) => createInterception(deskOf(ctx, session), input.fields),
  'interceptions.update': (input, { ctx, session }) => updateInterception(deskOf(ctx, session), input),
  'interceptions.submit': (input, { ctx, session }) => interceptionActs(deskOf(ctx, session)).submit(input),
  'interceptions.approve': (input, { ctx, session }) => interceptionActs(deskOf(ctx, session)).approve(input),
  'interceptions.return': (input, { ctx, session }) => interceptionActs(deskOf(ctx, session)).return(input),
  'interceptions.comment': (input, { ctx, session }) => interceptionActs(deskOf(ctx, session)).comment(input),
  'interceptions.delete': (input, { ctx, session }) => interceptionActs(deskOf(ctx, session)).delete(input),
  'interceptions.addAttachment': async (input, { ctx, session }) => {
    const desk = deskOf(ctx, session);
    await addAttachment(interceptionKind(desk), ctx.vault, input);
    return getInterception(desk, input.id, false);
  },
  'interceptions.getAttachment': (input, { ctx, session }) => getAttachment(interceptionKind(deskOf(ctx, session)), ctx.vault, input),
  'interceptions.openVictimCase': (input, { ctx, session }) => openVictimCase(deskOf(ctx, session), input),
  'interceptions.print': (input, { ctx, session }) => {
    const jobId = `print:${input.id}:returned_crossers`;
    const label = { vi: 'Đang tạo văn bản…', en: 'Creating the document…' };
    return printInterception(deskOf(ctx, session), {
      ...input,
      onProgress: (fraction) => ctx.emit('job.progress', { jobId, done: Math.round(fraction * 100), total: 100, label }),
    });
  },
});
