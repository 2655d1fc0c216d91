import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.js';
import { setUpQuickly, settled } from './helpers.js';

/** Issue 8, item 12: the banner's "Sao lưu ngay" makes the backup there and then; it does not only switch tabs. */

test.use({ screenshot: 'only-on-failure' });

test('the backup banner backs up at once; a refusal says why and leads to the backups page', async ({ page, host }) => {
  test.slow();
  await setUpQuickly(page, host.url);
  const banner = page.getByTestId('banner-backup');
  await expect(banner).toContainText('Chưa có bản sao lưu dữ liệu gần đây.');

  // The default folder cannot be made (a file stands in its place): the reason is said, and the way to choose a folder offered.
  writeFileSync(join(host.dataDir, 'backups'), 'not a folder');
  await banner.getByRole('button', { name: 'Sao lưu ngay' }).click();
  const refusal = page.getByRole('dialog', { name: 'Chưa sao lưu được' });
  await expect(refusal).toContainText('Không tạo được thư mục sao lưu.');
  await expect(banner).toBeVisible();
  await settled(page);
  await page.screenshot({ path: '/tmp/shots-issue8/banner-backup-refused-vi.png' });
  await refusal.getByRole('button', { name: 'Mở trang Sao lưu' }).click();
  await expect(page.getByRole('tab', { name: 'Sao lưu', selected: true })).toBeVisible();

  // Now the folder can be made: one click backs up, the list gains the file, and the banner goes.
  rmSync(join(host.dataDir, 'backups'));
  await page.getByRole('menuitem', { name: 'Nhật ký' }).click();
  await banner.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByText(/^Đã sao lưu và kiểm tra: .*BLO-Desk-\d{8}-\d{6}/)).toBeVisible();
  await expect(banner).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Nhật ký hoạt động' })).toBeVisible();
  await page.getByRole('menuitem', { name: 'Quản trị' }).click();
  await page.getByRole('tab', { name: 'Sao lưu' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Sao lưu' }).getByRole('row', { name: /BLO-Desk-/ })).toHaveCount(1);
});
