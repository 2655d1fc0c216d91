import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { call, expectNoSidewaysScroll, settled, setUpQuickly } from './helpers.js';

/** Screenshots of the document and reference screens at 1366×768, for a person to look at (test-results/screens/docs-*.png). */
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/docs-${name}.png`, fullPage: false });

/** True once the bundled Khmer font is loaded and used (not a system fallback, not boxes). */
const khmerFontLoaded = (page: Page) =>
  page.evaluate(async () => (await document.fonts.load('16px "BLO Khmer"', 'ក្រុង')).length > 0 && document.fonts.check('16px "BLO Khmer"', 'ក្រុង'));

// The Verify page's screenshots are taken in documents.spec.ts, on a document printed with the print button.
test('screenshots of the labels tab and the reference tab', async ({ page, host }) => {
  test.setTimeout(180_000);
  await setUpQuickly(page, host.url);

  // The administrator's tabs.
  await page.getByRole('menuitem', { name: 'Quản trị' }).click();
  await page.getByRole('tab', { name: 'Nhãn văn bản' }).click();
  await expect(page.getByTestId('labels-summary')).toBeVisible();
  expect(await khmerFontLoaded(page)).toBe(true);
  await settled(page);
  // Issue 8, item 12: the labels table fits 1366 px; nothing scrolls sideways.
  await expectNoSidewaysScroll(page);
  const table = (await page.getByTestId('labels-table').boundingBox())!;
  expect(table.x + table.width, 'labels table right edge').toBeLessThanOrEqual(1366);
  await shot(page, 'labels');
  await page.getByRole('searchbox', { name: 'Tìm' }).fill('person');
  await page.getByRole('button', { name: 'Sửa person.childLegend' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await settled(page);
  await shot(page, 'labels-edit');
  await page.keyboard.press('Escape');

  // One retired term (arranged through the engine; documents.spec.ts retires one in the UI), to see how "Ngừng dùng" looks.
  const terms = await call(page, 'reference.list', { kind: 'vocabulary:means_of_control' });
  const threats = terms.value.find((item: { code: string }) => item.code === 'threats');
  const { data: _data, ...retired } = { ...threats, active: false };
  expect((await call(page, 'reference.save', retired)).ok).toBe(true);
  await page.getByRole('tab', { name: 'Danh mục' }).click();
  await expect(page.getByTestId('reference-table')).toContainText('gate-ha-tien');
  await settled(page);
  await shot(page, 'reference-gates');
  await page.getByRole('combobox', { name: 'Danh mục' }).click();
  await settled(page);
  await shot(page, 'reference-kinds');
  await page.getByRole('combobox', { name: 'Danh mục' }).fill('thủ đoạn');
  await page.getByRole('combobox', { name: 'Danh mục' }).press('Enter');
  await expect(page.getByTestId('reference-table')).toContainText('debt_bondage');
  await settled(page);
  await shot(page, 'reference-vocabulary');
  await page.getByRole('combobox', { name: 'Danh mục' }).fill('đơn vị hành chính');
  await page.getByRole('combobox', { name: 'Danh mục' }).press('Enter');
  await expect(page.getByTestId('reference-table')).toContainText('vn-kien-giang');
  await settled(page);
  await shot(page, 'reference-admin-units');
  await page.getByRole('button', { name: 'Sửa vn-kien-giang', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await settled(page);
  await shot(page, 'reference-edit');
});
