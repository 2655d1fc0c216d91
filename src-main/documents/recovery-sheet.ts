/**
 * The recovery sheet: one A4 page for the commander's safe, with the recovery key in large print.
 * Vietnamese only; nothing on it identifies a victim.
 */
import { renderPdf, vietnameseDateLine, type DocumentDefinition } from './index.js';
import { PAGE_MARGINS, STYLES } from './layout/page.js';

export interface RecoverySheetInput {
  officeLines: string[];
  officeName: string;
  place: string;
  date: string; // yyyy-mm-dd
  vaultId: string;
  recoveryKey: string;
}

export function recoverySheetDefinition(input: RecoverySheetInput): DocumentDefinition {
  const groups = input.recoveryKey.split('-');
  return {
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    styles: STYLES,
    info: { title: 'Phiếu khóa khôi phục BLO Desk' },
    content: [
      { stack: input.officeLines.map((line, i) => ({ text: line.toUpperCase(), bold: i === input.officeLines.length - 1, fontSize: 12, alignment: 'left' })) },
      { text: vietnameseDateLine(input.place, input.date), italics: true, alignment: 'right', margin: [0, 12, 0, 24] },
      { text: 'PHIẾU KHÓA KHÔI PHỤC', style: 'title', fontSize: 18 },
      { text: 'Kho dữ liệu BLO Desk — MẬT', alignment: 'center', bold: true, margin: [0, 4, 0, 24] },
      { text: `Đơn vị: ${input.officeName}`, fontSize: 13 },
      { text: `Mã kho dữ liệu: ${input.vaultId}`, fontSize: 11, margin: [0, 2, 0, 20] },
      { text: 'Khóa khôi phục:', bold: true, fontSize: 13, margin: [0, 0, 0, 8] },
      {
        table: {
          widths: ['*', '*', '*', '*'],
          body: [groups.slice(0, 4), groups.slice(4, 8)].map((row) => row.map((group) => ({ text: group, fontSize: 26, bold: true, alignment: 'center', margin: [0, 8, 0, 8] }))),
        },
        margin: [0, 0, 0, 24],
      },
      {
        ul: [
          'Khóa này mở được toàn bộ kho dữ liệu khi quản trị viên quên mật khẩu. Ai giữ khóa này đọc được mọi hồ sơ.',
          'Cất phiếu trong két của chỉ huy đơn vị, không chụp ảnh, không lưu trên máy tính hay điện thoại.',
          'Khi dùng: trên màn hình đăng nhập chọn “Dùng khóa khôi phục”, nhập khóa, tên đăng nhập của quản trị viên và mật khẩu mới.',
          'Nếu phiếu bị mất hoặc lộ: quản trị viên tạo khóa khôi phục mới ngay (Quản trị → Khóa khôi phục); khóa cũ hết hiệu lực.',
        ],
        fontSize: 12,
        lineHeight: 1.2,
      },
      {
        columns: [
          { text: '' },
          {
            stack: [
              { text: 'Người nhận phiếu', bold: true, alignment: 'center' },
              { text: '(Ký, ghi rõ họ tên)', italics: true, alignment: 'center' },
            ],
          },
        ],
        margin: [0, 36, 0, 0],
      },
    ],
  } as DocumentDefinition;
}

export const renderRecoverySheet = async (input: RecoverySheetInput) => (await renderPdf(recoverySheetDefinition(input))).toString('base64');
