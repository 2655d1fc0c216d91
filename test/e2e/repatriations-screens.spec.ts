import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { call, expectInside, expectNoSidewaysScroll, pdfShown, PRINTING, settled, setUpQuickly } from './helpers.js';
import { choose, firstSignIn, groupListCsv, person, READY, typeDate, type Person } from './repatriations-helpers.js';

/** Screenshots of the repatriation screens at 1366×768, for a person to look at (test-results/screens/rep-*.png). */
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/rep-${name}.png`, fullPage: false });

const WORKER: Person = { username: 'canbo.thu', displayName: 'Võ Thị Thu', role: 'Cán bộ biên phòng', temporary: 'mật khẩu tạm thời 2026', own: 'đồng lúa Tri Tôn mùa gặt' };

test.use({ screenshot: 'only-on-failure' });

test('screenshots of the repatriation screens', async ({ page, host }) => {
  test.setTimeout(180_000);
  await setUpQuickly(page, host.url);
  expect(
    (
      await call(page, 'accounts.create', {
        username: WORKER.username,
        displayName: WORKER.displayName,
        rank: 'Thượng úy',
        position: 'Cán bộ',
        roles: ['officer', 'liaison', 'commander'],
        temporaryPassword: WORKER.temporary,
      })
    ).ok,
  ).toBe(true);
  await firstSignIn(page, WORKER);

  // A few cases in different stages (arranged through the engine: this test looks, it does not walk the flow).
  const base = {
    direction: 'receiving_from_kh',
    requestSource: 'kh_side',
    counterpartReference: 'KH-POL-2026/117',
    summary: 'Nhóm người Việt được giải cứu khỏi cơ sở lừa đảo trực tuyến ở Sihanoukville.',
  };
  const main = await call(page, 'repatriations.create', {
    fields: { ...base, requestedOn: '2026-03-02', ...READY },
    members: [
      person('Nguyễn Thị Hương', { exact: '1999-04-12' }, { nameKm: 'ង្វៀន ធី ហឿង' }),
      person('Đặng Văn Toàn', { year: 1990 }, { sex: 'male' }),
      person('Lê Thị Mai', { exact: '2010-08-30' }, { nameKm: 'លេ ធី ម៉ៃ' }),
      person('Trần Văn Bình', { exact: '2008-11-02' }, { sex: 'male' }),
    ],
  });
  expect(main.ok).toBe(true);
  const id = main.value.id as string;
  let version = main.value.version as number;
  for (const to of ['verifying', 'agreed', 'handed_over']) {
    const moved = await call(page, 'repatriations.move', { id, version, to, note: to === 'handed_over' ? 'Bàn giao tại cửa khẩu' : '' });
    version = moved.value.version;
  }
  await call(page, 'repatriations.create', {
    fields: { ...base, requestedOn: '2025-11-03', counterpartReference: 'KH-POL-2025/88' },
    members: [person('Phạm Thị Cúc', { exact: '2009-01-15' })],
  });
  await call(page, 'repatriations.create', {
    fields: { ...base, direction: 'handing_over_to_kh', requestSource: 'consular', requestedOn: '2026-02-10', gateCode: 'gate-tinh-bien' },
    members: [person('Sok Dara', { year: 1996 }, { nationality: 'KH', sex: 'male', nameKm: 'សុខ តារា' })],
  });
  await call(page, 'repatriations.create', {
    fields: { ...base, requestedOn: '2026-01-05', ...READY, agreedDate: '2026-01-20', handoverAt: null },
    members: [person('Hồ Thị Gấm', { year: 1994 })],
  });

  // List.
  await page.getByRole('menuitem', { name: 'Hồi hương nạn nhân' }).click();
  await page.getByRole('button', { name: 'Tải lại' }).click();
  await expect(page.getByTestId('case-table').getByRole('row', { name: /HH-2026-0001/ })).toBeVisible();
  // At 1366 px the whole list fits: no sideways scroll, every column header inside the table, the table inside the window.
  await expectNoSidewaysScroll(page);
  await expectInside(page.getByTestId('case-table'), 'viewport');
  for (const header of await page.getByTestId('case-table').locator('thead th').all()) await expectInside(header, page.getByTestId('case-table'));
  await shot(page, '01-list');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('nguyen thi huong');
  await expect(page.getByTestId('people-hits')).toContainText('Nguyễn Thị Hương');
  await expect(page.getByText('Tổng: 1 hồ sơ')).toBeVisible();
  await shot(page, '02-list-search');
  await page.getByRole('button', { name: 'Bỏ lọc' }).click();

  // Create form, with a person dialog showing the child badge.
  await page.keyboard.press('Control+n');
  await page.getByLabel('Số công văn phía bạn').fill('KH-POL-2026/140');
  await typeDate(page.getByLabel('Ngày nhận yêu cầu'), '16/03/2026');
  await page.getByLabel('Tóm tắt vụ việc').fill('Hai mẹ con được phía Campuchia giải cứu tại Kampot.');
  await page.getByTestId('add-person').click();
  const dialog = page.getByRole('dialog', { name: 'Thêm người vào hồ sơ' });
  await dialog.getByLabel('Họ và tên (tiếng Việt)').fill('Trương Thị Ngọc');
  await dialog.getByLabel('Tên tiếng Khmer').fill('ត្រឿង ធី ង៉ុក');
  await choose(page, dialog, 'Giới tính', 'Nữ');
  await dialog.locator('label.ant-radio-button-wrapper').filter({ hasText: 'Ngày đủ' }).click();
  await typeDate(dialog.getByLabel('Ngày sinh', { exact: true }), '14/02/2012');
  await expect(dialog.getByTestId('person-age')).toContainText('Trẻ em');
  await shot(page, '03-person-dialog-child');
  await dialog.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await expect(dialog).toBeHidden();
  await shot(page, '04-create-form');
  await page.getByRole('button', { name: 'Tạo hồ sơ' }).focus();
  await page.mouse.wheel(0, 700);
  await shot(page, '05-create-form-lower');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Bỏ thay đổi' }).click();

  // Detail.
  await page.goto(`${host.url}#/repatriations/${id}`);
  await expect(page.getByTestId('persons-table')).toContainText('Lê Thị Mai');
  await shot(page, '06-detail');
  await page.getByRole('tab', { name: /Hai đoàn/ }).click();
  await page.getByRole('tabpanel').getByText('សុខ សុភា').scrollIntoViewIfNeeded();
  await shot(page, '07-detail-delegations');

  // Import preview with errors.
  await page.getByRole('tab', { name: /Người/ }).click();
  await page.getByRole('button', { name: 'Nhập danh sách (CSV/Excel)' }).click();
  const importing = page.getByRole('dialog', { name: /Nhập danh sách người vào hồ sơ/ });
  const list = groupListCsv();
  // The first person of the case appears again in the list: offered for linking.
  const csv = `${list.csv}\r\n21,Nguyễn Thị Hương,ង្វៀន ធី ហឿង,Nữ,12/04/1999,"Kiên Lương, An Giang",`;
  await importing.getByTestId('import-file').setInputFiles({ name: 'danh-sach.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(importing.getByTestId('import-counts')).toContainText('2 có lỗi');
  await shot(page, '08-import-errors');
  await importing.getByRole('checkbox', { name: 'Chỉ hiện dòng cần xử lý' }).check();
  await shot(page, '09-import-problems-only');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Bỏ thay đổi' }).click();

  // Moving on without what the step needs.
  await page.goto(`${host.url}#/repatriations`);
  await page
    .getByTestId('case-table')
    .getByRole('row', { name: /HH-2026-0002/ })
    .click();
  await page.getByRole('button', { name: 'Chuyển sang: Đang xác minh' }).click();
  await page.getByLabel('Ghi chú (không bắt buộc)').press('Enter');
  await page.getByRole('button', { name: 'Chuyển sang: Đã thống nhất' }).click();
  await page.getByLabel('Ghi chú (không bắt buộc)').press('Enter');
  await expect(page.getByTestId('missing')).toBeVisible();
  await shot(page, '10-detail-missing');
  await page.getByTestId('fill-missing').click();
  await expect(page.locator('.ant-form-item-explain-error').first()).toBeVisible();
  await settled(page);
  await shot(page, '11-edit-missing-fields');
  await page.keyboard.press('Escape');

  // Print preview.
  await page.goto(`${host.url}#/repatriations/${id}`);
  await page.getByTestId('print-minutes').click();
  await expect(page.getByTestId('print-number')).toBeVisible(PRINTING);
  await pdfShown(page);
  await shot(page, '12-print-preview');
  await page.keyboard.press('Escape');
  await page.getByTestId('print-minutes').click();
  await expect(page.getByTestId('print-copy')).toBeVisible();
  await pdfShown(page);
  await shot(page, '13-print-preview-copy');
  await page.keyboard.press('Escape');

  // Stale save.
  await page.goto(`${host.url}#/repatriations/${id}/edit`);
  await expect(page.getByLabel('Tóm tắt vụ việc')).toBeVisible();
  const current = await call(page, 'repatriations.get', { id });
  await call(page, 'repatriations.update', {
    id,
    version: current.value.version,
    fields: { ...base, requestedOn: '2026-03-02', ...READY, healthSummary: 'Cả nhóm sức khỏe ổn định.' },
    amendmentReason: '',
  });
  await page.getByLabel('Tóm tắt vụ việc').fill('Một người cần theo dõi huyết áp sau khi về.');
  await page.getByLabel('Tóm tắt vụ việc').press('Control+s');
  await expect(page.getByTestId('conflict-notice')).toBeVisible();
  await shot(page, '14-conflict');

  // English list.
  await page
    .getByTestId('conflict-notice')
    .getByRole('button', { name: /Tải bản của họ/ })
    .click();
  await page.goto(`${host.url}#/repatriations`);
  await page.getByLabel('Ngôn ngữ').click();
  await page.getByTitle('English').click();
  await expect(page.getByRole('heading', { name: 'Repatriation of trafficking victims' })).toBeVisible();
  await shot(page, '15-en-list');
  await page
    .getByTestId('case-table')
    .getByRole('row', { name: /HH-2026-0001/ })
    .click();
  await expect(page.getByTestId('persons-table')).toContainText('Child');
  await expect(page.locator('.rep-facts')).toContainText('Car');
  await shot(page, '16-en-detail');
});
