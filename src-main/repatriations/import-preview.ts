import type { casePersonSchema, ImportPreviewRow } from '../../src-shared/contract/index.js';
import type { z } from 'zod';
import { EngineError } from '../kernel/engine-error.js';
import type { VaultService } from '../vault/vault-service.js';
import { repatriationDb } from './db.js';
import { previewRows } from './group-import.js';
import { likelyDuplicates } from '../people/store.js';
import { readCsv, readXlsx, UnreadableSheetError, type Sheet } from './spreadsheet.js';
import { personSchema } from '../../src-shared/contract/index.js';

/**
 * Reads a group list and shows, row by row, what would be imported — and who may already be in the vault
 * (people already in this case are told apart: they can't be linked again). Saves nothing.
 */
export async function importPreview(
  service: VaultService,
  input: {
    format: 'csv' | 'xlsx';
    contentBase64: string;
    defaults: Partial<z.output<typeof casePersonSchema>>;
    estimateAt?: string;
    nationality?: string;
    caseId?: string;
  },
): Promise<{ rows: ImportPreviewRow[]; columns: string[] }> {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  let sheet: Sheet;
  try {
    sheet = input.format === 'csv' ? readCsv(bytes) : await readXlsx(bytes);
  } catch (error) {
    if (!(error instanceof UnreadableSheetError)) throw error;
    throw new EngineError(
      'invalid_input',
      {
        vi: 'Không đọc được tệp danh sách. Hãy lưu dưới dạng CSV (UTF-8) hoặc Excel (.xlsx), tối đa 2000 dòng.',
        en: 'Could not read the list. Save it as CSV (UTF-8) or Excel (.xlsx), at most 2000 rows.',
      },
      { file: { vi: 'Tệp không đọc được.', en: 'Unreadable file.' } },
    );
  }
  const eventDate = input.estimateAt ?? service.open().timestamp().slice(0, 10);
  const db = repatriationDb(service);
  const inCase = new Set(input.caseId ? (await db.selectFrom('case_members').select('person_id').where('case_id', '=', input.caseId).execute()).map((m) => m.person_id) : []);
  const rows = previewRows(sheet, { participation: input.defaults, nationality: input.nationality, eventDate });
  return {
    columns: sheet.columns,
    rows: await Promise.all(
      rows.map(async (row) => {
        const found = row.member && 'person' in row.member ? await likelyDuplicates(db, personSchema.parse(row.member.person)) : [];
        return { ...row, duplicates: found.filter((hit) => !inCase.has(hit.id)), alreadyInCase: found.filter((hit) => inCase.has(hit.id)) };
      }),
    ),
  };
}
