import { expect, type Locator, type Page } from '@playwright/test';
import { signIn } from './helpers.js';

export interface Person {
  username: string;
  displayName: string;
  role: 'Cán bộ biên phòng' | 'Chỉ huy' | 'Cán bộ liên lạc';
  temporary: string;
  own: string;
}

export const OFFICER: Person = {
  username: 'canbo.lan',
  displayName: 'Nguyễn Thị Lan',
  role: 'Cán bộ biên phòng',
  temporary: 'mật khẩu tạm thời 2026',
  own: 'sông Giang Thành mùa nước nổi',
};
export const COMMANDER: Person = {
  username: 'chihuy.hung',
  displayName: 'Lê Văn Hùng',
  role: 'Chỉ huy',
  temporary: 'mật khẩu tạm chỉ huy 2026',
  own: 'núi Tô Châu buổi sáng mờ sương',
};
export const LIAISON: Person = {
  username: 'lienlac.mai',
  displayName: 'Phạm Thị Mai',
  role: 'Cán bộ liên lạc',
  temporary: 'mật khẩu tạm liên lạc 2026',
  own: 'biển Mũi Nai gió chướng về',
};

/** A member for `repatriations.create` (arranging state through the engine). */
export const person = (fullNameVi: string, birth: { exact?: string; year?: number }, extra: Record<string, unknown> = {}) => ({
  person: {
    fullNameVi,
    sex: 'female',
    nationality: 'VN',
    birth: { exact: birth.exact ?? null, year: birth.year ?? null, estimatedAge: null },
    address: { country: 'VN', provinceCode: 'vn-an-giang-2025', districtCode: null, communeCode: null, line: 'Ấp Ba Hòn, xã Kiên Lương' },
    ...extra,
  },
  participation: { role: 'confirmed_victim', exploitationTypes: ['forced_labour'], healthStatus: 'good' },
});

/** The fields a case needs before its handover minutes can be printed. */
export const READY = {
  agreedDate: '2026-03-20',
  gateCode: 'gate-ha-tien',
  transportMode: 'car',
  handoverAt: '2026-03-20T09:30',
  placeNote: 'Nhà liên hợp cửa khẩu quốc tế Hà Tiên',
  identityCheckDone: true,
  dossierChecked: true,
  healthSummary: 'Sức khỏe bình thường; một người cần theo dõi.',
  delegations: [
    { side: 'VN', name: 'Trần Văn Quản', rank: 'Thiếu tá', position: 'Trưởng văn phòng', agency: 'VPLL Hà Tiên', isHead: true },
    { side: 'VN', name: 'Nguyễn Văn Bảy', rank: 'Đại úy', position: 'Cán bộ', agency: 'Đồn BP CKQT Hà Tiên' },
    { side: 'KH', name: 'សុខ សុភា', rank: 'វរសេនីយ៍ទោ', position: 'ប្រធានការិយាល័យ', agency: 'BLO Prek Chak', isHead: true },
    { side: 'KH', name: 'Chan Dara', position: 'Phiên dịch', isInterpreter: true },
  ],
  items: [
    { kind: 'document', description: 'Danh sách nạn nhân có xác nhận của phía Campuchia', quantity: 1 },
    { kind: 'belonging', description: 'Điện thoại di động', quantity: 2 },
  ],
};

/** The administrator creates an account in the Administration page, as a person would. */
export async function createAccount(page: Page, person: Person) {
  await page.getByRole('menuitem', { name: 'Quản trị' }).click();
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tạo tài khoản mới' });
  await dialog.getByLabel('Tên đăng nhập').fill(person.username);
  await dialog.getByLabel('Họ và tên').fill(person.displayName);
  if (person.role !== 'Cán bộ biên phòng') {
    await dialog.getByRole('checkbox', { name: 'Cán bộ biên phòng' }).uncheck();
    await dialog.getByRole('checkbox', { name: person.role }).check();
  }
  await dialog.getByLabel('Mật khẩu tạm').fill(person.temporary);
  await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(person.displayName) })).toContainText(person.role);
}

/** First sign-in with the temporary password, which must be changed before anything else. */
export async function firstSignIn(page: Page, person: Person) {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await signIn(page, person.username, person.temporary);
  await expect(page.getByRole('heading', { name: 'Hãy đặt mật khẩu mới' })).toBeVisible();
  await page.getByLabel('Mật khẩu hiện tại').fill(person.temporary);
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill(person.own);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(person.own);
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.getByTestId('signed-in-person')).toContainText(person.displayName);
}

