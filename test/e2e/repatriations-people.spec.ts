import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { call, setUpQuickly } from './helpers.js';
import { choose, createAccount, firstSignIn, OFFICER, typeDate } from './repatriations-helpers.js';

const SHOTS = '/tmp/shots-people-import';
const TOO_LONG = `${'Nguyễn Thị Hương '.repeat(12)}Lan`.slice(0, 200);

/** The message antd shows under a form field (the field found by its label; the inner locator is relative to the form item). */
const errorBeside = (dialog: Locator, label: string) =>
  dialog
    .locator('.ant-form-item')
    .filter({ has: dialog.page().getByLabel(label, { exact: true }) })
    .locator('.ant-form-item-explain-error');

async function chooseBirthMode(dialog: Locator, mode: string) {
  await dialog.locator('label.ant-radio-button-wrapper').filter({ hasText: mode }).click();
  await expect(dialog.getByRole('radio', { name: mode })).toBeChecked();
}

/**
 * Every header cell of the import table ends inside the table's visible width, and nothing scrolls sideways.
 * Measured in one frame: the dialog may still be zooming in, and boxes read at different moments of that
 * animation would not compare.
 */
async function expectNoSidewaysScroll(table: Locator) {
  const settled = (root: Element) => {
    const modal = root.closest('.ant-modal')!;
    return !/zoom/.test(modal.className);
  };
  await expect.poll(() => table.evaluate(settled)).toBe(true);
  const layout = await table.evaluate((root) => {
    const right = root.querySelector('.ant-table-container')!.getBoundingClientRect().right;
    const scroller = root.querySelector('.ant-table-body, .ant-table-content')!;
    return {
      right,
      cells: [...root.querySelectorAll<HTMLElement>('thead th')].map((cell) => ({ name: cell.innerText, right: cell.getBoundingClientRect().right })),
      overflow: scroller.scrollWidth - scroller.clientWidth,
    };
  });
  for (const cell of layout.cells) expect(cell.right, `column "${cell.name}"`).toBeLessThanOrEqual(layout.right + 1);
  expect(layout.overflow).toBeLessThanOrEqual(0);
}

async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

test.use({ screenshot: 'only-on-failure' });

