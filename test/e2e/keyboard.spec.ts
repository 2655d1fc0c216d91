import { expect, test } from './fixtures.js';
import { call, setUpQuickly } from './helpers.js';
import { firstSignIn, type Person } from './repatriations-helpers.js';
import { expectFocusNotOnBody } from './focus-helpers.js';

/** Issue 8, items 13 and 14: the keyboard alone gets everywhere, and focus never falls to the page body. */

const WORKER: Person = { username: 'canbo.binh', displayName: 'Đoàn Văn Bình', role: 'Cán bộ biên phòng', temporary: 'mật khẩu tạm thời 2026', own: 'gió bấc thổi qua Tịnh Biên' };

test('Tab walks through an empty date range on the audit log and on the case list, on to the results', async ({ page, host }) => {
  test.slow();
  await setUpQuickly(page, host.url);
  await page.getByRole('menuitem', { name: 'Nhật ký', exact: true }).click();
  const auditFrom = page.getByRole('textbox', { name: 'Từ ngày' });
  await auditFrom.focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Đến ngày' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Lọc', exact: true })).toBeFocused();
  // Backwards too.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('textbox', { name: 'Đến ngày' })).toBeFocused();

  expect((await call(page, 'accounts.create', { username: WORKER.username, displayName: WORKER.displayName, roles: ['officer'], temporaryPassword: WORKER.temporary })).ok).toBe(
    true,
  );
  await firstSignIn(page, WORKER);
  await page.getByRole('menuitem', { name: 'Hồi hương nạn nhân', exact: true }).click();
  const listFrom = page.getByRole('textbox', { name: 'Từ ngày' });
  await listFrom.focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Đến ngày' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Cửa khẩu' })).toBeFocused();
  await expect(page.getByRole('group', { name: 'Thời gian (ngày sự kiện)' })).toBeVisible();
});

test('focus lands on the page heading after moving between pages, and back on the opener after a dialog', async ({ page, host }) => {
  await setUpQuickly(page, host.url);
  // The administrator starts on administration: move to the audit log and back, by the keyboard.
  await page.getByRole('menuitem', { name: 'Nhật ký', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Nhật ký hoạt động' })).toBeFocused();
  await page.getByRole('menuitem', { name: 'Quản trị' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Quản trị' })).toBeFocused();

  const create = page.getByRole('button', { name: 'Tạo tài khoản' });
  await create.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Tạo tài khoản mới' });
  await expect(dialog.getByLabel('Tên đăng nhập')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(create).toBeFocused();
  await expectFocusNotOnBody(page);
});
