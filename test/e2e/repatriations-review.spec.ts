import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { call, setUpQuickly, signIn } from './helpers.js';
import { choose, COMMANDER, firstSignIn, LIAISON, OFFICER, type Person } from './repatriations-helpers.js';

/** Screens to look at by eye (kept out of git). */
const SHOTS = '/tmp/shots-case-review';
mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png` });

/** Looks at the current screen in Vietnamese and in English, then returns to Vietnamese. */
async function shotBothLanguages(page: Page, name: string) {
  await shot(page, `${name}-vi`);
  await choose(page, page, 'Ngôn ngữ', 'English');
  await shot(page, `${name}-en`);
  await choose(page, page, 'Language', 'Tiếng Việt');
}

const ROLE_CODES: Record<Person['role'], string> = { 'Cán bộ biên phòng': 'officer', 'Chỉ huy': 'commander', 'Cán bộ liên lạc': 'liaison' };

/** The administrator (signed in after the quick setup) creates the accounts; arranging, not the journey. */
async function createAccounts(page: Page, people: Person[]) {
  for (const person of people) {
    const created = await call(page, 'accounts.create', {
      username: person.username,
      displayName: person.displayName,
      rank: 'Đại úy',
      position: '',
      roles: [ROLE_CODES[person.role]],
      temporaryPassword: person.temporary,
    });
    expect(created.ok).toBe(true);
  }
}

const BASE = {
  direction: 'receiving_from_kh',
  requestSource: 'kh_side',
  counterpartReference: 'KH-POL-2026/117',
  requestedOn: '2026-03-02',
  summary: 'Nhóm người Việt được giải cứu.',
};
const MEMBER = {
  person: { fullNameVi: 'Nguyễn Thị Hương', nameKm: 'ង្វៀន ធី ហឿង', sex: 'female', nationality: 'VN', birth: { exact: '1999-04-12', year: null, estimatedAge: null } },
  participation: { role: 'confirmed_victim' },
};
const READY = {
  agreedDate: '2026-03-20',
  gateCode: 'gate-ha-tien',
  transportMode: 'car',
  handoverAt: '2026-03-20T09:30',
  identityCheckDone: true,
  delegations: [
    { side: 'VN', name: 'Trần Văn Quản', rank: 'Thiếu tá', position: 'Trưởng văn phòng', agency: 'VPLL Hà Tiên', isHead: true },
    { side: 'KH', name: 'Sok Sophea', nameKm: 'សុខ សុភា', position: 'Head of office', positionKm: 'ប្រធានការិយាល័យ', agency: 'BLO Prek Chak', isHead: true },
  ],
};

test.use({ screenshot: 'only-on-failure' });

test('Enter in a field of a new case moves to the next field and creates nothing; a case needs a person, and then takes the first number', async ({ page, host }) => {
  test.setTimeout(300_000);
  await setUpQuickly(page, host.url);
  await createAccounts(page, [OFFICER]);
  await firstSignIn(page, OFFICER);

  await page.getByRole('menuitem', { name: 'Hồi hương nạn nhân' }).click();
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('heading', { name: 'Hồ sơ hồi hương mới' })).toBeVisible();
  const reference = page.getByLabel('Số công văn phía bạn');
  await reference.fill('KH-POL-2026/117');
  await reference.press('Enter');
  // Enter moved on to the next field (the request date); the form is still open and nothing was created.
  await expect(page.getByLabel('Ngày nhận yêu cầu')).toBeFocused();
  await page.getByLabel('Địa điểm bàn giao').fill('Cửa khẩu Hà Tiên');
  await page.getByLabel('Địa điểm bàn giao').press('Enter');
  await expect(page.getByRole('heading', { name: 'Hồ sơ hồi hương mới' })).toBeVisible();
  expect((await call(page, 'repatriations.list', {})).value.total).toBe(0);

  // "Tạo hồ sơ" with nobody in it: refused with the reason, focus on "add a person".
  await page.getByTestId('save-case').click();
  await expect(page.getByText('Hồ sơ cần có ít nhất một người: hãy thêm người trước khi tạo hồ sơ.')).toBeVisible();
  await expect(page.getByTestId('add-person')).toBeFocused();
  await shotBothLanguages(page, 'form-needs-person');
  expect((await call(page, 'repatriations.list', {})).value.total).toBe(0);

  await page.getByTestId('add-person').click();
  const dialog = page.getByRole('dialog', { name: 'Thêm người vào hồ sơ' });
  await dialog.getByLabel('Họ và tên (tiếng Việt)').fill('Đặng Văn Toàn');
  await dialog.locator('label.ant-radio-button-wrapper').filter({ hasText: 'Chỉ năm' }).click();
  await dialog.getByLabel('Năm sinh').fill('1990');
  await dialog.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+s');
  // No number was used up by the refused attempts.
  await expect(page.getByRole('heading', { name: /HH-2026-0001/ })).toBeVisible();
});

test('a print refused for a missing handover time says so and leads to the field', async ({ page, host }) => {
  test.setTimeout(300_000);
  await setUpQuickly(page, host.url);
  await createAccounts(page, [LIAISON]);
  await firstSignIn(page, LIAISON);
  const created = await call(page, 'repatriations.create', { fields: BASE, members: [MEMBER] });
  expect(created.ok).toBe(true);

  await page.getByRole('menuitem', { name: 'Hồi hương nạn nhân' }).click();
  await page.getByRole('row', { name: /HH-2026-0001/ }).click();
  await expect(page.getByRole('heading', { name: /HH-2026-0001/ })).toBeVisible();
  await page.getByTestId('print-minutes').click();
  const notice = page.getByRole('alert').filter({ hasText: 'Hãy ghi thời điểm bàn giao trước khi in biên bản.' });
  await expect(notice).toBeVisible();
  await shotBothLanguages(page, 'print-refused-notice');
  await notice.getByRole('button', { name: 'Đi tới “Thời điểm bàn giao”' }).click();

  await expect(page.getByRole('heading', { name: 'Sửa hồ sơ HH-2026-0001' })).toBeVisible();
  await expect(page.getByLabel('Thời điểm bàn giao')).toBeFocused();
  await expect(page.locator('.ant-form-item-explain-error').filter({ hasText: 'Hãy ghi thời điểm bàn giao trước khi in biên bản.' })).toBeVisible();
  await shot(page, 'print-refused-field-vi');
});

test('a commander returns a submitted case with a comment; the officer sees it on the case and at home', async ({ page, host, browser }) => {
  test.setTimeout(400_000);
  await setUpQuickly(page, host.url);
  await createAccounts(page, [OFFICER, COMMANDER]);
  await firstSignIn(page, OFFICER);

  // The officer's case, already handed over (arranged), is submitted from its page.
  let view = (await call(page, 'repatriations.create', { fields: { ...BASE, ...READY }, members: [MEMBER] })).value;
  for (const to of ['verifying', 'agreed', 'handed_over']) view = (await call(page, 'repatriations.move', { id: view.id, version: view.version, to })).value;
  await page.getByRole('menuitem', { name: 'Hồi hương nạn nhân' }).click();
  await page.getByRole('row', { name: /HH-2026-0001/ }).click();
  await page.getByTestId('submit-review').click();
  await expect(page.getByTestId('review-status')).toHaveText('Chờ phê duyệt');
  await page.getByTestId('tab-delegations').click();
  await expect(page.getByTestId('delegations-table').locator('[lang="km"]').filter({ hasText: 'សុខ សុភា' })).toBeVisible();
  await shotBothLanguages(page, 'detail-submitted');
  await page.getByRole('button', { name: 'Đăng xuất' }).click();

  // The commander, in a browser of their own, signs in and finds the case waiting on the home page.
  const other = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const commander = await other.newPage();
  await commander.goto(host.url);
  await signIn(commander, COMMANDER.username, COMMANDER.temporary);
  await commander.getByLabel('Mật khẩu hiện tại').fill(COMMANDER.temporary);
  await commander.getByLabel('Mật khẩu mới', { exact: true }).fill(COMMANDER.own);
  await commander.getByLabel('Nhập lại mật khẩu mới').fill(COMMANDER.own);
  await commander.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await commander.getByRole('menuitem', { name: 'Trang chủ' }).click();
  const waiting = commander.getByTestId('home-waiting');
  await expect(waiting).toContainText('HH-2026-0001');
  await shotBothLanguages(commander, 'home-commander');
  await waiting.getByRole('button', { name: 'HH-2026-0001' }).click();
  await commander.getByTestId('return-case').click();
  const dialog = commander.getByRole('dialog', { name: 'Trả lại hồ sơ HH-2026-0001 cho người lập' });
  await dialog.getByTestId('return-ok').click();
  await expect(dialog.getByRole('alert')).toHaveText('Hãy ghi nhận xét: người lập cần biết phải sửa gì.');
  await dialog.getByTestId('return-comment').fill('Thiếu chữ ký trưởng đoàn phía Campuchia trên biên bản.');
  await dialog.getByTestId('return-ok').click();
  await expect(dialog).toBeHidden();
  await expect(commander.getByTestId('review-status')).toHaveText('Bị trả lại');
  await commander.getByRole('button', { name: 'Đăng xuất' }).click();
  await other.close();

  // The officer signs in again: the returned case and its comment are on the home page and on the case.
  await signIn(page, OFFICER.username, OFFICER.own);
  await page.getByRole('menuitem', { name: 'Trang chủ' }).click();
  const returned = page.getByTestId('home-returned');
  await expect(returned.getByTestId('home-return-comment')).toContainText('Thiếu chữ ký trưởng đoàn phía Campuchia trên biên bản.');
  await expect(returned.getByTestId('home-return-comment')).toContainText(COMMANDER.displayName);
  await shotBothLanguages(page, 'home-officer-returned');
  await returned.getByRole('button', { name: 'HH-2026-0001' }).click();
  await expect(page.getByTestId('returned-banner')).toContainText('Thiếu chữ ký trưởng đoàn phía Campuchia trên biên bản.');
  await expect(page.getByTestId('comment-thread')).toContainText(COMMANDER.displayName);
  await page.getByTestId('tab-history').click();
  await expect(page.getByTestId('history-table')).toContainText('Trả lại');
  await shotBothLanguages(page, 'detail-returned-history');
});
