import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { ADMIN, pdfShown, PRINTING, setUpQuickly, signInAs } from './helpers.js';
import { choose, COMMANDER, createAccount, firstSignIn, groupListCsv, LIAISON, OFFICER, switchTo, typeDate } from './repatriations-helpers.js';

/**
 * The form's save button. antd can leave its loading spinner in a half-finished leave animation after a save,
 * which makes the accessible name "loading Lưu" for a while; the button itself is ready.
 */
const SAVE = /^(loading )?Lưu$/;

/** The three persons typed by hand: an adult with a Khmer name, an adult known by year only, and a child. */
const BY_FORM = [
  { name: 'Nguyễn Thị Hương', km: 'ង្វៀន ធី ហឿង', sex: 'Nữ', mode: 'Ngày đủ', birth: '12/04/1999', child: false },
  { name: 'Đặng Văn Toàn', km: '', sex: 'Nam', mode: 'Chỉ năm', birth: '1990', child: false },
  { name: 'Lê Thị Mai', km: 'លេ ធី ម៉ៃ', sex: 'Nữ', mode: 'Ngày đủ', birth: '30/08/2010', child: true },
];

async function addPersonByForm(page: Page, person: (typeof BY_FORM)[number]) {
  await page.getByTestId('add-person').click();
  const dialog = page.getByRole('dialog', { name: 'Thêm người vào hồ sơ' });
  await dialog.getByLabel('Họ và tên (tiếng Việt)').fill(person.name);
  if (person.km) await dialog.getByLabel('Tên tiếng Khmer').fill(person.km);
  await choose(page, dialog, 'Giới tính', person.sex);
  await dialog.locator('label.ant-radio-button-wrapper').filter({ hasText: person.mode }).click();
  await expect(dialog.getByRole('radio', { name: person.mode })).toBeChecked();
  if (person.mode === 'Ngày đủ') await typeDate(dialog.getByLabel('Ngày sinh', { exact: true }), person.birth);
  else await dialog.getByLabel('Năm sinh').fill(person.birth);
  await choose(page, dialog, 'Vai trò trong vụ việc', 'Nạn nhân');
  // The child badge is computed live from the birth and the event date.
  if (person.child) await expect(dialog.getByTestId('person-age')).toContainText('Trẻ em');
  else await expect(dialog.getByTestId('person-age')).toContainText('Người lớn');
  await dialog.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('member-table')).toContainText(person.name);
}

/** Keyboard first: the note field has the focus, Enter moves the case. */
async function moveTo(page: Page, stage: string, note = '') {
  await page.getByRole('button', { name: `Chuyển sang: ${stage}` }).click();
  const dialog = page.getByRole('dialog', { name: `Chuyển hồ sơ sang bước “${stage}”` });
  const field = dialog.getByLabel('Ghi chú (không bắt buộc)');
  await expect(field).toBeFocused();
  if (note) await field.fill(note);
  await field.press('Enter');
  await expect(dialog).toBeHidden();
}

test.use({ screenshot: 'only-on-failure' });

