import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseView, ImportPreviewRow } from '../../src-shared/contract/index.js';
import { recogniseColumns } from '../../src-main/repatriations/group-import.js';
import { formatIdDocuments, parseIdDocuments } from '../../src-main/repatriations/id-cell.js';
import { PERSON_COLUMNS } from '../../src-main/repatriations/people-sheet.js';
import type { TestEngine } from '../support/vault.js';
import { officerEngine } from './people-officer.js';
import { BASE_FIELDS, person, THREE_PERSONS } from '../support/repatriations.js';

const csv = (lines: string[]) => Buffer.from(lines.join('\r\n')).toString('base64');
const people = (rows: ImportPreviewRow[]) => rows.map((row) => (row.member && 'person' in row.member ? row.member.person : row.errors));

async function sheetRows(contentBase64: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(contentBase64, 'base64') as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

describe('import columns', () => {
  it('recognises every trilingual header of the template as its own column', () => {
    const roles = recogniseColumns(PERSON_COLUMNS.map((c) => c.header));
    expect(roles).toEqual(Object.fromEntries(PERSON_COLUMNS.map((c) => [c.role, c.header])));
  });

  it('recognises Khmer-only headers (their vowel signs are kept)', () => {
    expect(recogniseColumns(['គោត្តនាម និងនាម', 'ភេទ', 'ថ្ងៃខែឆ្នាំកំណើត', 'សញ្ជាតិ'])).toEqual({
      fullNameVi: 'គោត្តនាម និងនាម',
      sex: 'ភេទ',
      birth: 'ថ្ងៃខែឆ្នាំកំណើត',
      nationality: 'សញ្ជាតិ',
    });
  });
});

describe('import preview, template and exports', () => {
  let t: TestEngine;
  let view: CaseView;
  beforeEach(async () => {
    t = await officerEngine();
    view = await t.call('repatriations.create', { fields: BASE_FIELDS, members: THREE_PERSONS });
  });
  afterEach(() => t.cleanup());

  const preview = (contentBase64: string, extra: Record<string, unknown> = {}, format: 'csv' | 'xlsx' = 'csv') =>
    t.call('repatriations.importPreview', { format, contentBase64, estimateAt: view.eventDate, caseId: view.id, ...extra });

  it('refuses a future birth date or year beside the birth column, and a 200-character name beside the name', async () => {
    const result = await preview(csv(['Họ và tên,Ngày sinh', 'Trần Tương Lai,15/06/2030', 'Năm Sau,2031', `${'A'.repeat(200)},2000`, 'Đúng Hạn,02/03/2026']));
    expect(result.rows.map((row) => row.errors)).toEqual([
      { 'Ngày sinh': { vi: 'Ngày sinh 15/06/2030 sau ngày sự việc 02/03/2026.', en: 'Birth date 15/06/2030 is after the event date 02/03/2026.' } },
      { 'Ngày sinh': { vi: 'Năm sinh 2031 sau ngày sự việc 02/03/2026.', en: 'Birth year 2031 is after the event date 02/03/2026.' } },
      { 'Họ và tên': { vi: 'Tối đa 120 ký tự (đang có 200). Hãy rút gọn; không có gì bị cắt bớt.', en: 'At most 120 characters (now 200). Please shorten it; nothing was cut.' } },
      {},
    ]);
  });

  it('takes the nationality from its column, else from the batch default, else unknown', async () => {
    const withColumn = await preview(csv(['Họ và tên,Quốc tịch', 'Sok Dara,Campuchia', 'Lê Văn Tám,Việt Nam', 'Chưa Ghi,']), { nationality: 'KH' });
    expect(people(withColumn.rows).map((p) => ('nationality' in p ? p.nationality : p))).toEqual(['KH', 'VN', 'KH']);
    const noColumn = await preview(csv(['Họ và tên', 'Sok Dara']), { nationality: 'KH' });
    expect(people(noColumn.rows)).toMatchObject([{ nationality: 'KH', address: { country: 'KH' } }]);
    expect(people((await preview(csv(['Họ và tên', 'Sok Dara']))).rows)).toMatchObject([{ nationality: 'UNKNOWN' }]);
  });

  it('tells a person already in this case apart from a likely duplicate elsewhere (never offered for linking)', async () => {
    const other = await t.call('repatriations.create', { fields: BASE_FIELDS, members: [person('Phạm Văn Khác', { exact: '2001-01-01', year: null, estimatedAge: null })] });
    const result = await preview(csv(['Họ và tên,Ngày sinh', 'Nguyễn Thị Hương,12/04/1999', 'Phạm Văn Khác,01/01/2001']));
    expect(result.rows.map((row) => [row.alreadyInCase.map((hit) => hit.id), row.duplicates.map((hit) => hit.id)])).toEqual([
      [[view.members[0].person.id], []],
      [[], [other.members[0].person.id]],
    ]);
  });

  it('offers a template in XLSX and CSV whose example row reads back without errors', async () => {
    for (const format of ['xlsx', 'csv'] as const) {
      const file = await t.call('repatriations.importTemplate', { format });
      expect(file.fileName).toBe(`mau-danh-sach-nguoi.${format}`);
      const result = await preview(file.contentBase64, {}, format);
      expect(result.columns).toEqual(PERSON_COLUMNS.map((c) => c.header));
      expect(result.rows).toHaveLength(1);
      expect(result.rows[0].errors).toEqual({});
      expect(result.rows[0].member).toMatchObject({
        person: { fullNameVi: 'Nguyễn Thị Mẫu', nameKm: 'ង្វៀន ធី មៅ', aliases: ['Mẫu', 'Mau'], sex: 'female', birth: { exact: '2008-03-05' }, nationality: 'VN' },
      });
    }
    const notes = Buffer.from((await t.call('repatriations.importTemplate', { format: 'csv' })).contentBase64, 'base64').toString('utf8');
    expect(notes).toContain('dd/mm/yyyy (05/03/2008); yyyy-mm-dd (2008-03-05); yyyy (2008); khoảng N / about N / ~N (khoảng 16)');
  });

  // The address country is not a column: the import takes it from the nationality (KH → KH, else VN).
  it("exports a case's person list that the import reads back without errors (round trip)", async () => {
    const more = await t.call('repatriations.addMembers', {
      id: view.id,
      version: view.version,
      members: [
        person(
          'Sok Srey',
          { exact: null, year: null, estimatedAge: { years: 16, at: view.eventDate } },
          {
            nameKm: 'សុខ ស្រី',
            nationality: 'KH',
            sex: 'unknown',
            aliases: ['Srey', 'Bé Ba'],
            address: { country: 'KH', provinceCode: null, districtCode: null, communeCode: null, line: 'Kampot' },
            idDocuments: [
              { type: 'kh_national_id', number: '0123', issuedBy: 'Sở Công an Kampot' },
              { type: 'passport', number: 'N0456789', issuedBy: '' },
              { type: 'other_document', number: 'GX-7', issuedBy: '' },
            ],
          },
        ),
        person('Không Rõ Gì', { exact: null, year: null, estimatedAge: null }, { nationality: 'UNKNOWN' }),
      ],
    });
    const file = await t.call('repatriations.exportPeople', { id: view.id });
    expect(file.fileName).toBe('HH-2026-0001-danh-sach-nguoi.xlsx');
    expect((await sheetRows(file.contentBase64))[0]).toEqual(PERSON_COLUMNS.map((c) => c.header));
    const result = await preview(file.contentBase64, {}, 'xlsx');
    expect(result.rows.map((row) => row.errors)).toEqual(more.members.map(() => ({})));
    const read = people(result.rows);
    more.members.forEach((member, i) => {
      const { id: _id, version: _version, guardian: _g, contacts: _c, ...stored } = member.person;
      const again = read[i] as typeof stored;
      // Every identity document comes back, with its type and issuing body (issue 8: the export wrote only the first).
      expect(again).toEqual(stored);
    });
  });

  it('writes every identity document into one cell and reads a bare number with the type its header names', () => {
    const documents = [
      { type: 'vn_citizen_id', number: '079201001234', issuedBy: 'Cục CS QLHC về TTXH' },
      { type: 'passport', number: 'C1234567', issuedBy: '' },
    ];
    expect(formatIdDocuments(documents)).toBe('CCCD: 079201001234 (Cục CS QLHC về TTXH); Hộ chiếu: C1234567');
    expect(parseIdDocuments(formatIdDocuments(documents), 'other_document')).toEqual(documents);
    expect(parseIdDocuments('079201001234', 'vn_citizen_id')).toEqual([{ type: 'vn_citizen_id', number: '079201001234', issuedBy: '' }]);
    expect(parseIdDocuments('passport: N1; ho chieu: N2 ;  ; X9', 'other_document').map((d) => [d.type, d.number])).toEqual([
      ['passport', 'N1'],
      ['passport', 'N2'],
      ['other_document', 'X9'],
    ]);
    expect(parseIdDocuments('', 'passport')).toEqual([]);
  });

  it('exports the filtered case list, every page, without names', async () => {
    await t.call('repatriations.create', { fields: BASE_FIELDS, members: [THREE_PERSONS[0]] });
    const all = await sheetRows((await t.call('repatriations.exportList', {})).contentBase64);
    expect(all.map((row) => row[0])).toEqual(['Số hồ sơ / Case number', 'HH-2026-0002', 'HH-2026-0001']);
    const children = await sheetRows((await t.call('repatriations.exportList', { childrenOnly: true })).contentBase64);
    expect(children.slice(1).map((row) => [row[0], row[2], row[6], row[7]])).toEqual([['HH-2026-0001', 'Đã nhận yêu cầu', '3', '1']]);
    expect(JSON.stringify(all)).not.toMatch(/Hương|Toàn/);
  });
});
