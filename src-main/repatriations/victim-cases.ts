import { caseFieldsSchema, casePersonSchema } from '../../src-shared/contract/index.js';
import { EngineError } from '../kernel/engine-error.js';
import { live } from '../records/live.js';
import { addLink } from '../records/links.js';
import { recordRef } from '../records/lifecycle.js';
import type { OpenVictimCase } from '../records/victim-cases.js';
import { vaultErrors } from '../vault/vault-errors.js';
import { addMembers, insertCase, refreshCounts, REPATRIATION } from './cases.js';
import { withRepatriationTables } from './db.js';

/** Stages a case can still take people in: before the handover. */
const OPEN_STAGES = ['requested', 'verifying', 'agreed'];

/**
 * The repatriation kind's answer to "open a victim case for these persons" (records/victim-cases.ts): a new case
 * requested on the day they were identified, or the persons added to an open case; each person "being
 * identified" with the means of control and recruitment the screening gave; the source record linked to the case.
 */
export const openVictimCase: OpenVictimCase = async (raw, request, stamp) => {
  const trx = withRepatriationTables(raw);
  const members = request.members.map((m) => ({
    personId: m.personId,
    participation: casePersonSchema.parse({ role: 'being_identified', meansOfControl: m.meansOfControl, recruitment: m.recruitment, remarks: m.remarks }),
  }));
  let opened: { caseId: string; caseNumber: string; created: boolean };
  if (request.caseId === null) {
    const fields = caseFieldsSchema.parse({
      direction: request.direction,
      requestSource: 'other',
      requestedOn: request.eventDate,
      summary: `Từ vụ ngăn chặn ${request.source.number}.`,
    });
    const { id, caseNumber } = await insertCase(trx, fields, members, stamp);
    opened = { caseId: id, caseNumber, created: true };
  } else {
    const found = await trx.selectFrom('repatriation_cases').selectAll().where('id', '=', request.caseId).where(live('repatriation_cases')).executeTakeFirst();
    if (!found) throw vaultErrors.notFound();
    if (!OPEN_STAGES.includes(found.stage) || found.approved_at !== null)
      throw new EngineError(
        'rule_violation',
        { vi: `Hồ sơ ${found.case_number} không còn mở để thêm người.`, en: `Case ${found.case_number} is no longer open to add people.` },
        { caseId: { vi: 'Hãy chọn một hồ sơ đang mở, hoặc mở hồ sơ mới.', en: 'Choose an open case, or open a new one.' } },
      );
    await addMembers(trx, found.id, members, stamp.at, stamp.by, stamp.audit);
    await refreshCounts(trx, found.id);
    await trx
      .updateTable('repatriation_cases')
      .set({ version: found.version + 1, updated_at: stamp.at, updated_by: stamp.by })
      .where('id', '=', found.id)
      .execute();
    await stamp.audit({ action: 'repatriation.add_members', recordType: 'repatriation', recordId: found.id, detail: { added: members.length, via: request.source.kind } });
    opened = { caseId: found.id, caseNumber: found.case_number, created: false };
  }
  await addLink(trx, recordRef(REPATRIATION, opened.caseId), request.source);
  return opened;
};
