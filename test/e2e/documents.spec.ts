import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { BASE_FIELDS, HANDOVER_READY, THREE_PERSONS } from '../support/repatriations.js';
import { expect, test } from './fixtures.js';
import { ADMIN, call, expectInside, expectNoSidewaysScroll, pdfShown, PRINTING, setUpQuickly, signIn, signInAs, signOut } from './helpers.js';

/** Screenshots of the Verify page, for a person to look at (test-results/screens/docs-verify-*.png). */
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/docs-${name}.png`, fullPage: false });

const LIAISON = { username: 'lienlac.hoa', displayName: 'Phạm Thị Hòa', temporary: 'mật khẩu tạm thời 2026', own: 'cá linh về đầy đồng mùa nước' };

const today = () => {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
};

/** The liaison officer's account, arranged through the engine; the person signs in through the UI (changing the temporary password). */
async function liaisonSignedIn(page: Page) {
  const created = await call(page, 'accounts.create', {
    username: LIAISON.username,
    displayName: LIAISON.displayName,
    rank: 'Đại úy',
    position: 'Cán bộ liên lạc',
    roles: ['liaison'],
    temporaryPassword: LIAISON.temporary,
  });
  expect(created.ok).toBe(true);
  await signOut(page);
  await signInAs(page, { username: LIAISON.username, displayName: LIAISON.displayName, temporary: LIAISON.temporary, password: LIAISON.own });
}

/** A case with these facts and three persons (arranged through the engine), opened from the list; resolves its number. */
async function openNewCase(page: Page, fields: object) {
  const created = await call(page, 'repatriations.create', { fields, members: THREE_PERSONS });
  expect(created.ok, JSON.stringify(created.error)).toBe(true);
  const caseNumber = (created.value as { caseNumber: string }).caseNumber;
  await page.getByRole('menuitem', { name: 'Hồi hương nạn nhân' }).click();
  await page
    .getByTestId('case-table')
    .getByRole('row', { name: new RegExp(caseNumber) })
    .click();
  return caseNumber;
}

/**
 * A liaison officer signs in through the UI (changing the temporary password), opens a case through the menu and
 * the list, and prints it with the print button; the number is read from the preview and the check code from the
 * saved PDF, as a person reads it off the paper. (The account and the case are arranged through the engine.)
 */
async function issueAsLiaison(page: Page) {
  await liaisonSignedIn(page);
  await openNewCase(page, { ...BASE_FIELDS, ...HANDOVER_READY });
  await page.getByTestId('print-minutes').click();
  const preview = page.getByRole('dialog', { name: /Biên bản giao, nhận nạn nhân/ });
  await expect(preview.getByTestId('print-number')).toHaveText(/^\d+\/BB-VPLL-HT$/, PRINTING);
  const number = (await preview.getByTestId('print-number').textContent())!;
  await expect(preview.getByTestId('print-copy')).toHaveCount(0);
  await pdfShown(page);
  // At 1366×768 the preview, its PDF and every button lie inside the window, and nothing scrolls sideways.
  await expectInside(preview, 'viewport');
  await expectInside(preview.getByTestId('pdf-frame'), preview);
  const footer = preview.locator('.ant-modal-footer');
  for (const button of [footer.getByRole('button', { name: 'Đóng' }), preview.getByTestId('save-pdf'), footer.getByRole('button', { name: 'In', exact: true })]) {
    await expect(button).toBeVisible();
    await expectInside(button, 'viewport');
  }
  await expectNoSidewaysScroll(page);

  const [download] = await Promise.all([page.waitForEvent('download'), preview.getByTestId('save-pdf').click()]);
  const text = execFileSync('pdftotext', ['-', '-'], { input: readFileSync(await download.path()), encoding: 'utf8' }).replace(/\s+/g, ' ');
  const code = /Mã kiểm tra\W*((?:[0-9a-f]{4} ){3}[0-9a-f]{4})/.exec(text)?.[1];
  expect(code, text.slice(-600)).toBeDefined();
  await preview.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
  await expect(preview).toBeHidden();
  return { number, code: code! };
}

test('a printed document is found in the register; an altered check code is not; an administrator corrects a Khmer label and a gate name', async ({ page, host }) => {
  test.setTimeout(300_000); // four sign-ins (argon2) and a print on a shared machine
  await setUpQuickly(page, host.url);
  const { number, code } = await issueAsLiaison(page);
  expect(number).toMatch(/^\d+\/BB-VPLL-HT$/);

  // The liaison officer checks the paper copy on the Verify page, keyboard only.
  await page.getByRole('menuitem', { name: 'Kiểm tra văn bản' }).click();
  await expect(page.getByRole('heading', { name: 'Kiểm tra văn bản đã cấp' })).toBeVisible();
  const numberField = page.getByLabel('Số văn bản');
  const hashField = page.getByLabel('Mã kiểm tra (in dưới mã QR)');
  const verdict = page.getByTestId('verify-verdict');
  await numberField.fill(number);
  await hashField.fill(code);
  await hashField.press('Enter');
  await expect(verdict.locator('.verify-verdict')).toHaveText(`✓ Có trong sổ đăng ký — Biên bản giao nhận nạn nhân, cấp ngày ${today()} bởi ${LIAISON.displayName}`);
  await expect(verdict).toHaveClass(/found/);
  await expect(verdict).toContainText(code.replace(/ /g, '')); // the full hash, of which the paper shows the start
  await shot(page, 'verify-found');

  // One digit changed (as a forger would): refused, in words.
  const altered = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
  await hashField.fill(altered);
  await expect(verdict).toBeHidden(); // the old answer never stays beside a changed code
  await hashField.press('Enter');
  await expect(verdict).toContainText('Không tìm thấy: số hoặc mã kiểm tra không khớp — văn bản có thể bị sửa đổi');
  await expect(verdict).toHaveClass(/not-found/);
  await shot(page, 'verify-not-found');

  // The right code with another number is refused too.
  await numberField.fill(number.replace(/^\d+/, '99'));
  await hashField.fill(code);
  await numberField.press('Enter');
  await expect(verdict).toContainText('Không tìm thấy');

  // A malformed code: the engine's message beside the field, the typed text kept.
  await hashField.fill('xyz');
  await hashField.press('Enter');
  await expect(page.getByText('Mã kiểm tra gồm 12–64 ký tự 0-9, a-f.')).toBeVisible();
  await expect(hashField).toHaveValue('xyz');
  await expect(verdict).toHaveCount(0);
  await shot(page, 'verify-field-error');

  // The administrator corrects a Khmer label and clears its review flag.
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await signIn(page, ADMIN.username, ADMIN.password);
  await page.getByRole('menuitem', { name: 'Quản trị' }).click();
  await page.getByRole('tab', { name: 'Nhãn văn bản' }).click();
  const summary = page.getByTestId('labels-summary');
  await expect(summary).toContainText(/\d+ \/ \d+ nhãn cần dịch giả kiểm tra/);
  const before = Number(/(\d+) \//.exec((await summary.textContent()) ?? '')![1]);
  await page.getByRole('searchbox', { name: 'Tìm' }).fill('side.KH');
  const labelRow = page.getByRole('row', { name: /side\.KH/ });
  await expect(labelRow).toContainText('ភាគីកម្ពុជា');
  await expect(labelRow).toContainText('Cần dịch giả kiểm tra');
  await labelRow.getByRole('button', { name: 'Sửa side.KH' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sửa nhãn side.KH' });
  await dialog.getByRole('textbox', { name: 'Tiếng Khmer', exact: true }).fill('ភាគីកម្ពុជា (កែ)');
  await dialog.getByRole('checkbox', { name: 'Cần dịch giả kiểm tra bản tiếng Khmer' }).uncheck();
  await dialog.getByRole('textbox', { name: 'Tiếng Khmer', exact: true }).press('Enter');
  await expect(dialog).toBeHidden();
  await expect(labelRow).toContainText('ភាគីកម្ពុជា (កែ)');
  await expect(labelRow).toContainText('Đã kiểm tra');
  await expect(summary).toContainText(`${before - 1} / `);
  // "Needs review only" hides it now.
  await page.getByRole('checkbox', { name: 'Chỉ nhãn cần dịch giả kiểm tra' }).check();
  await expect(labelRow).toHaveCount(0);

  // The administrator corrects a border gate's Khmer name.
  await page.getByRole('tab', { name: 'Danh mục' }).click();
  const gateRow = page.getByRole('row', { name: /gate-ha-tien/ });
  await expect(gateRow).toContainText('Hà Tiên');
  await gateRow.getByRole('button', { name: 'Sửa gate-ha-tien' }).click();
  const gateDialog = page.getByRole('dialog', { name: 'Sửa mục gate-ha-tien' });
  await gateDialog.getByRole('textbox', { name: 'Phía Campuchia (tiếng Khmer)', exact: true }).fill('ច្រកទ្វារព្រំដែនព្រែកចាក');
  await gateDialog.getByRole('textbox', { name: 'Phía Campuchia (tiếng Khmer)', exact: true }).press('Enter');
  await expect(gateDialog).toBeHidden();
  await expect(gateRow).toContainText('ច្រកទ្វារព្រំដែនព្រែកចាក');
  const stored = await call(page, 'reference.list', { kind: 'border_gate' });
  expect(stored.value.find((item: { code: string }) => item.code === 'gate-ha-tien').labelKm).toBe('ច្រកទ្វារព្រំដែនព្រែកចាក');

  // The audit viewer lists the label change and the reference change.
  await page.getByRole('menuitem', { name: 'Nhật ký' }).click();
  const audit = page.getByTestId('audit-table');
  await expect(audit.getByRole('cell', { name: /^(document\.label_update|Sửa nhãn văn bản)$/ }).first()).toBeVisible();
  await expect(audit.getByRole('row', { name: /side\.KH/ }).first()).toBeVisible();
  // (The viewer shortens record ids to their last 8 characters, made for UUIDs: "gate-ha-tien" shows as "-ha-tien".)
  await expect(audit.getByRole('row', { name: /(reference\.update|Sửa danh mục).*(border_gate|Cửa khẩu).*ha-tien.*(label_km|Khmer)/ }).first()).toBeVisible();
});

test('conflicts, new items and retired items in the administration tabs', async ({ page, host }) => {
  test.setTimeout(240_000); // a sign-in hashes the password (argon2) on a shared machine
  // The administrator's journey starts at the sign-in screen.
  await setUpQuickly(page, host.url);
  await page.getByRole('menuitem', { name: 'Quản trị' }).click();

  // Someone else saves the label while the dialog is open: the typed text survives, "use theirs" takes the newer text.
  await page.getByRole('tab', { name: 'Nhãn văn bản' }).click();
  await page.getByRole('searchbox', { name: 'Tìm' }).fill('role.interpreter');
  await page.getByRole('button', { name: 'Sửa role.interpreter' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sửa nhãn role.interpreter' });
  const khmer = dialog.getByRole('textbox', { name: 'Tiếng Khmer', exact: true });
  await khmer.fill('អ្នកបកប្រែភាសា');
  const other = await call(page, 'documents.saveLabel', { key: 'role.interpreter', vi: 'Phiên dịch viên', km: 'អ្នកបកប្រែ', en: 'Interpreter', needsReview: false, version: 1 });
  expect(other.ok).toBe(true);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Bản ghi đã được người khác sửa');
  await expect(dialog.getByRole('alert')).toContainText('Phiên dịch viên');
  await expect(khmer).toHaveValue('អ្នកបកប្រែភាសា');
  await dialog.getByRole('button', { name: 'Giữ dữ liệu tôi nhập và lưu đè' }).click();
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /role\.interpreter/ })).toContainText('អ្នកបកប្រែភាសា');

  // Reference: a new term with a bad code is refused beside the field; a good one is added.
  await page.getByRole('tab', { name: 'Danh mục' }).click();
  // Keyboard: type part of the list's name, Enter picks it.
  await page.getByRole('combobox', { name: 'Danh mục' }).fill('phương tiện');
  await page.getByRole('combobox', { name: 'Danh mục' }).press('Enter');
  await expect(page.getByTestId('reference-table')).toContainText('car');
  await page.getByRole('button', { name: 'Thêm mục' }).click();
  const add = page.getByRole('dialog', { name: 'Thêm mục vào “Phương tiện”' });
  await add.getByLabel('Mã', { exact: true }).fill('phà');
  await add.getByRole('textbox', { name: 'Tiếng Việt', exact: true }).fill('Phà');
  await add.getByRole('textbox', { name: 'Tiếng Khmer', exact: true }).fill('សាឡាង');
  await add.getByRole('textbox', { name: 'Tiếng Anh', exact: true }).fill('Ferry');
  await add.getByRole('button', { name: 'Thêm mục' }).click();
  await expect(add.getByText('Mã gồm chữ không dấu, số, _ . : - (tối đa 64 ký tự).')).toBeVisible();
  await add.getByLabel('Mã', { exact: true }).fill('ferry');
  await add.getByLabel('Mã', { exact: true }).press('Enter');
  await expect(add).toBeHidden();
  const row = page.getByRole('row', { name: /ferry/ });
  await expect(row).toContainText('សាឡាង');
  await expect(row).toContainText('Cần dịch giả kiểm tra');
  await expect(row).toContainText('Đang dùng');

  // Adding the same code again: the engine's answer beside the code.
  await page.getByRole('button', { name: 'Thêm mục' }).click();
  await add.getByLabel('Mã', { exact: true }).fill('ferry');
  await add.getByRole('textbox', { name: 'Tiếng Việt', exact: true }).fill('Phà chở khách');
  await add.getByRole('textbox', { name: 'Tiếng Khmer', exact: true }).fill('សាឡាង');
  await add.getByRole('textbox', { name: 'Tiếng Anh', exact: true }).fill('Ferry');
  await add.getByRole('button', { name: 'Thêm mục' }).click();
  await expect(add.getByText('Mã đã tồn tại.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(add).toBeHidden();

  // Retire it while someone else edits it: conflict, take theirs, then retire → greyed, "Ngừng dùng".
  await row.getByRole('button', { name: 'Sửa ferry' }).click();
  const edit = page.getByRole('dialog', { name: 'Sửa mục ferry' });
  await edit.getByRole('checkbox', { name: 'Đang dùng (bỏ chọn để ngừng dùng)' }).uncheck();
  const theirs = await call(page, 'reference.save', {
    kind: 'vocabulary:transport_mode',
    code: 'ferry',
    labelVi: 'Phà, đò ngang',
    labelKm: 'សាឡាង',
    labelEn: 'Ferry boat',
    parentCode: null,
    validFrom: null,
    validTo: null,
    successorCode: null,
    sort: 80,
    needsReview: true,
    active: true,
    version: 1,
  });
  expect(theirs.ok).toBe(true);
  await edit.getByRole('button', { name: 'Lưu' }).click();
  await expect(edit.getByRole('alert')).toContainText('Phà, đò ngang');
  await edit.getByRole('button', { name: 'Bỏ thay đổi của tôi, dùng bản mới nhất' }).click();
  await expect(edit.getByRole('textbox', { name: 'Tiếng Việt', exact: true })).toHaveValue('Phà, đò ngang');
  await expect(edit.getByRole('checkbox', { name: 'Đang dùng (bỏ chọn để ngừng dùng)' })).toBeChecked();
  await edit.getByRole('checkbox', { name: 'Đang dùng (bỏ chọn để ngừng dùng)' }).uncheck();
  await edit.getByRole('button', { name: 'Lưu' }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('Phà, đò ngang');
  await expect(row).toContainText('Ngừng dùng');
  await expect(row).toHaveClass(/row-inactive/);
});

test("a case's print menu offers the liaison notice: refused with the missing fact named until the case has it, then numbered in the notices' register", async ({ page, host }) => {
  test.setTimeout(300_000); // two sign-ins (argon2) and a print on a shared machine
  await setUpQuickly(page, host.url);
  await liaisonSignedIn(page);
  // The untouched case: no agreed date, gate or delegation yet.
  const bareNumber = await openNewCase(page, BASE_FIELDS);
  await page.getByRole('button', { name: 'Chọn văn bản để in' }).click();
  await page.getByTestId('print-liaison_notice').click();
  const missing = page.getByTestId('missing');
  await expect(missing).toContainText('Hãy ghi ngày bàn giao đã thống nhất trước khi in thông báo.');
  await expect(missing).toContainText('Ngày bàn giao thống nhất');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/docs-case-notice-refused-vi.png' });
  // "Fill in" opens the case form with the message beside the field.
  await page.getByTestId('fill-missing').click();
  await expect(page.getByRole('heading', { name: `Sửa hồ sơ ${bareNumber}` })).toBeVisible();
  await expect(page.locator('.ant-form-item-explain-error').filter({ hasText: 'Hãy ghi ngày bàn giao đã thống nhất trước khi in thông báo.' })).toBeVisible();

  // A case with its handover agreed: the notice prints, numbered in its own register sequence, in both scripts.
  await openNewCase(page, { ...BASE_FIELDS, ...HANDOVER_READY });
  await page.getByRole('button', { name: 'Chọn văn bản để in' }).click();
  await page.screenshot({ path: 'test-results/screens/docs-case-print-menu-vi.png' });
  await page.getByTestId('print-liaison_notice').click();
  const preview = page.getByRole('dialog', { name: /Thông báo cho phía bạn/ });
  await expect(preview.getByTestId('print-number')).toHaveText(/^\d+\/TB-VPLL-HT$/, PRINTING);
  const number = (await preview.getByTestId('print-number').textContent())!;
  await pdfShown(page);
  const [download] = await Promise.all([page.waitForEvent('download'), preview.getByTestId('save-pdf').click()]);
  const text = execFileSync('pdftotext', ['-', '-'], { input: readFileSync(await download.path()), encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const expected of [number, 'THÔNG BÁO', 'លិខិតជូនដំណឹង', 'ព្រះរាជាណាចក្រកម្ពុជា', 'KH-POL-2026/117', 'Trần Văn Quản']) expect(text, expected).toContain(expected);
  await preview.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
  await expect(preview).toBeHidden();
  // The notice is now among the case's issued documents, named in words.
  await page.getByTestId('tab-documents').click();
  await expect(page.getByTestId('issued-documents')).toContainText(number);
  await expect(page.getByTestId('issued-documents')).toContainText('Thông báo cho phía bạn: thống nhất bàn giao (song ngữ)');
});
