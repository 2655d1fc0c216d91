import { buildInternalHandover, buildVictimHandover } from '../documents/index.js';
import { loadLabels } from '../documents/register/labels-store.js';
import { issueAndRender } from '../documents/register/print.js';
import { EngineError } from '../kernel/engine-error.js';
import { listReference } from '../reference/store.js';
import { readOffice } from '../vault/office.js';
import type { VaultService } from '../vault/vault-service.js';
import { documentOffice, internalHandoverInput, victimHandoverInput, type ReferenceLookup } from './case-documents.js';
import { getCase } from './cases.js';
import { withRepatriationTables } from './db.js';

const TYPE_CODE = 'BB'; // biên bản (minutes), Decree 30

const needs = (field: string, vi: string, en: string) => new EngineError('rule_violation', { vi, en }, { [field]: { vi, en } });

/**
 * Prints a case's minutes: the first print takes the next register number; printing the same content
 * again returns the same number marked as a copy. Rendering happens inside the transaction, so a failed
 * render never consumes a number.
 */
export async function printCase(
  service: VaultService,
  input: { id: string; template: 'handover_minutes' | 'internal_handover' },
  onProgress?: (fraction: number) => void,
) {
  const view = await getCase(service, input.id, false);
  if (!view.handoverAt) throw needs('handoverAt', 'Hãy ghi thời điểm bàn giao trước khi in biên bản.', 'Enter the handover date and time before printing the minutes.');
  if (view.members.length === 0) throw needs('members', 'Hồ sơ chưa có người nào.', 'The case has no persons.');
  if (input.template === 'internal_handover') {
    if (view.direction !== 'receiving_from_kh') throw needs('template', 'Biên bản nội bộ chỉ dùng khi tiếp nhận nạn nhân.', 'Internal minutes are only for received victims.');
    if (!view.internalHandover) throw needs('internalHandover', 'Hãy ghi đơn vị tiếp nhận (Công an tỉnh).', 'Enter the receiving unit (provincial police).');
  }
  const references = await listReference(service);
  const byKey = new Map(references.map((item) => [`${item.kind}|${item.code}`, item]));
  const ref: ReferenceLookup = (kind, code) => (code ? byKey.get(`${kind}|${code}`) : undefined);
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
