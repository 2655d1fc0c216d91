import type { Page } from '@playwright/test';
import { BASE_FIELDS, HANDOVER_READY, THREE_PERSONS } from '../support/repatriations.js';
import { expect, test } from './fixtures.js';
import { ADMIN, call, expectNoSidewaysScroll, settled, setUpQuickly, signIn } from './helpers.js';

/** Screenshots of the document and reference screens at 1366×768, for a person to look at (test-results/screens/docs-*.png). */
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/docs-${name}.png`, fullPage: false });

/** True once the bundled Khmer font is loaded and used (not a system fallback, not boxes). */
const khmerFontLoaded = (page: Page) => page.evaluate(async () => (await document.fonts.load('16px "BLO Khmer"', 'ក្រុង')).length > 0 && document.fonts.check('16px "BLO Khmer"', 'ក្រុង'));

test('screenshots of the verify page, labels tab and reference tab', async ({ page, host }) => {
  test.setTimeout(180_000);
  await setUpQuickly(page, host.url);

  // A liaison officer (arranged through the bridge) issues a document.
  const liaison = { username: 'lienlac.nam', displayName: 'Lê Văn Nam', password: 'cá linh về đầy đồng mùa nước' };
  expect((await call(page, 'accounts.create', { username: liaison.username, displayName: liaison.displayName, rank: '', position: '', roles: ['liaison'], temporaryPassword: 'mật khẩu tạm thời 2026' })).ok).toBe(true);
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await signIn(page, liaison.username, 'mật khẩu tạm thời 2026');
  await page.getByLabel('Mật khẩu hiện tại').fill('mật khẩu tạm thời 2026');
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill(liaison.password);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(liaison.password);
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.getByTestId('signed-in-person')).toContainText(liaison.displayName);
  const created = await call(page, 'repatriations.create', { fields: { ...BASE_FIELDS, ...HANDOVER_READY }, members: THREE_PERSONS });
  const printed = await call(page, 'repatriations.print', { id: created.value.id, template: 'handover_minutes' });
  expect(printed.ok).toBe(true);
  const { number, contentHash } = printed.value as { number: string; contentHash: string };

  await page.getByRole('menuitem', { name: 'Kiểm tra văn bản' }).click();
  await page.getByLabel('Số văn bản').fill(number);
  await page.getByLabel('Mã kiểm tra (in dưới mã QR)').fill(contentHash.slice(0, 16).replace(/(.{4})(?=.)/g, '$1 '));
  await page.getByLabel('Mã kiểm tra (in dưới mã QR)').press('Enter');
  await expect(page.getByTestId('verify-verdict')).toContainText('Có trong sổ đăng ký');
  await shot(page, 'verify-found');
  await page.getByLabel('Mã kiểm tra (in dưới mã QR)').fill(`${contentHash.slice(0, 4)} 0000 ${contentHash.slice(8, 16)}`);
  await page.getByLabel('Mã kiểm tra (in dưới mã QR)').press('Enter');
  await expect(page.getByTestId('verify-verdict')).toContainText('Không tìm thấy');
  await shot(page, 'verify-not-found');
  await page.getByLabel('Mã kiểm tra (in dưới mã QR)').fill('12ab');
  await page.getByLabel('Mã kiểm tra (in dưới mã QR)').press('Enter');
  await expect(page.getByText('Mã kiểm tra gồm 12–64 ký tự 0-9, a-f.')).toBeVisible();
  await shot(page, 'verify-field-error');

  // The administrator's tabs.
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await signIn(page, ADMIN.username, ADMIN.password);
  await page.getByRole('menuitem', { name: 'Quản trị' }).click();
  await page.getByRole('tab', { name: 'Nhãn văn bản' }).click();
  await expect(page.getByTestId('labels-summary')).toBeVisible();
  expect(await khmerFontLoaded(page)).toBe(true);
  await settled(page);
  // Issue 8, item 12: the labels table fits 1366 px; nothing scrolls sideways.
  await expectNoSidewaysScroll(page);
  const table = (await page.getByTestId('labels-table').boundingBox())!;
  expect(table.x + table.width, 'labels table right edge').toBeLessThanOrEqual(1366);
  await shot(page, 'labels');
  await page.getByRole('searchbox', { name: 'Tìm' }).fill('person');
  await page.getByRole('button', { name: 'Sửa person.childLegend' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await settled(page);
  await shot(page, 'labels-edit');
  await page.keyboard.press('Escape');

  // One retired term, to see how "Ngừng dùng" looks.
  const terms = await call(page, 'reference.list', { kind: 'vocabulary:means_of_control' });
  const threats = terms.value.find((item: { code: string }) => item.code === 'threats');
  const { data: _data, ...retired } = { ...threats, active: false };
  expect((await call(page, 'reference.save', retired)).ok).toBe(true);
  await page.getByRole('tab', { name: 'Danh mục' }).click();
  await expect(page.getByTestId('reference-table')).toContainText('gate-ha-tien');
  await settled(page);
  await shot(page, 'reference-gates');
  await page.getByRole('combobox', { name: 'Danh mục' }).click();
  await settled(page);
  await shot(page, 'reference-kinds');
  await page.getByRole('combobox', { name: 'Danh mục' }).fill('thủ đoạn');
  await page.getByRole('combobox', { name: 'Danh mục' }).press('Enter');
  await expect(page.getByTestId('reference-table')).toContainText('debt_bondage');
  await settled(page);
  await shot(page, 'reference-vocabulary');
  await page.getByRole('combobox', { name: 'Danh mục' }).fill('đơn vị hành chính');
  await page.getByRole('combobox', { name: 'Danh mục' }).press('Enter');
  await expect(page.getByTestId('reference-table')).toContainText('vn-kien-giang');
  await settled(page);
  await shot(page, 'reference-admin-units');
  await page.getByRole('button', { name: 'Sửa vn-kien-giang', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await settled(page);
  await shot(page, 'reference-edit');
});
