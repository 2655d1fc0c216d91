import type { PersonData } from '../../src-shared/contract/index.js';
import type { EngineContext } from '../engine/context.js';
import { defineHandlers } from '../kernel/dispatcher.js';
import { addAttachment, getAttachment } from '../records/attachments.js';
import { homeSummary, listCases } from './case-list.js';
import {
  addCaseMembers,
  approveCase,
  commentOnCase,
  createCase,
  deleteCase,
  getCase,
  moveCase,
  REPATRIATION,
  removeCaseMember,
  returnCase,
  submitCase,
  updateCase,
  updateCaseMember,
} from './cases.js';
import { repatriationDb } from './db.js';
import { importPreview } from './import-preview.js';
import { refuseBirthsAfter } from '../people/store.js';
import { caseEventDate, searchPeople } from './people-store.js';
import { eventDate } from '../../src-shared/repatriations/workflow.js';

/** New or edited people of a stored case, checked against its event date before the case code runs. */
async function refuseBirthsAfterCase(ctx: EngineContext, caseId: string, members: { path: string; person?: { birth: PersonData['birth'] } }[]) {
  const date = await caseEventDate(repatriationDb(ctx.vault), caseId);
  if (date) refuseBirthsAfter(date, members);
}
const newPeople = (members: ({ person: PersonData } | { personId: string })[]) =>
  members.map((member, i) => ({ path: `members.${i}`, person: 'person' in member ? member.person : undefined }));
import { exportCaseList, exportCasePeople, importTemplate } from './people-sheet.js';
import { printCase } from './print.js';

export const repatriationHandlers = defineHandlers<EngineContext>()({
  'repatriations.list': (input, { ctx }) => listCases(ctx.vault, input),
  'repatriations.get': (input, { ctx }) => getCase(ctx.vault, input.id),
  'repatriations.create': (input, { ctx }) => {
    refuseBirthsAfter(eventDate(input.fields), newPeople(input.members));
    return createCase(ctx.vault, input.fields, input.members);
  },
  'repatriations.update': (input, { ctx }) => updateCase(ctx.vault, input),
  'repatriations.addMembers': async (input, { ctx }) => {
    await refuseBirthsAfterCase(ctx, input.id, newPeople(input.members));
    return addCaseMembers(ctx.vault, input);
  },
  'repatriations.updateMember': async (input, { ctx }) => {
    await refuseBirthsAfterCase(ctx, input.id, [{ path: 'member', person: input.person }]);
    return updateCaseMember(ctx.vault, input);
  },
  'repatriations.removeMember': (input, { ctx }) => removeCaseMember(ctx.vault, input),
  'repatriations.move': (input, { ctx }) => moveCase(ctx.vault, input),
  'repatriations.approve': (input, { ctx }) => approveCase(ctx.vault, input),
  'repatriations.submit': (input, { ctx }) => submitCase(ctx.vault, input),
  'repatriations.return': (input, { ctx }) => returnCase(ctx.vault, input),
  'repatriations.comment': (input, { ctx }) => commentOnCase(ctx.vault, input),
  'repatriations.home': (_input, { ctx }) => homeSummary(ctx.vault),
  'repatriations.delete': (input, { ctx }) => deleteCase(ctx.vault, input),
  'repatriations.importPreview': (input, { ctx }) => importPreview(ctx.vault, input),
  'repatriations.addAttachment': async (input, { ctx }) => {
    await addAttachment(REPATRIATION, ctx.vault, input);
    return getCase(ctx.vault, input.id, false);
  },
  'repatriations.getAttachment': (input, { ctx }) => getAttachment(REPATRIATION, ctx.vault, input),
  'repatriations.print': (input, { ctx }) => {
    // A 300-person list takes a while: the UI shows the writing progress of the PDF.
    const jobId = `print:${input.id}:${input.template}`;
    const label = input.template === 'liaison_notice' ? { vi: 'Đang tạo thông báo…', en: 'Creating the notice…' } : { vi: 'Đang tạo biên bản…', en: 'Creating the minutes…' };
    return printCase(ctx.vault, input, (fraction) => ctx.emit('job.progress', { jobId, done: Math.round(fraction * 100), total: 100, label }));
  },
  'repatriations.importTemplate': (input) => importTemplate(input.format),
  'repatriations.exportPeople': (input, { ctx }) => exportCasePeople(ctx.vault, input),
  'repatriations.exportList': (input, { ctx }) => exportCaseList(ctx.vault, input),
  'people.search': (input, { ctx }) => searchPeople(repatriationDb(ctx.vault), input.query, input.limit),
});
