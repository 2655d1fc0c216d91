import { buildInternalHandover, buildVictimHandover } from '../documents/index.js';
import { loadLabels } from '../documents/register/labels-store.js';
import { issueAndRender, localToday, printLiaisonNotice } from '../documents/register/print.js';
import type { NoticePurpose } from '../../src-shared/documents/inputs.js';
import { EngineError } from '../kernel/engine-error.js';
import { listReference } from '../reference/store.js';
import { readOffice } from '../vault/office.js';
import type { VaultService } from '../vault/vault-service.js';
import { caseNoticeSigner, documentOffice, internalHandoverInput, liaisonNoticeInput, victimHandoverInput, type ReferenceLookup } from './case-documents.js';
import { getCase } from './cases.js';
import { withRepatriationTables } from './db.js';

const TYPE_CODE = 'BB'; // biên bản (minutes), Decree 30

/** Reference items by kind and code, as the documents print their labels. */
async function referenceLookup(service: VaultService): Promise<ReferenceLookup> {
  const references = await listReference(service);
  const byKey = new Map(references.map((item) => [`${item.kind}|${item.code}`, item]));
  return (kind, code) => (code ? byKey.get(`${kind}|${code}`) : undefined);
}

const needs = (field: string, vi: string, en: string) => new EngineError('rule_violation', { vi, en }, { [field]: { vi, en } });

/**
 * Prints a case's minutes: the first print takes the next register number; printing the same content
 * again returns the same number marked as a copy. Rendering happens inside the transaction, so a failed
 * render never consumes a number.
 */
export type CasePrint =
  { id: string; template: 'handover_minutes' | 'internal_handover' } | { id: string; template: 'liaison_notice'; purpose: NoticePurpose; body?: { vi: string; km: string } };

export async function printCase(service: VaultService, input: CasePrint, onProgress?: (fraction: number) => void) {
  if (input.template === 'liaison_notice') return printCaseNotice(service, input, onProgress);
  const view = await getCase(service, input.id, false);
  if (!view.handoverAt) throw needs('handoverAt', 'Hãy ghi thời điểm bàn giao trước khi in biên bản.', 'Enter the handover date and time before printing the minutes.');
  if (view.members.length === 0) throw needs('members', 'Hồ sơ chưa có người nào.', 'The case has no persons.');
  if (input.template === 'internal_handover') {
    if (view.direction !== 'receiving_from_kh') throw needs('template', 'Biên bản nội bộ chỉ dùng khi tiếp nhận nạn nhân.', 'Internal minutes are only for received victims.');
    if (!view.internalHandover) throw needs('internalHandover', 'Hãy ghi đơn vị tiếp nhận (Công an tỉnh).', 'Enter the receiving unit (provincial police).');
  }
  const ref = await referenceLookup(service);
  const settings = await readOffice(service);
  const office = documentOffice(settings);
  const vault = service.open();
  const actor = service.actor();

  return vault.write(actor, async (raw, audit) => {
    const trx = withRepatriationTables(raw);
    const labels = await loadLabels(trx);
    const minutes = view.documents.find((doc) => doc.template === 'handover_minutes');
    const build = (number: number) => {
      if (input.template === 'handover_minutes') {
        const content = victimHandoverInput(view, ref, number);
        return { content, definition: (copy: boolean) => buildVictimHandover(content, labels, office, { copy }) };
      }
      const content = internalHandoverInput(view, ref, number, minutes?.number ?? '—', settings);
      return { content, definition: (copy: boolean) => buildInternalHandover(content, labels, office, { copy }) };
    };
    return issueAndRender(trx, audit, {
      template: input.template,
      typeCode: TYPE_CODE,
      recordType: 'repatriation',
      recordId: view.id,
      officeCode: office.code,
      by: actor.accountId!,
      at: vault.timestamp(),
      build,
      detail: { persons: view.members.length },
      onProgress,
    });
  });
}

/**
 * The bilingual liaison notice to the counterpart office from a case, through the documents' one print path (its own
 * "TB" register sequence, copy on re-print of the same content, QR, audit), dated today in the office's calendar.
 * A missing fact the purpose needs is refused on the case's field.
 */
async function printCaseNotice(service: VaultService, input: Extract<CasePrint, { template: 'liaison_notice' }>, onProgress?: (fraction: number) => void) {
  const view = await getCase(service, input.id, false);
  if (input.purpose === 'handoverArrangement') {
    if (!view.agreedDate && !view.handoverAt)
      throw needs('agreedDate', 'Hãy ghi ngày bàn giao đã thống nhất trước khi in thông báo.', 'Enter the agreed handover date before printing the notice.');
    if (!view.gateCode) throw needs('gateCode', 'Hãy chọn cửa khẩu bàn giao trước khi in thông báo.', 'Choose the border gate before printing the notice.');
  }
  if (input.purpose !== 'handoverArrangement' && !input.body?.vi)
    throw needs('body.vi', 'Hãy ghi nội dung thông báo (tiếng Việt).', 'Enter the text of the notice (in Vietnamese).');
  const actor = service.actor();
  const officer = await service
    .open()
    .db.selectFrom('accounts')
    .select(['display_name as displayName', 'rank', 'position'])
    .where('id', '=', actor.accountId!)
    .executeTakeFirstOrThrow();
  const signer = caseNoticeSigner(view, officer);
  if (!signer)
    throw needs(
      'delegations',
      'Hãy ghi trưởng đoàn phía Việt Nam và chức vụ (người ký thông báo).',
      'Enter the head of the Vietnamese delegation and position (who signs the notice).',
    );
  const ref = await referenceLookup(service);
  const notice = liaisonNoticeInput(view, ref, { purpose: input.purpose, body: input.body, date: localToday(service.open().timestamp()), signer });
  return printLiaisonNotice(service, { recordId: view.id, recordType: 'repatriation', notice, onProgress });
}
