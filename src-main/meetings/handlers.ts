import type { EngineContext } from '../engine/context.js';
import type { Session } from '../kernel/session.js';
import { defineHandlers } from '../kernel/dispatcher.js';
import { addAttachment, getAttachment } from '../records/attachments.js';
import { exportMeetings } from './export.js';
import { carryOverCandidates, counterpartTimeline, listMeetings, meetingHome, meetingsLinkedTo } from './log.js';
import {
  approveMeeting,
  commentOnMeeting,
  createMeeting,
  deleteMeeting,
  followUpAction,
  getMeeting,
  meetingKind,
  returnMeeting,
  submitMeeting,
  updateMeeting,
  type MeetingDesk,
} from './meetings.js';
import { printMeeting } from './print.js';

/** The signed-in person at the office's clock: who may read confidential items, what links resolve to. */
const deskOf = (ctx: EngineContext, session: Session | null): MeetingDesk => ({
  service: ctx.vault,
  roles: session?.roles ?? [],
  timeZone: ctx.timeZone,
  linkTargets: ctx.linkTargets,
});

export const meetingHandlers = defineHandlers<EngineContext>()({
  'meetings.list': (input, { ctx, session }) => listMeetings(deskOf(ctx, session), input),
  'meetings.get': (input, { ctx, session }) => getMeeting(deskOf(ctx, session), input.id),
  'meetings.create': (input, { ctx, session }) => createMeeting(deskOf(ctx, session), input.fields),
  'meetings.update': (input, { ctx, session }) => updateMeeting(deskOf(ctx, session), input),
  'meetings.followUp': (input, { ctx, session }) => followUpAction(deskOf(ctx, session), input),
  'meetings.carryOver': (input, { ctx, session }) => carryOverCandidates(deskOf(ctx, session), input),
  'meetings.home': (_input, { ctx, session }) => meetingHome(deskOf(ctx, session)),
  'meetings.timeline': (input, { ctx, session }) => counterpartTimeline(deskOf(ctx, session), input.counterpartCode),
  'meetings.linkedTo': (input, { ctx, session }) => meetingsLinkedTo(deskOf(ctx, session), input),
  'meetings.submit': (input, { ctx, session }) => submitMeeting(deskOf(ctx, session), input),
  'meetings.approve': (input, { ctx, session }) => approveMeeting(deskOf(ctx, session), input),
  'meetings.return': (input, { ctx, session }) => returnMeeting(deskOf(ctx, session), input),
  'meetings.comment': (input, { ctx, session }) => commentOnMeeting(deskOf(ctx, session), input),
  'meetings.delete': (input, { ctx, session }) => deleteMeeting(deskOf(ctx, session), input),
  'meetings.addAttachment': async (input, { ctx, session }) => {
    const desk = deskOf(ctx, session);
    await addAttachment(meetingKind(desk), ctx.vault, input);
    return getMeeting(desk, input.id, false);
  },
  'meetings.getAttachment': (input, { ctx, session }) => getAttachment(meetingKind(deskOf(ctx, session)), ctx.vault, input),
  'meetings.print': (input, { ctx, session }) => {
    const jobId = `print:${input.id}:${input.template}`;
    const label = { vi: 'Đang tạo văn bản…', en: 'Creating the document…' };
    return printMeeting(deskOf(ctx, session), { ...input, onProgress: (fraction) => ctx.emit('job.progress', { jobId, done: Math.round(fraction * 100), total: 100, label }) });
  },
  'meetings.export': (input, { ctx, session }) => exportMeetings(deskOf(ctx, session), input),
});
