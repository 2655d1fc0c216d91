import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { call, setUpQuickly } from './helpers.js';
import { choose, createAccount, firstSignIn, OFFICER, typeDate } from './repatriations-helpers.js';

/** Screenshots to look at by eye; kept out of the repository. */
const SHOTS = process.env.ADDRESS_SHOTS_DIR ?? 'test-results/addresses';
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png` });

const popup = (page: Page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');

/** Replaces what the picker's search holds (each change searches, as the person types). */
async function typeInto(picker: Locator, text: string) {
  await picker.fill(text);
}

/** A person's name and birth year (the address is what these tests are about). */
async function namePerson(dialog: Locator, name: string) {
  await dialog.getByLabel('Họ và tên (tiếng Việt)').fill(name);
  await dialog.locator('label.ant-radio-button-wrapper').filter({ hasText: 'Chỉ năm' }).click();
  await dialog.getByLabel('Năm sinh').fill('1995');
}

test.use({ screenshot: 'only-on-failure' });

test('an officer picks a home address in Hà Nội for a person, by name alone, among the units valid at the event date', async ({ page, host }) => {
  test.setTimeout(360_000);
  mkdirSync(SHOTS, { recursive: true });
  await setUpQuickly(page, host.url); // arranges the office only
  await createAccount(page, OFFICER);
  await firstSignIn(page, OFFICER); // from the sign-in screen

  await page.getByRole('menuitem', { name: 'Hồi hương nạn nhân' }).click();
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('heading', { name: 'Hồ sơ hồi hương mới' })).toBeVisible();
  await page.getByLabel('Số công văn phía bạn').fill('KH-POL-2026/201');
  await typeDate(page.getByLabel('Ngày nhận yêu cầu'), '02/03/2026');

  await page.getByTestId('add-person').click();
  const dialog = page.getByRole('dialog', { name: 'Thêm người vào hồ sơ' });
  await namePerson(dialog, 'Phạm Thị Hoa');
  const picker = dialog.getByLabel('Nơi ở (xã/phường, huyện, tỉnh)');
  await expect(dialog.getByText('Đơn vị hành chính có hiệu lực ngày 02/03/2026')).toBeVisible();

  // One letter is not enough; a ward abolished on 1 Jul 2025 is not offered for a 2026 case.
  await typeInto(picker, 'p');
  await expect(popup(page)).toContainText('Nhập ít nhất 2 ký tự.');
  await typeInto(picker, 'phuc xa');
  await expect(popup(page)).toContainText('Không có đơn vị nào có hiệu lực ngày 02/03/2026 khớp với tên này.');

  // "ha noi" without diacritics finds the city first (the province valid in 2026, no district level).
  await typeInto(picker, 'ha noi');
  await expect(popup(page).getByRole('option').first()).toHaveAttribute('title', 'Thành phố Hà Nội');
  await shot(page, 'picker-vi-1366');

  // The ward by its name alone, without choosing the province first; the path shows where it is.
  await typeInto(picker, 'hoan kiem');
  await popup(page).getByTitle('Phường Hoàn Kiếm, Thành phố Hà Nội', { exact: true }).click();
  await expect(dialog.getByTestId('address-picker')).toContainText('Phường Hoàn Kiếm, Thành phố Hà Nội');
  await dialog.getByLabel('Địa chỉ (ấp, xã… như phía bạn ghi)').fill('12 Hàng Bạc');
  await choose(page, dialog, 'Vai trò trong vụ việc', 'Nạn nhân');
  await dialog.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Tạo hồ sơ' }).click();
  await expect(page.getByRole('heading', { name: /HH-2026-0001/ })).toBeVisible();
  const caseId = /#\/repatriations\/([0-9a-f-]{36})/.exec(page.url())![1];

  // What was stored: the ward and its province (codes of the units valid in 2026), and the street line.
  const stored = await call(page, 'repatriations.get', { id: caseId });
  expect(stored.ok).toBe(true);
  expect(stored.value.members[0].person.address).toMatchObject({
    country: 'VN',
    provinceCode: 'vn-ha-noi-2025',
    districtCode: null,
    communeCode: 'vn-x-00070-2025',
    line: '12 Hàng Bạc',
  });
});

test('a Cambodian person picks a village in Khmer; an address from before 1 Jul 2025 split in parts makes the officer choose', async ({ page, host }) => {
  test.setTimeout(360_000);
  mkdirSync(SHOTS, { recursive: true });
  await setUpQuickly(page, host.url);
  await createAccount(page, OFFICER);
  await firstSignIn(page, OFFICER);

  await page.getByRole('menuitem', { name: 'Hồi hương nạn nhân' }).click();
  await page.keyboard.press('Control+n');
  await page.getByLabel('Số công văn phía bạn').fill('KH-POL-2025/088');
  await typeDate(page.getByLabel('Ngày nhận yêu cầu'), '02/05/2025');

  await page.getByTestId('add-person').click();
  const dialog = page.getByRole('dialog', { name: 'Thêm người vào hồ sơ' });
  await namePerson(dialog, 'Sok Dara');
  await choose(page, dialog, 'Nước', 'Campuchia');
  const picker = dialog.getByLabel('Nơi ở (xã/phường, huyện, tỉnh)');
  await typeInto(picker, 'អូរធំ');
  const village = popup(page).getByTitle('ភូមិអូរធំ Ou Thum, ឃុំបន្ទាយនាង Banteay Neang, ស្រុកមង្គលបូរី Mongkol Borei, ខេត្តបន្ទាយមានជ័យ Banteay Meanchey', { exact: true });
  await expect(village.locator('[lang="km"]').first()).toHaveText('ភូមិអូរធំ');
  await shot(page, 'picker-km-1366');
  await village.click();
  await expect(dialog.getByTestId('address-picker')).toContainText('ភូមិអូរធំ Ou Thum, ឃុំបន្ទាយនាង Banteay Neang');
  await choose(page, dialog, 'Vai trò trong vụ việc', 'Nạn nhân');
  await dialog.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await expect(dialog).toBeHidden();

  // Before the reform the old ward is offered with its district; the same ward at a 2026 date must be re-chosen.
  await page.getByTestId('add-person').click();
  await namePerson(dialog, 'Trần Văn Bình');
  await typeInto(picker, 'ngoc ha');
  await popup(page).getByTitle('Phường Ngọc Hà, Quận Ba Đình, Thành phố Hà Nội', { exact: true }).click();
  await choose(page, dialog, 'Vai trò trong vụ việc', 'Nạn nhân');
  await dialog.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await expect(dialog).toBeHidden();
  await typeDate(page.getByLabel('Ngày nhận yêu cầu'), '02/03/2026');
  await page.getByTestId('member-table').getByRole('button', { name: 'Sửa Trần Văn Bình' }).click();
  const editing = page.getByRole('dialog', { name: 'Sửa thông tin người' });
  const warning = editing.getByRole('status').filter({ hasText: 'không còn hiệu lực vào ngày 02/03/2026' });
  await expect(warning).toContainText('Hãy chọn đúng nơi người này ở');
  await expect(warning.getByRole('button')).toHaveText(['Một phần sang Phường Ba Đình, Thành phố Hà Nội', 'Một phần sang Phường Ngọc Hà, Thành phố Hà Nội']);
  await shot(page, 'picker-split-vi-1366');
  await warning.getByRole('button', { name: 'Một phần sang Phường Ngọc Hà, Thành phố Hà Nội' }).click();
  await expect(warning).toBeHidden();
  await expect(editing.getByTestId('address-picker')).toContainText('Phường Ngọc Hà, Thành phố Hà Nội');
});