test('a repatriation from request to printed minutes, as the office would work it', async ({ page, host, browser }) => {
  test.setTimeout(480_000); // the whole office journey: four people, 23 persons, a print and the audit log
  page.on('pageerror', (error) => console.log('PAGE ERROR', error.message, error.stack));
  // The vault is arranged (a copy of the run's set-up office); the administrator's day starts at the sign-in screen.
  await setUpQuickly(page, host.url);

  // The administrator creates a border officer, a commander and a liaison officer; each sets their password.
  for (const person of [OFFICER, COMMANDER, LIAISON]) await createAccount(page, person);
  for (const person of [COMMANDER, LIAISON, OFFICER]) await firstSignIn(page, person);

  // The officer creates a case receiving three persons, typed by hand.
  await page.getByRole('menuitem', { name: 'Hồi hương nạn nhân' }).click();
  await expect(page.getByRole('heading', { name: 'Hồi hương nạn nhân bị mua bán' })).toBeVisible();
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('heading', { name: 'Hồ sơ hồi hương mới' })).toBeVisible();
  await page.getByLabel('Số công văn phía bạn').fill('KH-POL-2026/117');
  await typeDate(page.getByLabel('Ngày nhận yêu cầu'), '02/03/2026');
  await expect(page.getByText('Để trống: tự tính 30 ngày làm việc → 13/04/2026')).toBeVisible();
  await page.getByLabel('Tóm tắt vụ việc').fill('Nhóm người Việt được giải cứu khỏi cơ sở lừa đảo trực tuyến ở Sihanoukville.');
  for (const person of BY_FORM) await addPersonByForm(page, person);
  await expect(page.getByTestId('member-table').getByRole('row', { name: /Lê Thị Mai/ })).toContainText('Trẻ em');
  await page.getByRole('button', { name: 'Tạo hồ sơ' }).click();

  await expect(page.getByRole('heading', { name: /HH-2026-0001/ })).toBeVisible();
  const caseId = /#\/repatriations\/([0-9a-f-]{36})/.exec(page.url())![1];
  const persons = page.getByTestId('persons-table');
  await expect(persons.getByRole('row')).toHaveCount(4); // header + 3
  await expect(persons.getByRole('row', { name: /Lê Thị Mai/ })).toContainText('Trẻ em');
  await expect(persons.getByRole('row', { name: /Nguyễn Thị Hương/ })).not.toContainText('Trẻ em');

  // Twenty more from the other side's list; two rows are wrong, shown, corrected in the preview, then added.
  const list = groupListCsv();
  await page.getByRole('button', { name: 'Nhập danh sách (CSV/Excel)' }).click();
  const importing = page.getByRole('dialog', { name: /Nhập danh sách người vào hồ sơ/ });
  await importing.getByTestId('import-file').setInputFiles({ name: 'danh-sach-20.csv', mimeType: 'text/csv', buffer: Buffer.from(list.csv) });
  await expect(importing.getByTestId('import-counts')).toHaveText('20 dòng: 18 hợp lệ, 2 có lỗi, 0 bỏ qua');
  await expect(importing.getByText('Không đọc được ngày sinh "31/02/2001"', { exact: false })).toBeVisible();
  await expect(importing.getByText('Không hiểu giới tính "X"', { exact: false })).toBeVisible();
  await expect(importing.getByRole('row', { name: /Phạm Thị Cúc/ })).toContainText('Có lỗi');
  await expect(importing.getByTestId('import-add')).toBeDisabled();
  await importing.getByLabel('Ngày sinh, dòng 3').fill('28/02/2001');
  await importing.getByLabel('Giới tính, dòng 4').fill('Nam');
  await importing.getByTestId('recheck').click();
  await expect(importing.getByTestId('import-counts')).toHaveText('20 dòng: 20 hợp lệ, 0 có lỗi, 0 bỏ qua');
  await expect(importing.getByRole('row', { name: /Phạm Thị Cúc/ })).toContainText('Hợp lệ');
  await importing.getByRole('button', { name: 'Thêm 20 người' }).click();
  await expect(importing).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Người (23)' })).toBeVisible();
  await expect(persons.getByRole('row', { name: /Đặng Văn Sơn/ })).toContainText('Trẻ em');

  // Moving on: the engine says what is missing, beside the fields, and the officer fills it in.
  await moveTo(page, 'Đang xác minh');
  await expect(page.locator('.rep-case-tags')).toContainText('Đang xác minh');
  await moveTo(page, 'Đã thống nhất');
  const missing = page.getByTestId('missing');
  await expect(missing).toContainText('Cần ghi ngày bàn giao đã thống nhất.');
  await expect(missing).toContainText('Cần chọn cửa khẩu bàn giao.');
  await expect(missing).toContainText('Cần chọn phương tiện.');
  await page.getByTestId('fill-missing').click();
  await expect(page.getByRole('heading', { name: 'Sửa hồ sơ HH-2026-0001' })).toBeVisible();
  await expect(page.locator('.ant-form-item-explain-error').filter({ hasText: 'Cần chọn cửa khẩu bàn giao.' })).toBeVisible();
  await typeDate(page.getByLabel('Ngày bàn giao thống nhất'), '20/03/2026');
  await choose(page, page, 'Cửa khẩu', 'Cửa khẩu quốc tế Hà Tiên – Prek Chak');
  await choose(page, page, 'Phương tiện', 'Ô tô');
  await typeDate(page.getByLabel('Thời điểm bàn giao'), '20/03/2026 09:30');
  await page.getByLabel('Địa điểm bàn giao').fill('Nhà liên hợp cửa khẩu quốc tế Hà Tiên');
  await page.getByRole('checkbox', { name: 'Đã đối chiếu danh sách, điểm danh' }).check();
  await page.getByRole('checkbox', { name: 'Đã kiểm tra hồ sơ phía bạn chuyển giao' }).check();
  await page.getByRole('button', { name: 'Thêm người phía Việt Nam' }).click();
  const vn = page.getByRole('group', { name: 'Thành viên đoàn 1' });
  await vn.getByLabel('Họ và tên').fill('Trần Văn Quản');
  await vn.getByLabel('Cấp bậc').fill('Thiếu tá');
  await vn.getByLabel('Chức vụ').fill('Trưởng văn phòng');
  await vn.getByLabel('Cơ quan').fill('VPLL Hà Tiên');
  await vn.getByRole('checkbox', { name: 'Trưởng đoàn' }).check();
  await page.getByRole('button', { name: 'Thêm người phía Campuchia' }).click();
  const kh = page.getByRole('group', { name: 'Thành viên đoàn 2' });
  await kh.getByLabel('Họ và tên').fill('សុខ សុភា');
  await kh.getByLabel('Cấp bậc').fill('វរសេនីយ៍ទោ');
  await kh.getByLabel('Cơ quan').fill('BLO Prek Chak');
  await kh.getByRole('checkbox', { name: 'Trưởng đoàn' }).check();
  await page.getByRole('button', { name: SAVE }).click();
  await expect(page.getByRole('heading', { name: /HH-2026-0001/ })).toBeVisible();
  await moveTo(page, 'Đã thống nhất');
  await expect(page.locator('.rep-case-tags')).toContainText('Đã thống nhất');
  await moveTo(page, 'Đã bàn giao, tiếp nhận', 'Bàn giao tại cửa khẩu Hà Tiên');
  await expect(page.locator('.rep-case-tags')).toContainText('Đã bàn giao, tiếp nhận');
  await page.getByRole('tab', { name: /Lịch sử/ }).click();
  await expect(page.getByRole('tabpanel').getByRole('row').filter({ hasText: OFFICER.displayName })).toHaveCount(4);

  // Search ignores Vietnamese diacritics.
  await page.getByRole('button', { name: /Danh sách hồ sơ/ }).click();
  await page.keyboard.press('Control+k');
  await expect(page.getByLabel('Tìm người hoặc số hồ sơ (Ctrl+K)')).toBeFocused();
  await page.keyboard.type('nguyen thi huong');
  await expect(page.getByTestId('people-hits')).toContainText('Nguyễn Thị Hương');
  await expect(page.getByTestId('case-table').getByRole('row', { name: /HH-2026-0001/ })).toBeVisible();
  await expect(page.getByText('Tổng: 1 hồ sơ')).toBeVisible();

  // A stale save, two people at one office PC. The officer opens the case's form and types, then locks the screen
  // (Ctrl+L) to step away: her unsaved form is sealed and held for her.
  await page
    .getByTestId('case-table')
    .getByRole('row', { name: /HH-2026-0001/ })
    .click();
  await page.getByTestId('edit-case').click();
  await expect(page.getByRole('heading', { name: 'Sửa hồ sơ HH-2026-0001' })).toBeVisible();
  const mine = 'Một người cần theo dõi huyết áp sau khi về.';
  await page.getByLabel('Tóm tắt vụ việc').fill(mine);
  await page.keyboard.press('Control+l');
  await expect(page.getByTestId('lock-screen').getByTestId('held-drafts-note')).toBeVisible();
  // The liaison officer, in a browser of her own, signs in, edits the same case and saves; she leaves signed in.
  const liaisonContext = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
  const liaison = await liaisonContext.newPage();
  await liaison.goto(host.url);
  await signInAs(liaison, { username: LIAISON.username, displayName: LIAISON.displayName, password: LIAISON.own });
  await liaison.getByRole('menuitem', { name: 'Hồi hương nạn nhân' }).click();
  await liaison
    .getByTestId('case-table')
    .getByRole('row', { name: /HH-2026-0001/ })
    .click();
  await liaison.getByTestId('edit-case').click();
  await liaison.getByLabel('Tình trạng sức khỏe khi bàn giao').fill('Cả nhóm sức khỏe ổn định.');
  await liaison.getByRole('button', { name: SAVE }).click();
  await expect(liaison.getByTestId('persons-table')).toContainText('Nguyễn Thị Hương');
  await liaisonContext.close();
  // The officer comes back to her window and signs in on the lock screen; her form is offered back as she left it.
  const lock = page.getByTestId('lock-screen');
  await lock.getByLabel('Tên đăng nhập').fill(OFFICER.username);
  await lock.getByLabel('Mật khẩu', { exact: true }).fill(OFFICER.own);
  await lock.getByLabel('Mật khẩu', { exact: true }).press('Enter');
  await expect(page.getByTestId('signed-in-person')).toContainText(OFFICER.displayName);
  const held = page.getByTestId('banner-held-draft');
  await held.getByRole('button', { name: 'Mở lại' }).click();
  await expect(page.getByRole('heading', { name: 'Sửa hồ sơ HH-2026-0001' })).toBeVisible();
  await expect(page.getByLabel('Tóm tắt vụ việc')).toHaveValue(mine);
  // Her save is refused as stale: who changed it and what, and what she typed stays.
  await page.getByLabel('Tóm tắt vụ việc').press('Control+s');
  const conflict = page.getByTestId('conflict-notice');
  await expect(conflict).toContainText(`${LIAISON.displayName} đã lưu hồ sơ này`);
  await expect(conflict).toContainText('Tình trạng sức khỏe khi bàn giao');
  await expect(page.getByLabel('Tóm tắt vụ việc')).toHaveValue(mine);
  await conflict.getByRole('button', { name: 'Tải bản của họ (bỏ thay đổi của tôi)' }).click();
  await expect(page.getByLabel('Tình trạng sức khỏe khi bàn giao')).toHaveValue('Cả nhóm sức khỏe ổn định.');
  await page.getByLabel('Tóm tắt vụ việc').fill(mine);
  await page.getByRole('button', { name: SAVE }).click();
  await expect(page.getByRole('heading', { name: /HH-2026-0001/ })).toBeVisible();
  await expect(page.locator('.rep-facts')).toContainText(mine);

  // The commander approves.
  await switchTo(page, COMMANDER.username, COMMANDER.own, COMMANDER.displayName);
  await page.getByRole('menuitem', { name: 'Hồi hương nạn nhân' }).click();
  await page
    .getByTestId('case-table')
    .getByRole('row', { name: /HH-2026-0001/ })
    .click();
  await page.getByTestId('approve').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Phê duyệt' }).click();
  await expect(page.locator('.rep-case-tags')).toContainText('Đã phê duyệt');

  // The liaison officer prints the minutes; the PDF holds every name and the Khmer labels.
  await switchTo(page, LIAISON.username, LIAISON.own, LIAISON.displayName);
  await page.getByRole('menuitem', { name: 'Hồi hương nạn nhân' }).click();
  await page
    .getByTestId('case-table')
    .getByRole('row', { name: /HH-2026-0001/ })
    .click();
  await page.getByTestId('print-minutes').click();
  const preview = page.getByRole('dialog', { name: /Biên bản giao, nhận nạn nhân/ });
  await expect(preview.getByTestId('print-number')).toHaveText('01/BB-VPLL-HT', PRINTING);
  await expect(preview.getByTestId('print-copy')).toHaveCount(0);
  await pdfShown(page); // the save link points at the PDF only once it is made
  const [download] = await Promise.all([page.waitForEvent('download'), preview.getByTestId('save-pdf').click()]);
  const pdf = readFileSync(await download.path());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');
  for (const name of [...BY_FORM.map((p) => p.name), ...list.names]) expect(text, name).toContain(name);
  for (const label of ['ព្រះរាជាណាចក្រកម្ពុជា', 'ង្វៀន ធី ហឿង', 'សុខ សុភា', '01/BB-VPLL-HT']) expect(text, label).toContain(label);
  await preview.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
  await page.getByRole('tab', { name: /Văn bản đã cấp số/ }).click();
  await expect(page.getByTestId('issued-documents')).toContainText('01/BB-VPLL-HT');
  // A second print is a copy with the same number.
  await page.getByTestId('print-minutes').click();
  await expect(preview.getByTestId('print-copy')).toHaveText('BẢN SAO');
  await expect(preview.getByTestId('print-number')).toHaveText('01/BB-VPLL-HT');
  await preview.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();

  // The audit log shows the record was opened.
  await switchTo(page, ADMIN.username, ADMIN.password, ADMIN.displayName);
  await page.getByRole('menuitem', { name: 'Nhật ký' }).click();
  await page.getByLabel('Mã bản ghi').fill(caseId);
  await page.getByRole('button', { name: 'Lọc', exact: true }).click();
  const audit = page.getByTestId('audit-table');
  await expect(audit.locator('[title="repatriation.view"]').first()).toBeVisible();
  await expect(
    audit
      .getByRole('row')
      .filter({ has: page.locator('[title="repatriation.view"]') })
      .filter({ hasText: COMMANDER.displayName })
      .first(),
  ).toBeVisible();
});
