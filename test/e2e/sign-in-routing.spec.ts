import { expect, test } from './fixtures.js';
import { ADMIN, call, setUpQuickly, signIn } from './helpers.js';
import { COMMANDER, LIAISON, OFFICER, firstSignIn, type Person } from './repatriations-helpers.js';
import { expectFocusNotOnBody } from './focus-helpers.js';

/**
 * Issue 8, item 3: after sign-in each person lands on their own home page, never on the route the previous
 * person left (which they may not be allowed to see); the same person unlocking stays where they was.
 */

const HOME = {
  administrator: { hash: '#/administration', heading: 'Quản trị' },
  /** Officers, liaison staff and commanders start on their own home page, greeted by name. */
  of: (person: Person) => ({ hash: '#/home', heading: `Xin chào, ${person.displayName}` }),
};

/** From the home page to the case list, by the menu as a person would. */
async function openCaseList(page: import('@playwright/test').Page) {
  await page.getByRole('menuitem', { name: 'Hồi hương nạn nhân', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Hồi hương nạn nhân bị mua bán' })).toBeVisible();
}

/** Accounts arranged through the engine; each person's own sign-in is walked through the screens. */
async function createAccounts(page: import('@playwright/test').Page) {
  const roles: [Person, string][] = [
    [OFFICER, 'officer'],
    [COMMANDER, 'commander'],
    [LIAISON, 'liaison'],
  ];
  for (const [person, role] of roles) {
    const result = await call(page, 'accounts.create', { username: person.username, displayName: person.displayName, roles: [role], temporaryPassword: person.temporary });
    expect(result.ok).toBe(true);
  }
}

async function signOut(page: import('@playwright/test').Page) {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
}

async function expectHome(page: import('@playwright/test').Page, home: { hash: string; heading: string }) {
  await expect(page.getByRole('heading', { level: 2, name: home.heading, exact: true })).toBeVisible();
  await expect(page.getByText('Bạn không có quyền xem trang này.')).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe(home.hash);
  // Focus starts on the page, not on the body: the first Tab goes somewhere useful.
  await expect(page.getByRole('heading', { level: 2, name: home.heading, exact: true })).toBeFocused();
}

test('each role lands on its own home page after sign-in, whatever page the previous person left open', async ({ page, host }) => {
  test.slow(); // seven sign-ins, each a real Argon2id key derivation
  await setUpQuickly(page, host.url);
  await createAccounts(page);

  // The administrator leaves the accounts tab open; the officer signs in next.
  await page.getByRole('menuitem', { name: 'Quản trị' }).click();
  await page.getByRole('tab', { name: 'Sao lưu' }).click();
  expect(new URL(page.url()).hash).toBe('#/administration/backups');
  await firstSignIn(page, OFFICER);
  await expectHome(page, HOME.of(OFFICER));

  // The officer leaves a new case form open; the administrator lands on administration, not on the form.
  await openCaseList(page);
  await page.getByRole('button', { name: 'Tạo hồ sơ mới' }).click();
  expect(new URL(page.url()).hash).toBe('#/repatriations/new');
  await signOut(page);
  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(page.getByTestId('signed-in-person')).toContainText(ADMIN.displayName);
  await expectHome(page, { hash: '#/administration', heading: 'Quản trị' });

  // The administrator on the audit log; the commander (who may read the log too) still starts at home.
  await page.getByRole('menuitem', { name: 'Nhật ký', exact: true }).click();
  await firstSignIn(page, COMMANDER);
  await expectHome(page, HOME.of(COMMANDER));

  // The commander on the audit log; the liaison officer (who may not read it) starts at home.
  await page.getByRole('menuitem', { name: 'Nhật ký', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Nhật ký hoạt động' })).toBeVisible();
  await firstSignIn(page, LIAISON);
  await expectHome(page, HOME.of(LIAISON));
});

test('after a lock, the same person unlocks where they were, with focus back where they typed; someone else starts at home', async ({ page, host }) => {
  test.slow(); // five sign-ins, each a real Argon2id key derivation
  await setUpQuickly(page, host.url);
  await createAccounts(page);
  await firstSignIn(page, OFFICER);
  await signOut(page);
  await signIn(page, ADMIN.username, ADMIN.password);

  await page.getByRole('menuitem', { name: 'Nhật ký', exact: true }).click();
  const filterField = page.getByLabel('Mã bản ghi');
  await filterField.focus();
  await page.keyboard.press('Control+l');
  const lock = page.getByTestId('lock-screen');
  await expect(lock.getByRole('heading', { name: 'Kho dữ liệu đang khóa' })).toBeVisible();
  // The name is prefilled: the password field has focus, so typing goes straight into it.
  await expect(lock.getByLabel('Mật khẩu', { exact: true })).toBeFocused();
  await page.keyboard.type(ADMIN.password);
  await page.keyboard.press('Enter');
  await expect(lock).toBeHidden();
  expect(new URL(page.url()).hash).toBe('#/audit');
  await expect(filterField).toBeFocused();

  // Another person unlocks: their own home page, not the administrator's audit log.
  await page.keyboard.press('Control+l');
  await expect(lock.getByLabel('Mật khẩu', { exact: true })).toBeFocused();
  await lock.getByLabel('Tên đăng nhập').fill(OFFICER.username);
  await lock.getByLabel('Mật khẩu', { exact: true }).fill(OFFICER.own);
  await lock.getByLabel('Mật khẩu', { exact: true }).press('Enter');
  await expect(page.getByTestId('signed-in-person')).toContainText(OFFICER.displayName);
  await expectHome(page, HOME.of(OFFICER));
  await expectFocusNotOnBody(page);
});

test('unlock by someone else keeps the first person’s unsaved case form sealed and offers it back when they return', async ({ page, host }) => {
  test.slow(); // six sign-ins, each a real Argon2id key derivation
  const typed = 'Nạn nhân nữ 15 tuổi, được phía Campuchia báo qua điện thoại';
  await setUpQuickly(page, host.url);
  await createAccounts(page);
  await firstSignIn(page, COMMANDER);
  await firstSignIn(page, OFFICER);

  await openCaseList(page);
  await page.getByRole('button', { name: 'Tạo hồ sơ mới' }).click();
  await page.getByLabel('Tóm tắt vụ việc').fill(typed);
  await page.keyboard.press('Control+l');
  const lock = page.getByTestId('lock-screen');
  // Said before the switch: what happens to the unsaved work if someone else unlocks.
  await expect(lock.getByTestId('held-drafts-note')).toHaveText(
    'Bạn có phần nhập chưa lưu. Nếu người khác mở khóa, phần đó được mã hóa và giữ trong cửa sổ này cho đến khi bạn đăng nhập lại (đóng ứng dụng thì mất).',
  );

  // The commander unlocks: their own home, and nothing of the officer's draft anywhere.
  await lock.getByLabel('Tên đăng nhập').fill(COMMANDER.username);
  await lock.getByLabel('Mật khẩu', { exact: true }).fill(COMMANDER.own);
  await lock.getByLabel('Mật khẩu', { exact: true }).press('Enter');
  await expect(page.getByTestId('signed-in-person')).toContainText(COMMANDER.displayName);
  await expectHome(page, HOME.of(COMMANDER));
  await expect(page.getByTestId('banner-held-draft')).toHaveCount(0);
  await openCaseList(page);
  await page.getByRole('button', { name: 'Tạo hồ sơ mới' }).click();
  await expect(page.getByLabel('Tóm tắt vụ việc')).toHaveValue('');
  // Never on disk: neither web storage holds it.
  expect(await page.evaluate((text) => JSON.stringify({ ...localStorage, ...sessionStorage }).includes(text), typed)).toBe(false);

  // The commander typed nothing: no note on their lock screen. The officer comes back and is offered the draft.
  await page.keyboard.press('Control+l');
  await expect(lock.getByLabel('Mật khẩu', { exact: true })).toBeFocused();
  await expect(lock.getByTestId('held-drafts-note')).toHaveCount(0);
  await lock.getByLabel('Tên đăng nhập').fill(OFFICER.username);
  await lock.getByLabel('Mật khẩu', { exact: true }).fill(OFFICER.own);
  await lock.getByLabel('Mật khẩu', { exact: true }).press('Enter');
  await expect(page.getByTestId('signed-in-person')).toContainText(OFFICER.displayName);
  const banner = page.getByTestId('banner-held-draft');
  await expect(banner).toContainText('Phần nhập chưa lưu của bạn từ trước đã được giữ lại.');
  await banner.getByRole('button', { name: 'Mở lại' }).click();
  expect(new URL(page.url()).hash).toBe('#/repatriations/new');
  await expect(page.getByLabel('Tóm tắt vụ việc')).toHaveValue(typed);
  await expect(banner).toHaveCount(0);
});

test('the sign-in wait message, at the end of its countdown, says the person may try again instead of vanishing', async ({ page, host }) => {
  await setUpQuickly(page, host.url);
  await signOut(page);
  // Three wrong passwords arranged through the engine; the fourth try, typed, must wait.
  for (let attempt = 0; attempt < 3; attempt++)
    expect((await call(page, 'vault.signIn', { username: ADMIN.username, password: 'sai mật khẩu' })).error.code).toBe('wrong_credentials');
  await signIn(page, ADMIN.username, 'sai mật khẩu lần nữa');
  const message = page.getByTestId('sign-in-error');
  await expect(message).toHaveText(/^Hãy chờ [12] giây rồi thử lại\.$/);
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeDisabled();
  await expect(message).toHaveText('Đã hết thời gian chờ. Bạn có thể thử đăng nhập lại.');
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeEnabled();
  await page.getByLabel('Mật khẩu', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Mật khẩu', { exact: true }).press('Enter');
  await expect(page.getByTestId('signed-in-person')).toContainText(ADMIN.displayName);
});
