import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { ADMIN, call, setUpQuickly, signIn } from './helpers.js';
import { firstSignIn, type Person } from './repatriations-helpers.js';

/**
 * Issue 8, item 18 and the done-when: axe-core (WCAG 2.1 A/AA rules) on every main screen, in Vietnamese:
 * no critical or serious violation anywhere.
 */

const WORKER: Person = { username: 'canbo.an', displayName: 'Lý Thị An', role: 'Cán bộ biên phòng', temporary: 'mật khẩu tạm thời 2026', own: 'mưa chiều trên núi Cấm' };

/** The serious and critical violations on the page as it is now, one line each, so a failure says what and where. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations
    .filter((violation) => violation.impact === 'critical' || violation.impact === 'serious')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
}

async function expectAccessible(page: Page, screen: string) {
  expect(await seriousViolations(page), screen).toEqual([]);
}

test.describe('on a PC where nothing is set up yet', () => {
  test.use({ vault: 'empty' });
  test('setup, sign-in and lock screens have no serious accessibility violations', async ({ page, host }) => {
    test.slow();
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Thiết lập BLO Desk lần đầu' })).toBeVisible();
    await expectAccessible(page, 'setup wizard');

    await setUpQuickly(page, host.url);
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
    await expectAccessible(page, 'sign-in');

    await signIn(page, ADMIN.username, ADMIN.password);
    await expect(page.getByTestId('signed-in-person')).toContainText(ADMIN.displayName);
    await page.getByRole('menuitem', { name: 'Nhật ký', exact: true }).focus();
    await page.keyboard.press('Control+l');
    await expect(page.getByTestId('lock-screen').getByRole('heading', { name: 'Kho dữ liệu đang khóa' })).toBeVisible();
    await expectAccessible(page, 'lock screen');
  });
});

test('administration screens have no serious accessibility violations', async ({ page, host }) => {
  test.slow();
  await setUpQuickly(page, host.url);
  await page.getByRole('menuitem', { name: 'Quản trị' }).click();
  for (const tab of ['Tài khoản', 'Thông tin đơn vị', 'Cài đặt', 'Sao lưu', 'Nhãn văn bản', 'Danh mục', 'Đổi mật khẩu của tôi']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tabpanel', { name: tab })).toBeVisible();
    await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
    await expectAccessible(page, `administration: ${tab}`);
  }
  await page.getByRole('tab', { name: 'Tài khoản' }).click();
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(page.getByRole('dialog', { name: 'Tạo tài khoản mới' })).toBeVisible();
  await expectAccessible(page, 'new account dialog');
  await page.keyboard.press('Escape');

  for (const [menu, heading] of [
    ['Nhật ký', 'Nhật ký hoạt động'],
    ['Kiểm tra văn bản', 'Kiểm tra văn bản đã cấp'],
    ['Hệ thống', 'Thông tin hệ thống'],
    ['Ngăn chặn vượt biên', 'Ngăn chặn xuất nhập cảnh trái phép'],
  ]) {
    await page.getByRole('menuitem', { name: menu, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
    await expectAccessible(page, menu);
  }
});

test('repatriation screens have no serious accessibility violations', async ({ page, host }) => {
  test.slow();
  await setUpQuickly(page, host.url);
  expect((await call(page, 'accounts.create', { username: WORKER.username, displayName: WORKER.displayName, roles: ['officer'], temporaryPassword: WORKER.temporary })).ok).toBe(
    true,
  );
  await firstSignIn(page, WORKER);
  await expect(page.getByRole('heading', { level: 2, name: `Xin chào, ${WORKER.displayName}` })).toBeVisible();
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await expectAccessible(page, 'officer home page');
  await page.getByRole('menuitem', { name: 'Hồi hương nạn nhân', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Hồi hương nạn nhân bị mua bán' })).toBeVisible();
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await expectAccessible(page, 'empty case list');

  const created = await call(page, 'repatriations.create', {
    fields: { direction: 'receiving_from_kh', requestSource: 'kh_side', requestedOn: '2026-03-02', summary: 'Nhóm người Việt được giải cứu ở Sihanoukville.' },
    members: [
      {
        person: {
          fullNameVi: 'Nguyễn Thị Hương',
          nameKm: 'ង្វៀន ធី ហឿង',
          sex: 'female',
          nationality: 'VN',
          birth: { exact: '2010-04-12', year: null, estimatedAge: null },
          address: { country: 'VN', provinceCode: 'vn-an-giang-2025', districtCode: null, communeCode: null, line: 'Ấp Ba Hòn' },
        },
        participation: { role: 'confirmed_victim', exploitationTypes: ['forced_labour'], healthStatus: 'good' },
      },
    ],
  });
  expect(created.ok).toBe(true);
  await page.getByRole('button', { name: 'Tải lại' }).click();
  await page.getByRole('link', { name: created.value.caseNumber }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(created.value.caseNumber) })).toBeVisible();
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await expectAccessible(page, 'case detail');

  await page.getByRole('button', { name: 'Danh sách hồ sơ' }).click();
  await page.getByRole('button', { name: 'Tạo hồ sơ mới' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Hồ sơ hồi hương mới' })).toBeVisible();
  await expectAccessible(page, 'new case form');
});
