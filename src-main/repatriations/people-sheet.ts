/**
 * Spreadsheets that leave the vault: the import template, a case's person list and the filtered case list.
 * The person columns are the ones the import reads (group-import.ts), with headers in Vietnamese, Khmer and
 * English, so an exported list reads back without errors. Pure except for the exports, which are audited.
 */
import { workbookFile, type WorkbookFile } from '../documents/workbook.js';
import type { CaseMemberView, RepatriationStage, repatriationListFilter } from '../../src-shared/contract/index.js';
import type { z } from 'zod';
import type { VaultService } from '../vault/vault-service.js';
import { nationality as NATIONALITIES, sex as SEXES } from '../reference/vocabularies/person.js';
import { repatriationDirection, repatriationStage } from '../reference/vocabularies/workflow.js';
import type { ColumnRole } from './group-import.js';
import { listCases } from './case-list.js';
import { getCase } from './cases.js';
import { formatIdDocuments } from './id-cell.js';

/** The columns of a person list, in order; each header names its role in the three languages. */
export const PERSON_COLUMNS: readonly { role: ColumnRole; header: string }[] = [
  { role: 'fullNameVi', header: 'Họ và tên / គោត្តនាម និងនាម / Full name' },
  { role: 'nameKm', header: 'Tên tiếng Khmer / ឈ្មោះខ្មែរ / Khmer name' },
  { role: 'nameLatin', header: 'Tên Latin / ឈ្មោះឡាតាំង / Latin name' },
  { role: 'aliases', header: 'Tên khác / ឈ្មោះហៅក្រៅ / Other names' },
  { role: 'sex', header: 'Giới tính / ភេទ / Sex' },
  { role: 'birth', header: 'Ngày sinh / ថ្ងៃខែឆ្នាំកំណើត / Date of birth' },
  { role: 'nationality', header: 'Quốc tịch / សញ្ជាតិ / Nationality' },
  { role: 'address', header: 'Địa chỉ / អាសយដ្ឋាន / Address' },
  { role: 'idNumber', header: 'Số giấy tờ / លេខឯកសារ / ID number' },
  { role: 'remarks', header: 'Ghi chú / កំណត់សម្គាល់ / Remarks' },
];

/** The birth forms the import reads, said once for the template and the dialog. */
export const BIRTH_FORMS = [
  ['dd/mm/yyyy', '05/03/2008'],
  ['yyyy-mm-dd', '2008-03-05'],
  ['yyyy', '2008'],
  ['khoảng N / about N / ~N', 'khoảng 16'],
] as const;

const EXAMPLE: Record<ColumnRole, string> = {
  fullNameVi: 'Nguyễn Thị Mẫu',
  nameKm: 'ង្វៀន ធី មៅ',
  nameLatin: 'Nguyen Thi Mau',
  aliases: 'Mẫu; Mau',
  sex: 'Nữ',
  birth: '05/03/2008',
  nationality: 'Việt Nam',
  address: 'Ấp Ba Hòn, xã Kiên Lương, An Giang',
  idNumber: '',
  remarks: 'Dòng ví dụ — xóa trước khi nhập / Example row — delete before importing',
};

const label = (terms: readonly { code: string; vi: string }[], code: string) => terms.find((term) => term.code === code)?.vi ?? code;
const dmy = (iso: string) => iso.split('-').reverse().join('/');

/** One person as a row of the import's columns (an unknown sex or nationality stays empty, as the import reads it back). */
export function personCells(member: Pick<CaseMemberView, 'person' | 'participation'>): Record<ColumnRole, string> {
  const { person, participation } = member;
  const birth = person.birth;
  return {
    fullNameVi: person.fullNameVi,
    nameKm: person.nameKm,
    nameLatin: person.nameLatin,
    aliases: person.aliases.join('; '),
    sex: person.sex === 'unknown' ? '' : label(SEXES, person.sex),
    birth: birth.exact ? dmy(birth.exact) : birth.year ? String(birth.year) : birth.estimatedAge ? `khoảng ${birth.estimatedAge.years}` : '',
    nationality: person.nationality === 'UNKNOWN' ? '' : label(NATIONALITIES, person.nationality),
    address: person.address.line,
    idNumber: formatIdDocuments(person.idDocuments),
    remarks: participation.remarks,
  };
}

export type SheetFile = WorkbookFile;