export async function switchTo(page: Page, username: string, password: string, displayName: string) {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await signIn(page, username, password);
  await expect(page.getByTestId('signed-in-person')).toContainText(displayName);
}

/** Types a date (dd/mm/yyyy, optionally " HH:mm") into an antd date picker and confirms it. */
export async function typeDate(field: Locator, text: string) {
  await field.click();
  await field.fill(text);
  await field.press('Enter');
  await expect(field).toHaveValue(text);
  await field.press('Tab'); // on to the next field; the calendar closes
}

/** Opens an antd select by its label and picks the option with that exact text. */
export async function choose(page: Page, scope: Page | Locator, label: string, option: string) {
  await scope.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle(option, { exact: true }).click();
}

/** A group list as the Cambodian side might send it: 20 persons, two with mistakes (a 31 February, an unknown sex). */
export function groupListCsv(): { csv: string; names: string[]; bad: { name: string; column: string; wrong: string; right: string }[] } {
  const people: [string, string, string, string, string][] = [
    ['Trần Văn Bình', 'ត្រាន់ វ៉ាន់ ប៊ិញ', 'Nam', '12/05/1998', 'Kiên Lương, An Giang'],
    ['Phạm Thị Cúc', '', 'Nữ', '31/02/2001', 'Tịnh Biên, An Giang'],
    ['Võ Văn Em', '', 'X', '2007', 'Tân Châu, An Giang'],
    ['Hồ Thị Gấm', 'ហូ ធី គឹម', 'Nữ', 'khoảng 16', 'Châu Phú, An Giang'],
    ['Đỗ Văn Hải', '', 'Nam', '03/11/1995', 'Hà Tiên, An Giang'],
    ['Bùi Thị Lan Anh', '', 'Nữ', '22/07/2000', 'Rạch Giá, An Giang'],
    ['Ngô Văn Khánh', '', 'Nam', '1993', 'Long Xuyên, An Giang'],
    ['Dương Thị Liên', '', 'Nữ', '14/02/1999', 'Châu Đốc, An Giang'],
    ['Lý Văn Minh', '', 'Nam', '30/09/1997', 'Cao Lãnh, Đồng Tháp'],
    ['Huỳnh Thị Ngọc', '', 'Nữ', '08/08/2002', 'Sa Đéc, Đồng Tháp'],
    ['Phan Văn Phúc', '', 'Nam', '19/01/1991', 'Tây Ninh'],
    ['Vũ Thị Quyên', '', 'Nữ', '25/12/1996', 'Trảng Bàng, Tây Ninh'],
    ['Đặng Văn Sơn', '', 'Nam', '2009', 'Mộc Hóa, Tây Ninh'],
    ['Trương Thị Thảo', '', 'Nữ', '11/06/1994', 'Giang Thành, An Giang'],
    ['Lâm Văn Tú', '', 'Nam', '05/04/1990', 'Hòn Đất, An Giang'],
    ['Mai Thị Uyên', '', 'Nữ', '17/10/2003', 'Thoại Sơn, An Giang'],
    ['Tạ Văn Vinh', '', 'Nam', '28/03/1989', 'Phú Quốc, An Giang'],
    ['Châu Thị Xuân', '', 'Nữ', '09/09/2001', 'An Phú, An Giang'],
    ['Quách Văn Yên', '', 'Nam', '13/07/1999', 'Tri Tôn, An Giang'],
    ['Kiều Thị Ánh', '', 'Nữ', '01/01/2000', 'Tịnh Biên, An Giang'],
  ];
  const lines = [
    'STT,Họ và tên,Tên tiếng Khmer,Giới tính,Ngày sinh,Quê quán,Ghi chú',
    ...people.map((p, i) => [i + 1, ...p, ''].map((c) => (/[,"]/.test(String(c)) ? `"${c}"` : c)).join(',')),
  ];
  return {
    csv: lines.join('\r\n'),
    names: people.map((p) => p[0]),
    bad: [
      { name: 'Phạm Thị Cúc', column: 'Ngày sinh', wrong: '31/02/2001', right: '28/02/2001' },
      { name: 'Võ Văn Em', column: 'Giới tính', wrong: 'X', right: 'Nam' },
    ],
  };
}
