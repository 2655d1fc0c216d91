import { expect, type Locator, type Page } from '@playwright/test';
import { RECOVERY_KEY_ENV } from './fixtures.js';

export const ADMIN = { username: 'quantri', displayName: 'Trần Văn Quản', password: 'bốn con mèo ăn cơm chiều' };

export const OFFICE = {
  nameVi: 'Văn phòng liên lạc biên giới Hà Tiên',
  nameKm: 'ការិយាល័យទំនាក់ទំនងព្រំដែនហាទៀង',
  nameEn: 'Ha Tien Border Liaison Office',
  code: 'VPLL-HT',
  placeVi: 'Hà Tiên',
  placeKm: 'ហាទៀង',
  issuingBody: ['BỘ CHỈ HUY BĐBP TỈNH AN GIANG', 'VĂN PHÒNG LIÊN LẠC BIÊN GIỚI HÀ TIÊN'],
};

/** Calls a channel from inside the page, with the page's token (for arranging state quickly, never for asserting UI). */
export async function call(page: Page, channel: string, input: unknown) {
  return page.evaluate(
    async ({ channel, input }) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="blo-token"]')!.content;
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'x-blo-token': token, 'content-type': 'application/json' },
        body: JSON.stringify({ channel, input }),
      });
      return response.json();
    },
    { channel, input },
  );
}

/** The office and administrator that `setUpQuickly` (and global-setup.ts) arrange through the engine. */
export const SETUP_INPUT = {
  office: {
    nameVi: OFFICE.nameVi,
    nameKm: OFFICE.nameKm,
    nameEn: OFFICE.nameEn,
    code: OFFICE.code,
    provinceCode: 'vn-an-giang-2025',
    placeVi: OFFICE.placeVi,
    placeKm: OFFICE.placeKm,
    issuingBodyVi: OFFICE.issuingBody,
    issuingBodyKm: [],
    gateCodes: ['gate-ha-tien'],
  },
  admin: { username: ADMIN.username, displayName: ADMIN.displayName, rank: 'Thiếu tá', position: 'Trưởng văn phòng', password: ADMIN.password },
};

/**
 * The office is set up and the administrator is signed in. On the usual host (a copy of the office set up once
 * for the run) the administrator signs in at the sign-in screen, as a person would; on an empty host (a test that
 * looked at the wizard first) the office is set up through the engine and the page reloaded.
 */
export async function setUpQuickly(page: Page, url: string) {
  await page.goto(url);
  const status = await call(page, 'vault.status', {});
  expect(status.ok).toBe(true);
  if (status.value.state !== 'uninitialised') {
    await expect(page.getByRole('button', { name: /^Đăng nhập$/ })).toBeVisible({ timeout: 60_000 });
    await signIn(page, ADMIN.username, ADMIN.password);
    // The test's first sign-in opens its vault and loads the app: slow on a busy machine (as a first load after setup was).
    await expect(page.getByTestId('signed-in-person')).toContainText(ADMIN.displayName, { timeout: 60_000 });
    await expect(page.getByText('Bạn không có quyền xem trang này.')).toHaveCount(0);
    return { recoveryKey: process.env[RECOVERY_KEY_ENV]! };
  }
  const result = await call(page, 'vault.setup', SETUP_INPUT);
  expect(result.ok).toBe(true);
  await page.reload();
  // The first load after setup opens the vault (migrations, reference seed): slow on a busy machine.
  await expect(page.getByTestId('signed-in-person')).toContainText(ADMIN.displayName, { timeout: 60_000 });
  return result.value as { recoveryKey: string };
}

/** The wizard's office step, filled as a person would. */
export async function fillOfficeStep(page: Page) {
  await page.getByLabel('Tên đơn vị (tiếng Việt)').fill(OFFICE.nameVi);
  await page.getByLabel('Mã đơn vị (dùng trong số văn bản)').fill(OFFICE.code.toLowerCase());
  await page.getByLabel('Tên đơn vị (tiếng Khmer)').fill(OFFICE.nameKm);
  await page.getByLabel('Tên đơn vị (tiếng Anh)').fill(OFFICE.nameEn);
  await page.getByLabel('Tỉnh', { exact: true }).click();
  await page.getByTitle('Tỉnh An Giang').click();
  await page.getByLabel('Địa danh ghi ngày tháng (tiếng Việt)').fill(OFFICE.placeVi);
  await page.getByLabel('Địa danh ghi ngày tháng (tiếng Khmer)').fill(OFFICE.placeKm);
  await page.getByLabel('Cơ quan ban hành (tiếng Việt, 1–3 dòng) — Dòng 1').fill(OFFICE.issuingBody[0]);
  await page.getByLabel('Cơ quan ban hành (tiếng Việt, 1–3 dòng) — Dòng 2').fill(OFFICE.issuingBody[1]);
}

