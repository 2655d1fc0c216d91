import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { setUpQuickly } from './helpers.js';

/** The office is set up (a copy of the run's set-up vault); the administrator's journey starts at the sign-in screen. */
async function signedInAsAdministrator(page: Page, url: string) {
  test.setTimeout(240_000); // a sign-in hashes the password (argon2) on a shared machine
  await setUpQuickly(page, url);
}

test('the app loads in Vietnamese, navigates, and shows engine data on the System page', async ({ page, host }) => {
  await signedInAsAdministrator(page, host.url);
  await expect(page.getByRole('navigation')).toBeVisible();
  // The administrator manages the office, not its records: no Repatriations and no Meetings for this role.
  for (const label of ['Ngăn chặn vượt biên', 'Báo cáo', 'Kiểm tra văn bản', 'Quản trị', 'Nhật ký']) await expect(page.getByRole('menuitem', { name: label })).toBeVisible();
  for (const label of ['Hồi hương nạn nhân', 'Hội đàm']) await expect(page.getByRole('menuitem', { name: label })).toHaveCount(0);

  await page.getByRole('menuitem', { name: 'Ngăn chặn vượt biên' }).click();
  await expect(page.getByRole('heading', { name: 'Ngăn chặn xuất nhập cảnh trái phép' })).toBeVisible();
  await expect(page).toHaveURL(/#\/interceptions$/);

  await page.getByRole('menuitem', { name: 'Hệ thống' }).click();
  const info = page.getByTestId('system-info');
  await expect(info).toContainText(host.dataDir);
  await expect(info).toContainText('0.1.0');
  await expect(info).toContainText(/\d+\.\d+\.\d+/); // SQLite version from the engine
});

test('the language switch changes the UI to English and back', async ({ page, host }) => {
  await signedInAsAdministrator(page, host.url);
  await page.getByRole('menuitem', { name: 'Hệ thống' }).click();
  await expect(page.getByRole('heading', { name: 'Thông tin hệ thống' })).toBeVisible();
  await page.getByLabel('Ngôn ngữ').click();
  await page.getByTitle('English').click();
  await expect(page.getByRole('heading', { name: 'System information' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Interceptions' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The choice survives a reload…
  await page.reload();
  await expect(page.getByRole('heading', { name: 'System information' })).toBeVisible();
  // …and back to Vietnamese: every label returns, none left in English.
  await page.getByLabel('Language').click();
  await page.getByTitle('Tiếng Việt').click();
  await expect(page.getByRole('heading', { name: 'Thông tin hệ thống' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Ngăn chặn vượt biên' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Interceptions' })).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Thông tin hệ thống' })).toBeVisible();
});

test('channel requests from the page carry the token; without it the host answers 403', async ({ page, host }) => {
  await page.goto(host.url);
  const status = await page.evaluate(async () => (await fetch('/api/invoke', { method: 'POST', body: '{}' })).status);
  expect(status).toBe(403);
  const withToken = await page.evaluate(async () => {
    const token = document.querySelector<HTMLMetaElement>('meta[name="blo-token"]')!.content;
    const response = await fetch('/api/invoke', {
      method: 'POST',
      headers: { 'x-blo-token': token, 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'system.info', input: {} }),
    });
    return response.json();
  });
  expect(withToken).toMatchObject({ ok: true });
});