test('an officer adds people with unknown or wrong birth data and imports a list that fits the screen', async ({ page, host }) => {
  test.setTimeout(600_000); // the shared machine can be slow; the steps wait on conditions, never on time
  // On a loaded shared machine the first parse of the bundle can outlast the helper's wait: load it once first.
  await page.goto(host.url);
  await expect(page.getByRole('heading').first()).toBeVisible({ timeout: 60_000 });
  await setUpQuickly(page, host.url);
  await createAccount(page, OFFICER);
  await firstSignIn(page, OFFICER);

  await page.getByRole('menuitem', { name: 'Hồi hương nạn nhân' }).click();
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('heading', { name: 'Hồ sơ hồi hương mới' })).toBeVisible();
  await typeDate(page.getByLabel('Ngày nhận yêu cầu'), '02/03/2026');

  // Item 1: only a name, birth left at its default "Chưa rõ": the person is added.
  await page.getByTestId('add-person').click();
  let dialog = page.getByRole('dialog', { name: 'Thêm người vào hồ sơ' });
  await expect(dialog.getByRole('radio', { name: 'Chưa rõ' })).toBeChecked();
  await dialog.getByLabel('Họ và tên (tiếng Việt)').fill('Không Rõ Ngày Sinh');
  await dialog.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('member-table')).toContainText('Không Rõ Ngày Sinh');

  // Item 5: a 200-character name is refused beside the field, and nothing typed is cut.
  await page.getByTestId('add-person').click();
  dialog = page.getByRole('dialog', { name: 'Thêm người vào hồ sơ' });
  const name = dialog.getByLabel('Họ và tên (tiếng Việt)');
  await name.fill(TOO_LONG);
  await dialog.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await expect(errorBeside(dialog, 'Họ và tên (tiếng Việt)')).toHaveText('Tối đa 120 ký tự (đang có 200). Hãy rút gọn; không có gì bị cắt bớt.');
  await expect(name).toHaveValue(TOO_LONG);
  await page.screenshot({ path: `${SHOTS}/person-long-name-vi.png` });
  await name.fill('Trần Thị Tương Lai');

  // Item 4: a birth date or year after the event date (02/03/2026) is refused beside its field.
  await chooseBirthMode(dialog, 'Ngày đủ');
  await typeDate(dialog.getByLabel('Ngày sinh', { exact: true }), '15/06/2030');
  await dialog.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await expect(errorBeside(dialog, 'Ngày sinh')).toHaveText('Ngày sinh 15/06/2030 sau ngày sự việc 02/03/2026.');
  await page.screenshot({ path: `${SHOTS}/person-future-birth-vi.png` });
  await chooseBirthMode(dialog, 'Chỉ năm');
  await dialog.getByLabel('Năm sinh').fill('2031');
  await dialog.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await expect(errorBeside(dialog, 'Năm sinh')).toHaveText('Năm sinh 2031 sau ngày sự việc 02/03/2026.');

  // Item 19: an estimated age of 1995 stays 1995 and is refused beside the field (never capped at 120).
  await chooseBirthMode(dialog, 'Tuổi ước tính');
  const estimated = dialog.getByLabel('Khoảng bao nhiêu tuổi (ngày 02/03/2026)');
  await estimated.fill('1995');
  await estimated.press('Tab');
  await expect(estimated).toHaveValue('1995');
  await dialog.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await expect(errorBeside(dialog, 'Khoảng bao nhiêu tuổi (ngày 02/03/2026)')).toHaveText('Giá trị tối đa là 120.');
  await expect(estimated).toHaveValue('1995');

  await chooseBirthMode(dialog, 'Ngày đủ');
  await typeDate(dialog.getByLabel('Ngày sinh', { exact: true }), '12/04/1999');
  await dialog.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Tạo hồ sơ' }).click();
  await expect(page.getByRole('heading', { name: /HH-2026-0001/ })).toBeVisible();
  const caseId = /#\/repatriations\/([0-9a-f-]{36})/.exec(page.url())![1];

  // Item 8: a wide list (every column of the template and a row number) fits 1366 px with its errors in view.
  const lines = [
    'STT,Họ và tên / គោត្តនាម និងនាម / Full name,Tên tiếng Khmer / ឈ្មោះខ្មែរ / Khmer name,Tên Latin / ឈ្មោះឡាតាំង / Latin name,Tên khác / ឈ្មោះហៅក្រៅ / Other names,Giới tính / ភេទ / Sex,Ngày sinh / ថ្ងៃខែឆ្នាំកំណើត / Date of birth,Quốc tịch / សញ្ជាតិ / Nationality,Địa chỉ / អាសយដ្ឋាន / Address,Số giấy tờ / លេខឯកសារ / ID number,Ghi chú / កំណត់សម្គាល់ / Remarks',
    '1,Sok Dara,សុខ តារា,Sok Dara,Dara,Nam,15/06/2030,Campuchia,"Phum Prek Chak, Kampot",KH-0123,',
    '2,Trần Thị Tương Lai,,,,Nữ,12/04/1999,,"Ấp Ba Hòn, Kiên Lương, An Giang",,đã có trong hồ sơ',
    '3,Lý Văn Minh,,,,Nam,2007,,"Cao Lãnh, Đồng Tháp",079207001234,',
  ];
  await page.getByRole('button', { name: 'Nhập danh sách (CSV/Excel)' }).click();
  const importing = page.getByRole('dialog', { name: /Nhập danh sách người vào hồ sơ/ });
  const template = await download(page, importing.getByRole('button', { name: 'Mẫu Excel', exact: true }));
  expect(template.name).toBe('mau-danh-sach-nguoi.xlsx');
  expect(template.bytes.subarray(0, 2).toString()).toBe('PK');
  await importing.getByTestId('import-file').setInputFiles({ name: 'danh-sach.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n')) });
  await expect(importing.getByTestId('import-counts')).toHaveText('3 dòng: 2 hợp lệ, 1 có lỗi, 0 bỏ qua');
  const birthError = importing.getByText('Ngày sinh 15/06/2030 sau ngày sự việc 02/03/2026.');
  await expect(birthError).toBeInViewport();
  const table = importing.getByTestId('import-table');
  await expectNoSidewaysScroll(table);
  const errorBox = (await birthError.boundingBox())!;
  const containerBox = (await table.locator('.ant-table-container').boundingBox())!;
  expect(errorBox.x + errorBox.width).toBeLessThanOrEqual(containerBox.x + containerBox.width);
  // Rows stay compact: a valid row is at most two text lines high.
  expect((await importing.getByRole('row', { name: /Lý Văn Minh/ }).boundingBox())!.height).toBeLessThanOrEqual(64);
  await page.screenshot({ path: `${SHOTS}/import-preview-vi.png` });

  // The person already in this case is named, never offered "Liên kết".
  const again = importing.getByRole('row', { name: /Trần Thị Tương Lai/ });
  await expect(again).toContainText('Đã có trong hồ sơ này: Trần Thị Tương Lai (12/04/1999)');
  await expect(again.getByRole('radio', { name: /^Liên kết/ })).toHaveCount(0);
  await again.getByRole('button', { name: 'Bỏ dòng 3' }).click();
  await importing.getByLabel(/^Ngày sinh .*, dòng 2$/).fill('15/06/2010');
  await importing.getByTestId('recheck').click();
  await expect(importing.getByTestId('import-counts')).toHaveText('3 dòng: 2 hợp lệ, 0 có lỗi, 1 bỏ qua');
  await importing.getByRole('button', { name: 'Thêm 2 người' }).click();
  await expect(importing).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Người (4)' })).toBeVisible();

  // The nationality column is used; a row without one takes the batch default (Việt Nam when receiving).
  const stored = await call(page, 'repatriations.get', { id: caseId });
  const nationalities = Object.fromEntries(stored.value.members.map((m: { person: { fullNameVi: string; nationality: string } }) => [m.person.fullNameVi, m.person.nationality]));
  expect(nationalities).toMatchObject({ 'Sok Dara': 'KH', 'Lý Văn Minh': 'VN' });

  // Round trip: the exported person list reads back in the import preview without errors.
  const exported = await download(page, page.getByTestId('export-people'));
  expect(exported.name).toBe('HH-2026-0001-danh-sach-nguoi.xlsx');
  await page.getByRole('button', { name: 'Nhập danh sách (CSV/Excel)' }).click();
  await importing
    .getByTestId('import-file')
    .setInputFiles({ name: exported.name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: exported.bytes });
  await expect(importing.getByTestId('import-counts')).toHaveText('4 dòng: 4 hợp lệ, 0 có lỗi, 0 bỏ qua');
  await expectNoSidewaysScroll(table);
  await expect(importing.getByText(/^Đã có trong hồ sơ này: Sok Dara/)).toBeVisible();

  // The same preview in English fits too (and is looked at by eye).
  await importing.getByRole('button', { name: 'Hủy' }).click();
  await page.getByRole('button', { name: 'Bỏ thay đổi' }).click();
  await expect(importing).toBeHidden();
  await choose(page, page, 'Ngôn ngữ', 'English');
  await page.getByRole('button', { name: 'Import list (CSV/Excel)' }).click();
  const english = page.getByRole('dialog', { name: /Import a list of persons into case/ });
  await english.getByTestId('import-file').setInputFiles({ name: 'danh-sach.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n')) });
  await expect(english.getByTestId('import-counts')).toHaveText('3 rows: 2 valid, 1 with errors, 0 dropped');
  await expect(english.getByText('Birth date 15/06/2030 is after the event date 02/03/2026.')).toBeInViewport();
  await expectNoSidewaysScroll(english.getByTestId('import-table'));
  await page.screenshot({ path: `${SHOTS}/import-preview-en.png` });
});
