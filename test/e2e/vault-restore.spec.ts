import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, startHost, test } from './fixtures.js';
import { ADMIN, call, setUpQuickly, signIn } from './helpers.js';

/**
 * A disk failed: on a new PC with no vault, a person restores the office's backup with the recovery key,
 * signs in, finds the records, and checks the anchor written on the backup against the restored log.
 */
test('restore on a new PC from a backup with the recovery key; the Verify page accepts its anchor and rejects a made-up one', async ({ page, host, browser }) => {
  test.setTimeout(300_000);
  // The old PC (arranged quickly): an office with an officer account, backed up to a folder.
  const { recoveryKey } = await setUpQuickly(page, host.url);
  const created = await call(page, 'accounts.create', {
    username: 'canbo.lan',
    displayName: 'Nguyễn Thị Lan',
    rank: '',
    position: '',
    roles: ['officer'],
    temporaryPassword: 'mật khẩu tạm thời 2026',
  });
  expect(created.ok).toBe(true);
  const folder = mkdtempSync(join(tmpdir(), 'blo-e2e-backups-'));
  const backup = await call(page, 'backup.create', { folder });
  expect(backup.ok).toBe(true);
  const { file, anchor } = backup.value as { file: string; anchor: string };
  expect(file).toContain(`-A${anchor}.blobackup`);

  // The new PC: an empty data folder, nothing set up.
  const dataDir = mkdtempSync(join(tmpdir(), 'blo-e2e-newpc-'));
  const newPc = await startHost(join(dataDir, 'data'), []);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const tab = await context.newPage();
    await tab.goto(newPc.host.url);
    await expect(tab.getByRole('heading', { name: 'Thiết lập BLO Desk lần đầu' })).toBeVisible();
    await tab.getByText('Khôi phục từ bản sao lưu').click();
    await tab.getByLabel('Đường dẫn tệp sao lưu').fill(file);
    // A wrong recovery key is refused beside the field, and nothing typed is lost.
    await tab.getByRole('textbox', { name: 'Khóa khôi phục' }).fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH');
    await tab.getByRole('button', { name: 'Khôi phục', exact: true }).click();
    await expect(tab.getByTestId('restore-error')).toHaveText('Mật khẩu hoặc khóa khôi phục không mở được bản sao lưu này.');
    await expect(tab.getByLabel('Đường dẫn tệp sao lưu')).toHaveValue(file);
    await tab.getByRole('textbox', { name: 'Khóa khôi phục' }).fill(recoveryKey);
    await tab.getByRole('button', { name: 'Khôi phục', exact: true }).click();
    await expect(tab.getByText('Đã khôi phục kho dữ liệu')).toBeVisible({ timeout: 60_000 });
    await tab.getByRole('button', { name: 'Đến màn hình đăng nhập' }).click();

    await expect(tab.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
    await signIn(tab, ADMIN.username, ADMIN.password);
    await expect(tab.getByTestId('signed-in-person')).toContainText(ADMIN.displayName, { timeout: 60_000 });
    await tab.getByRole('menuitem', { name: 'Quản trị' }).click();
    await expect(tab.getByRole('cell', { name: 'canbo.lan', exact: true })).toBeVisible();

    await tab.getByRole('menuitem', { name: 'Nhật ký' }).click();
    const anchorInput = tab.getByLabel('Mốc kiểm tra');
    await anchorInput.fill(anchor.toLowerCase().replaceAll('-', ' '));
    await tab.getByRole('button', { name: 'Kiểm tra mốc' }).click();
    await expect(tab.getByTestId('anchor-result')).toHaveText(`Nhật ký chứa đúng mục này: mốc ${anchor} khớp.`);
    const [sequence] = anchor.split('-');
    await anchorInput.fill(`${sequence}-0000-1111-2222-3333`);
    await tab.getByRole('button', { name: 'Kiểm tra mốc' }).click();
    await expect(tab.getByTestId('anchor-result')).toContainText('KHÔNG KHỚP');
    await tab.screenshot({ path: '/tmp/shots-vault/audit-anchor-vi.png' });
  } finally {
    await context.close();
    newPc.process.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(folder, { recursive: true, force: true });
  }
});
