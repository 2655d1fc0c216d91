import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { call, setUpQuickly } from './helpers.js';
import { COMMANDER, firstSignIn, READY } from './repatriations-helpers.js';

/**
 * The shared record parts (src-renderer/records/), seen on a repatriation case: header (version, approved by),
 * review actions, comment thread, attachments with the contract's file rule, the amendment reason after
 * approval, the history; and the list editor (keyboard-only lines, a table pasted from Excel).
 */

const BASE = { direction: 'receiving_from_kh', requestSource: 'kh_side', counterpartReference: 'KH-POL-2026/201', requestedOn: '2026-03-02', summary: 'Hai người được giải cứu.' };
const MEMBER = {
  person: { fullNameVi: 'Nguyễn Thị Hương', sex: 'female', nationality: 'VN', birth: { exact: '1999-04-12', year: null, estimatedAge: null } },
  participation: { role: 'confirmed_victim' },
};

async function commanderSignedIn(page: Page, url: string) {
  await setUpQuickly(page, url);
  const created = await call(page, 'accounts.create', {
    username: COMMANDER.username,
    displayName: COMMANDER.displayName,
    rank: 'Đại úy',
    position: '',
    roles: ['commander'],
    temporaryPassword: COMMANDER.temporary,
  });
  expect(created.ok).toBe(true);
  await firstSignIn(page, COMMANDER);
}