const csvCell = (cell: string) => (/[",\r\n#]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const csvLine = (cells: readonly string[]) => cells.map(csvCell).join(',');

/** The import template: the header row and one example row; the accepted birth forms beside them. */
export function importTemplate(format: 'xlsx' | 'csv'): Promise<SheetFile> | SheetFile {
  const headers = PERSON_COLUMNS.map((column) => column.header);
  const example = PERSON_COLUMNS.map((column) => EXAMPLE[column.role]);
  const forms = BIRTH_FORMS.map(([form, sample]) => `${form} (${sample})`).join('; ');
  if (format === 'csv') {
    // Lines starting with "#" are notes: the import skips them.
    const note = `# Ngày sinh / ថ្ងៃខែឆ្នាំកំណើត / Date of birth: ${forms}. Giới tính / Sex: Nam, Nữ / Male, Female. Lưu dạng CSV UTF-8 / Save as CSV UTF-8.`;
    const text = `\uFEFF${[note, csvLine(headers), csvLine(example)].join('\r\n')}\r\n`;
    return { fileName: 'mau-danh-sach-nguoi.csv', mimeType: 'text/csv', contentBase64: Buffer.from(text, 'utf8').toString('base64') };
  }
  return workbookFile('mau-danh-sach-nguoi.xlsx', [
    { name: 'Danh sách', rows: [headers, example], widths: [28, 24, 22, 18, 12, 18, 16, 36, 18, 36] },
    {
      name: 'Hướng dẫn',
      rows: [
        ['Cột / ជួរ / Column', 'Cách ghi / របៀបសរសេរ / How to write'],
        [PERSON_COLUMNS[5].header, forms],
        [PERSON_COLUMNS[4].header, 'Nam / ប្រុស / Male; Nữ / ស្រី / Female; để trống nếu không rõ / empty when unknown'],
        [PERSON_COLUMNS[6].header, 'Việt Nam, Campuchia, Lào, Thái Lan, Trung Quốc… / VN, KH…'],
        [PERSON_COLUMNS[3].header, 'Cách nhau bằng dấu ; / separated by ;'],
      ],
      widths: [44, 90],
    },
  ]);
}

/** A case's person list in the import's columns; audited (it carries victims' names). */
export async function exportCasePeople(service: VaultService, input: { id: string }): Promise<SheetFile> {
  const view = await getCase(service, input.id, false);
  await service.audit({ action: 'repatriation.export_people', recordType: 'repatriation', recordId: view.id, detail: { persons: view.members.length } });
  const rows = view.members.map((member) => {
    const cells = personCells(member);
    return PERSON_COLUMNS.map((column) => cells[column.role]);
  });
  return workbookFile(`${view.caseNumber}-danh-sach-nguoi.xlsx`, [
    { name: view.caseNumber, rows: [PERSON_COLUMNS.map((column) => column.header), ...rows], widths: [28, 24, 22, 18, 12, 18, 16, 36, 18, 36] },
  ]);
}

const CASE_HEADERS = [
  'Số hồ sơ / Case number',
  'Chiều / Direction',
  'Bước / Stage',
  'Ngày yêu cầu / Requested on',
  'Ngày thống nhất / Agreed date',
  'Cửa khẩu / Border gate',
  'Số người / Persons',
  'Trẻ em / Children',
  'Hạn xác minh / Verification deadline',
  'Quá hạn / Overdue',
  'Đã phê duyệt / Approved',
];
const PAGE = 500;

/** The case list as filtered on screen (every page), without names: the same facts the list shows. */
export async function exportCaseList(service: VaultService, filter: z.output<typeof repatriationListFilter>): Promise<SheetFile> {
  const rows: string[][] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await listCases(service, { ...filter, offset, limit: PAGE });
    for (const row of page.rows)
      rows.push([
        row.caseNumber,
        label(repatriationDirection, row.direction),
        label(repatriationStage, row.stage as RepatriationStage),
        dmy(row.requestedOn),
        row.agreedDate ? dmy(row.agreedDate) : '',
        row.gateCode ?? '',
        String(row.persons),
        String(row.children),
        row.verificationDeadline ? dmy(row.verificationDeadline) : '',
        row.overdue ? 'Có / Yes' : '',
        row.approved ? 'Có / Yes' : '',
      ]);
    if (offset + PAGE >= page.total) break;
  }
  await service.audit({ action: 'repatriation.export_list', recordType: 'repatriation', detail: { cases: rows.length } });
  return workbookFile('danh-sach-ho-so-hoi-huong.xlsx', [{ name: 'Hồ sơ', rows: [CASE_HEADERS, ...rows], widths: [16, 22, 22, 14, 14, 18, 10, 10, 16, 10, 12] }]);
}
