import { expect, test } from './fixtures.js';
import { ADMIN, fillAdminStep, fillOfficeStep } from './helpers.js';
import { choose } from './repatriations-helpers.js';

/**
 * A message beside a field is shown in the language of the screen and follows a switch while it is shown: here a
 * rule of the form (the two passwords differ) on the setup wizard. The engine's and the shared schema's messages
 * placed beside fields are checked the same way in the meetings spec (the untouched meeting form).
 */
test.use({ vault: 'empty' });

test('a field message follows a language switch while it is shown, and goes when the field is fixed', async ({ page, host }) => {
  await page.goto(host.url);
  await fillOfficeStep(page);
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await fillAdminStep(page);
  // The untouched step with matching passwords: no message.
  await expect(page.getByText('Hai mật khẩu chưa giống nhau.')).toHaveCount(0);

  await page.getByLabel('Nhập lại mật khẩu', { exact: true }).fill(`${ADMIN.password} khác`);
  await expect(page.getByText('Hai mật khẩu chưa giống nhau.')).toBeVisible();
  await choose(page, page, 'Ngôn ngữ', 'English');
  await expect(page.getByText('The two passwords differ.')).toBeVisible();
  await expect(page.getByText('Hai mật khẩu chưa giống nhau.')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/language-switch-field-error-en.png' });
  await choose(page, page, 'Language', 'Tiếng Việt');
  await expect(page.getByText('Hai mật khẩu chưa giống nhau.')).toBeVisible();
  await expect(page.getByText('The two passwords differ.')).toHaveCount(0);

  // Fixed: the message goes.
  await page.getByLabel('Nhập lại mật khẩu', { exact: true }).fill(ADMIN.password);
  await expect(page.getByText('Hai mật khẩu chưa giống nhau.')).toHaveCount(0);
});