/** Pastes text into a field the way a browser does when the person presses Ctrl+V (the clipboard's plain text). */
async function paste(field: Locator, text: string) {
  await field.focus();
  await field.evaluate((element, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test.use({ screenshot: 'only-on-failure' });

test('a case through the shared record parts: comment, submit, approve, a file as an amendment with its reason', async ({ page, host }) => {
  test.setTimeout(300_000);
  await commanderSignedIn(page, host.url);
  const created = await call(page, 'repatriations.create', { fields: { ...BASE, ...READY }, members: [MEMBER] });
  expect(created.ok).toBe(true);
  let version = created.value.version;
  for (const to of ['verifying', 'agreed', 'handed_over']) {
    const moved = await call(page, 'repatriations.move', { id: created.value.id, version, to, note: '' });
    expect(moved.ok, JSON.stringify(moved.error)).toBe(true);
    version = moved.value.version;
  }

  await page.getByRole('menuitem', { name: 'Hồi hương nạn nhân' }).click();
  await page.getByRole('row', { name: /HH-2026-0001/ }).click();
  await expect(page.getByRole('heading', { name: /HH-2026-0001/ })).toBeVisible();
  // The header: review state in words, the version, nobody approved yet.
  await expect(page.getByTestId('review-status')).toHaveText('Chưa gửi duyệt');
  await expect(page.getByTestId('record-version')).toHaveText(`Phiên bản ${version}`);
  await expect(page.getByTestId('record-approved')).toHaveCount(0);

  // An empty comment is refused with the reason; a written one joins the thread and the box empties.
  await expect(page.getByText('Chưa có nhận xét nào.')).toBeVisible();
  await page.getByTestId('send-comment').click();
  await expect(page.getByTestId('comment-error')).toContainText('Hãy ghi nhận xét');
  await page.getByLabel('Thêm nhận xét').fill('Đã kiểm tra đủ giấy tờ.');
  await page.getByTestId('send-comment').click();
  await expect(page.getByTestId('comment-thread')).toContainText('Đã kiểm tra đủ giấy tờ.');
  await expect(page.getByTestId('comment-error')).toHaveCount(0);
  await expect(page.getByLabel('Thêm nhận xét')).toHaveValue('');

  // Submit, then approve (a confirmation first): the header names who approved.
  await page.getByTestId('submit-review').click();
  await expect(page.getByTestId('review-status')).toHaveText('Chờ phê duyệt');
  await page.getByTestId('approve').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Phê duyệt' }).click();
  await expect(page.getByTestId('review-status')).toHaveText('Đã phê duyệt');
  await expect(page.getByTestId('record-approved')).toContainText(COMMANDER.displayName);
  await expect(page.getByTestId('approve')).toHaveCount(0);

  // Files: a text file is refused before anything is sent (the contract's PDF/JPEG/PNG rule).
  await page.getByTestId('tab-files').click();
  await expect(page.getByText('Chưa có tệp nào.')).toBeVisible();
  await page.getByTestId('attachment-file').setInputFiles({ name: 'ghi-chu.txt', mimeType: 'text/plain', buffer: Buffer.from('không phải PDF') });
  await expect(page.getByTestId('attachment-error')).toHaveText('“ghi-chu.txt” không phải PDF, JPEG hoặc PNG.');
  expect((await call(page, 'repatriations.get', { id: created.value.id })).value.attachments).toHaveLength(0);

  // A PDF after approval is an amendment: the reason is asked, an empty one refused beside the field.
  await page.getByLabel('Mô tả tệp (VD: biên bản đã ký)').fill('Biên bản đã ký');
  await page.getByTestId('attachment-file').setInputFiles({ name: 'bien-ban.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
  const reason = page.getByRole('dialog', { name: 'Đính chính hồ sơ đã phê duyệt' });
  await reason.getByRole('button', { name: 'Lưu đính chính' }).click();
  await expect(reason.getByRole('alert')).toHaveText('Hãy ghi lý do đính chính.');
  await reason.getByTestId('amend-reason').fill('Bổ sung bản chụp biên bản đã ký.');
  await reason.getByRole('button', { name: 'Lưu đính chính' }).click();
  await expect(page.getByTestId('attachments-table')).toContainText('bien-ban.pdf');
  await expect(page.getByTestId('attachments-table')).toContainText('Biên bản đã ký');
  await expect(page.getByTestId('attachment-error')).toHaveCount(0);
  await expect(page.getByTestId('review-status')).toHaveText('Đã sửa sau phê duyệt');
  await expect(page.getByTestId('changed-banner')).toBeVisible();
  await expect(page.getByTestId('approve')).toHaveText('Phê duyệt lại');

  // The file opens in the viewer.
  await page.getByTestId('attachments-table').getByRole('button', { name: 'bien-ban.pdf' }).click();
  await expect(page.getByRole('dialog', { name: 'bien-ban.pdf' })).toBeVisible();
  await page
    .getByRole('dialog', { name: 'bien-ban.pdf' })
    .getByRole('button', { name: /Close|Đóng/ })
    .click();

  // The history has every review act, the amendment with its reason.
  await page.getByTestId('tab-history').click();
  const history = page.getByTestId('history-table');
  for (const step of ['Gửi phê duyệt', 'Phê duyệt', 'Nhận xét', 'Đính chính']) await expect(history).toContainText(step);
  await expect(history).toContainText('Bổ sung bản chụp biên bản đã ký.');
});

test('a stale action on the detail shows the stored case and says who changed it', async ({ page, host }) => {
  test.setTimeout(300_000);
  await commanderSignedIn(page, host.url);
  const created = await call(page, 'repatriations.create', { fields: BASE, members: [MEMBER] });
  expect(created.ok).toBe(true);
  await page.getByRole('menuitem', { name: 'Hồi hương nạn nhân' }).click();
  await page.getByRole('row', { name: /HH-2026-0001/ }).click();
  await expect(page.getByTestId('record-version')).toHaveText(`Phiên bản ${created.value.version}`);
  // Someone else saves the case meanwhile.
  const other = await call(page, 'repatriations.update', {
    id: created.value.id,
    version: created.value.version,
    fields: { ...BASE, summary: 'Đã sửa ở máy khác.' },
    amendmentReason: '',
  });
  expect(other.ok).toBe(true);
  await page.getByTestId('submit-review').click();
  await expect(page.getByTestId('detail-error')).toContainText(`Hồ sơ vừa được ${COMMANDER.displayName} thay đổi`);
  await expect(page.getByTestId('record-version')).toHaveText(`Phiên bản ${other.value.version}`);
  await expect(page.locator('.rep-facts')).toContainText('Đã sửa ở máy khác.');
  // Nothing was submitted; again on the fresh version it is.
  await expect(page.getByTestId('review-status')).toHaveText('Chưa gửi duyệt');
  await page.getByTestId('submit-review').click();
  await expect(page.getByTestId('review-status')).toHaveText('Chờ phê duyệt');
  await expect(page.getByTestId('detail-error')).toHaveCount(0);
});

test('the list editor: lines added by keyboard only, a table pasted from Excel, errors beside their cells', async ({ page, host }) => {
  test.setTimeout(300_000);
  await commanderSignedIn(page, host.url);
  await page.getByRole('menuitem', { name: 'Hồi hương nạn nhân' }).click();
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('heading', { name: 'Hồ sơ hồi hương mới' })).toBeVisible();

  // Untouched: no lines, nothing pasted.
  const editor = page.getByTestId('delegations-editor');
  const lines = editor.getByRole('group', { name: /^Thành viên đoàn \d+$/ });
  await expect(lines).toHaveCount(0);

  // Keyboard only: Enter on "add" opens a line and puts the focus in its first cell.
  await editor.getByRole('button', { name: 'Thêm người phía Campuchia' }).focus();
  await page.keyboard.press('Enter');
  const first = editor.getByRole('group', { name: 'Thành viên đoàn 1' });
  await expect(first).toBeVisible();
  await expect(first.getByLabel('Phía')).toBeFocused();

  // A table copied from Excel (Windows line ends, a quoted cell, one row too wide) pasted into the name.
  await paste(first.getByLabel('Họ và tên', { exact: true }), 'Sok Sophea\tសុខ សុភា\tវរសេនីយ៍ទោ\t"Head of ""BLO"""\r\nChan Dara\t\t\tInterpreter\r\nX\t1\t2\t3\t4\t5\t6\r\n');
  await expect(lines).toHaveCount(2);
  await expect(page.getByTestId('paste-note')).toContainText('Đã thêm 2 dòng từ bảng dán.');
  await expect(page.getByTestId('paste-note')).toContainText('Không thêm dòng 3 của bảng dán: có nhiều hơn 6 cột.');
  await expect(first.getByLabel('Họ và tên', { exact: true })).toHaveValue('Sok Sophea');
  await expect(first.getByLabel('Tên (tiếng Khmer)')).toHaveValue('សុខ សុភា');
  await expect(first.getByLabel('Chức vụ', { exact: true })).toHaveValue('Head of "BLO"');
  const second = editor.getByRole('group', { name: 'Thành viên đoàn 2' });
  await expect(second.getByLabel('Họ và tên', { exact: true })).toHaveValue('Chan Dara');
  await expect(second.getByLabel('Chức vụ', { exact: true })).toHaveValue('Interpreter');
  // The pasted lines take the side of the line pasted into.
  await expect(second.locator('.ant-select-content, .ant-select-selection-item').first()).toHaveText('Phía Campuchia');

  // A single word pasted is a plain paste, not a table.
  await paste(second.getByLabel('Cấp bậc'), 'Trung úy');
  await expect(lines).toHaveCount(2);

  // A line emptied again: the contract's message shows beside that cell (path fields.delegations.1.name) on saving.
  await second.getByLabel('Họ và tên', { exact: true }).fill('');
  await page.getByTestId('save-case').click();
  await expect(second.getByText('Không được để trống.')).toBeVisible();
  await expect(first.getByText('Không được để trống.')).toHaveCount(0);

  // Removing a line by keyboard moves the focus to the line before.
  await second.getByRole('button', { name: 'Xóa dòng 2' }).focus();
  await page.keyboard.press('Enter');
  await expect(lines).toHaveCount(1);
  await expect(first.getByLabel('Phía')).toBeFocused();
});