export async function fillAdminStep(page: Page) {
  await page.getByLabel('Tên đăng nhập').fill(ADMIN.username);
  await page.getByLabel('Họ và tên').fill(ADMIN.displayName);
  await page.getByLabel('Cấp bậc (không bắt buộc)').fill('Thiếu tá');
  await page.getByLabel('Chức vụ (không bắt buộc)').fill('Trưởng văn phòng');
  await page.getByLabel('Mật khẩu', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Nhập lại mật khẩu', { exact: true }).fill(ADMIN.password);
}

/** Reads the recovery key shown by the wizard and types back the two groups it asks for. */
export async function confirmRecoveryKey(page: Page) {
  const groups = await page
    .getByTestId('recovery-key')
    .locator('.recovery-group')
    .evaluateAll((nodes) => nodes.map((node) => node.lastChild!.textContent!));
  expect(groups).toHaveLength(8);
  await page.getByRole('checkbox', { name: 'Tôi đã in hoặc chép lại khóa và cất an toàn' }).check();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  for (const label of await page.getByText(/^Nhóm thứ \d$/).allTextContents()) {
    const index = Number(label.replace(/\D/g, '')) - 1;
    await page.getByLabel(label, { exact: true }).fill(groups[index].toLowerCase());
  }
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  return groups.join('-');
}

export async function signIn(page: Page, username: string, password: string) {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByLabel('Mật khẩu', { exact: true }).press('Enter');
}

/** Someone who signs in: a temporary password, when given, is changed to `password` on the forced-change screen. */
export interface Account {
  username: string;
  displayName: string;
  password: string;
  temporary?: string;
}

/**
 * Signs in on the real sign-in screen, as a person would (the page must show it), handles the forced password
 * change, and waits until the person's name is shown — never on a "no permission" page.
 */
export async function signInAs(page: Page, account: Account) {
  await expect(page.getByRole('button', { name: /^Đăng nhập$/ })).toBeVisible();
  await signIn(page, account.username, account.temporary ?? account.password);
  if (account.temporary) {
    await expect(page.getByRole('heading', { name: 'Hãy đặt mật khẩu mới' })).toBeVisible();
    await page.getByLabel('Mật khẩu hiện tại').fill(account.temporary);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(account.password);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(account.password);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  }
  await expect(page.getByTestId('signed-in-person')).toContainText(account.displayName);
  await expect(page.getByText('Bạn không có quyền xem trang này.')).toHaveCount(0);
}

/** Signs out through the header button; the sign-in screen follows. */
export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('button', { name: /^Đăng nhập$/ })).toBeVisible();
}

/** Waits until no CSS animation or transition is running (antd's open and message motions), so a screenshot shows the settled screen. */
export async function settled(page: Page) {
  // Endless animations (a spinner) never settle and are not what a screenshot waits for.
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity));
}

/**
 * How long a print may take to show its preview: the test host does not parse the document fonts ahead of time
 * (`--no-warm-up`), so a test's first print pays for that on top of rendering, on a machine shared by two browsers.
 */
export const PRINTING = { timeout: 60_000 };

/** Waits until the PDF in the print preview's frame has loaded, then for the dialog to settle. */
export async function pdfShown(page: Page) {
  const frame = page.getByTestId('pdf-frame');
  await expect(frame).toBeVisible(PRINTING);
  const content = await (await frame.elementHandle())!.contentFrame();
  await content!.waitForLoadState('load');
  await settled(page);
}

/** Layout check: `inner`'s box lies wholly inside `outer`'s (or the viewport's), within a pixel. */
export async function expectInside(inner: Locator, outer: Locator | 'viewport') {
  const box = await inner.boundingBox();
  const page = inner.page();
  const frame = outer === 'viewport' ? { x: 0, y: 0, ...page.viewportSize()! } : await outer.boundingBox();
  expect(box, 'element is rendered').not.toBeNull();
  expect(frame, 'container is rendered').not.toBeNull();
  const edges = (b: { x: number; y: number; width: number; height: number }) => ({ left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height });
  const [a, f] = [edges(box!), edges(frame!)];
  expect(a.left, 'left edge').toBeGreaterThanOrEqual(f.left - 1);
  expect(a.right, 'right edge').toBeLessThanOrEqual(f.right + 1);
  expect(a.top, 'top edge').toBeGreaterThanOrEqual(f.top - 1);
  expect(a.bottom, 'bottom edge').toBeLessThanOrEqual(f.bottom + 1);
}

/** Layout check: the page does not scroll sideways (nothing wider than the window). */
export async function expectNoSidewaysScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, 'page width').toBeLessThanOrEqual(client);
}
