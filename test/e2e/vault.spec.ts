import { expect, test } from './fixtures.js';
import { ADMIN, confirmRecoveryKey, fillAdminStep, fillOfficeStep, setUpQuickly, signIn } from './helpers.js';

const OFFICER = { username: 'canbo.lan', displayName: 'Nguyễn Thị Lan', temporary: 'mật khẩu tạm thời 2026', own: 'sông Giang Thành mùa nước nổi' };

test.describe('a new office, as a new user would meet it', () => {
  test.use({ hostArgs: ['--idle-lock-seconds', '8'], vault: 'empty' });

  test('setup → sign in → create an officer → officer signs in, changes password → idle lock → unlock → audit shows it all', async ({ page, host }) => {
    await page.goto(host.url);

    // Setup wizard.
    await expect(page.getByRole('heading', { name: 'Thiết lập BLO Desk lần đầu' })).toBeVisible();
    await fillOfficeStep(page);
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await fillAdminStep(page);
    await expect(page.getByText('Mật khẩu đạt yêu cầu.')).toBeVisible();
    await page.getByRole('button', { name: 'Tạo kho dữ liệu' }).click();
    await expect(page.getByTestId('recovery-key')).toBeVisible();
    await confirmRecoveryKey(page);
    await expect(page.getByText('Đã thiết lập xong')).toBeVisible();
    await page.getByRole('button', { name: 'Vào ứng dụng' }).click();
    await expect(page.getByTestId('signed-in-person')).toContainText(ADMIN.displayName);
    await expect(page.getByTestId('banner-recovery')).toHaveCount(0);

    // Sign out, then in again as the administrator.
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
    await expect(page.getByText('Văn phòng liên lạc biên giới Hà Tiên')).toBeVisible();
    await signIn(page, ADMIN.username, ADMIN.password);
    await expect(page.getByTestId('signed-in-person')).toContainText(ADMIN.displayName);

    // Create a border officer with a temporary password.
    await page.getByRole('menuitem', { name: 'Quản trị' }).click();
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tạo tài khoản mới' });
    await dialog.getByLabel('Tên đăng nhập').fill(OFFICER.username);
    await dialog.getByLabel('Họ và tên').fill(OFFICER.displayName);
    await dialog.getByLabel('Cấp bậc (không bắt buộc)').fill('Thượng úy');
    await expect(dialog.getByRole('checkbox', { name: 'Cán bộ biên phòng' })).toBeChecked();
    await dialog.getByLabel('Mật khẩu tạm').fill(OFFICER.temporary);
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByRole('row', { name: new RegExp(OFFICER.displayName) });
    await expect(row).toContainText('Chờ đổi mật khẩu tạm');
    await expect(row).toContainText('Cán bộ biên phòng');

    // The officer signs in with the temporary password and must change it first.
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await signIn(page, OFFICER.username, OFFICER.temporary);
    await expect(page.getByRole('heading', { name: 'Hãy đặt mật khẩu mới' })).toBeVisible();
    await page.getByLabel('Mật khẩu hiện tại').fill(OFFICER.temporary);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(OFFICER.own);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(OFFICER.own);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await expect(page.getByTestId('signed-in-person')).toContainText(OFFICER.displayName);
    await expect(page.getByTestId('signed-in-person')).toContainText('Cán bộ biên phòng');
    await expect(page.getByRole('menuitem', { name: 'Quản trị' })).toHaveCount(0);
    await expect(page.getByRole('menuitem', { name: 'Nhật ký' })).toHaveCount(0);

    // Half-typed input before the idle lock...
    await page.getByRole('button', { name: new RegExp(OFFICER.displayName) }).click();
    await page.getByRole('menuitem', { name: 'Đổi mật khẩu' }).click();
    await page.getByRole('dialog').getByLabel('Mật khẩu hiện tại').fill('đang gõ dở');

    // ...the vault locks itself after the (shortened) idle time.
    const lockScreen = page.getByTestId('lock-screen');
    await expect(lockScreen).toBeVisible({ timeout: 20_000 });
    await expect(lockScreen.getByTestId('lock-reason')).toHaveText('Kho dữ liệu đã tự khóa vì không có thao tác trong một thời gian.');
    await expect(lockScreen.getByLabel('Tên đăng nhập')).toHaveValue(OFFICER.username);

    // The same person unlocks and finds the input where it was.
    await lockScreen.getByLabel('Mật khẩu', { exact: true }).fill(OFFICER.own);
    await lockScreen.getByRole('button', { name: 'Mở khóa' }).click();
    await expect(lockScreen).toBeHidden();
    await expect(page.getByRole('dialog').getByLabel('Mật khẩu hiện tại')).toHaveValue('đang gõ dở');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();

    // The administrator reads the audit log.
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.getByRole('menuitem', { name: 'Nhật ký' }).click();
    const table = page.getByTestId('audit-table');
    for (const action of ['Thiết lập kho dữ liệu', 'Xác nhận khóa khôi phục', 'Tạo tài khoản', 'Đăng nhập', 'Đổi mật khẩu', 'Khóa kho dữ liệu', 'Đăng xuất'])
      await expect(table.getByRole('cell', { name: action, exact: true }).first()).toBeVisible();
    const lockRow = table.getByRole('row', { name: /Khóa kho dữ liệu/ }).first();
    await expect(lockRow).toContainText(OFFICER.displayName);
    await expect(lockRow).toContainText('không thao tác');
    // The officer signed in twice: the first time, and to unlock.
    const officerSignIns = table
      .getByRole('row')
      .filter({ hasText: OFFICER.displayName })
      .filter({ has: page.getByRole('cell', { name: 'Đăng nhập', exact: true }) });
    await expect(officerSignIns).toHaveCount(2);

    // Filter by person.
    await page.getByLabel('Người thực hiện').click();
    await page.getByTitle(`${OFFICER.displayName} (${OFFICER.username})`).click();
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await expect(table.getByRole('row').filter({ hasText: ADMIN.displayName })).toHaveCount(0);
    await expect(table.getByRole('cell', { name: 'Đổi mật khẩu', exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Kiểm tra toàn vẹn' }).click();
    await expect(page.getByTestId('audit-verdict')).toHaveText(/Nguyên vẹn \(\d+ mục\)/);
  });
});

test('a wrong password gets a clear message and keeps what was typed', async ({ page, host }) => {
  await setUpQuickly(page, host.url);
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await signIn(page, ADMIN.username, 'không phải mật khẩu này');
  await expect(page.getByTestId('sign-in-error')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
  await expect(page.getByLabel('Tên đăng nhập')).toHaveValue(ADMIN.username);
  await expect(page.getByLabel('Mật khẩu', { exact: true })).toHaveValue('không phải mật khẩu này');
  // After three wrong tries the next one is slowed down: the screen counts down (only the wait, not the wrong-password text).
  const error = page.getByTestId('sign-in-error');
  await expect(async () => {
    await page.getByLabel('Mật khẩu', { exact: true }).press('Enter');
    await expect(error).toHaveText(/^Hãy chờ \d+ giây rồi thử lại\.$/, { timeout: 1500 });
  }).toPass({ timeout: 30_000 });
  await expect(error).not.toContainText('không đúng');
});

test('a failed save keeps the typed input and shows the error beside the field', async ({ page, host }) => {
  await setUpQuickly(page, host.url);
  await page.getByRole('menuitem', { name: 'Quản trị' }).click();
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tạo tài khoản mới' });
  await dialog.getByLabel('Tên đăng nhập').fill(ADMIN.username); // taken
  await dialog.getByLabel('Họ và tên').fill('Lê Văn Hùng');
  await dialog.getByLabel('Chức vụ (không bắt buộc)').fill('Đội trưởng');
  await dialog.getByRole('checkbox', { name: 'Chỉ huy' }).check();
  await dialog.getByLabel('Mật khẩu tạm').fill('một mật khẩu tạm đủ dài');
  await dialog.getByLabel('Mật khẩu tạm').press('Enter');
  await expect(dialog.locator('.ant-form-item-explain-error')).toHaveText('Tên đăng nhập đã có người dùng.');
  await expect(dialog.getByLabel('Họ và tên')).toHaveValue('Lê Văn Hùng');
  await expect(dialog.getByLabel('Chức vụ (không bắt buộc)')).toHaveValue('Đội trưởng');
  await expect(dialog.getByRole('checkbox', { name: 'Chỉ huy' })).toBeChecked();
  await expect(dialog.getByLabel('Mật khẩu tạm')).toHaveValue('một mật khẩu tạm đủ dài');

  // Fixing the one field is enough.
  await dialog.getByLabel('Tên đăng nhập').fill('hung.le');
  await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /Lê Văn Hùng/ })).toContainText('Chỉ huy');
});
