import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { call, pdfShown, settled, setUpQuickly } from './helpers.js';
import { choose, COMMANDER, firstSignIn, LIAISON, OFFICER, switchTo, typeDate, type Person } from './repatriations-helpers.js';

/** Screenshots to look at by eye, kept out of the repository. */
const SHOTS = process.env.SHOTS_DIR ?? join(tmpdir(), 'blo-shots', 'meetings');
mkdirSync(SHOTS, { recursive: true });

/** The current screen in Vietnamese and in English, then back to Vietnamese. */
async function shotBoth(page: Page, name: string, fullPage = false) {
  await settled(page);
  await page.screenshot({ path: `${SHOTS}/${name}-vi.png`, fullPage });
  await choose(page, page, 'Ngôn ngữ', 'English');
  await settled(page);
  await page.screenshot({ path: `${SHOTS}/${name}-en.png`, fullPage });
  await choose(page, page, 'Language', 'Tiếng Việt');
}

/** A dialog's screen, in the language shown (the language switch lies behind the dialog's mask). */
async function shotDialog(page: Page, name: string) {
  await settled(page);
  await page.screenshot({ path: `${SHOTS}/${name}-vi.png` });
}

const ROLE_CODES: Record<Person['role'], string> = { 'Cán bộ biên phòng': 'officer', 'Chỉ huy': 'commander', 'Cán bộ liên lạc': 'liaison' };
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

const pad = (n: number) => String(n).padStart(2, '0');
/** A local day `days` from today: [iso "2026-11-02", typed "02/11/2026"]. */
function day(days: number): [string, string] {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return [`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`];
}

const KAMPOT = 'Văn phòng liên lạc biên giới tỉnh Kampot (Campuchia)';
const DELEGATES_VN = [
  ['Trần Văn Quản', 'ត្រឹន វ៉ាន់ ក្វាន', 'Thiếu tá', 'Trưởng văn phòng', 'ប្រធានការិយាល័យ', 'VPLL Hà Tiên', 'Trưởng đoàn'],
  ['Lê Minh Tâm', 'លេ មិញ តឹម', 'Đại úy', 'Cán bộ', 'មន្ត្រី', 'VPLL Hà Tiên', 'Thành viên'],
];
const DELEGATES_KH = [
  ['Sok Sophea', 'សុខ សុភា', 'វរសេនីយ៍ទោ', 'Trưởng văn phòng', 'ប្រធានការិយាល័យ', 'BLO Kampot', 'head'],
  ['Chan Dara', 'ចាន់ ដារ៉ា', '', 'Cán bộ', 'មន្ត្រី', 'BLO Kampot', 'member'],
];
const INTERPRETER = ['Keo Vanna', 'កែវ វណ្ណា'];
const SECRET = 'Đối tượng Nguyễn Văn Bí mật đang lẩn trốn tại Kampot';
const SUMMARIES = ['Phát hiện 14 lượt xuất cảnh trái phép qua khu vực mốc 313.', 'Phía bạn giải cứu 6 phụ nữ Việt Nam tại Sihanoukville.', SECRET];
const EARLIER_ACTION = 'Trao đổi danh sách đối tượng nghi vấn hằng tháng';

/** Pastes text into a field as a paste from Excel would (a clipboard event with the tab-separated block). */
async function paste(field: Locator, text: string) {
  await field.evaluate((element, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}

/** Picks the counterpart office by typing part of its name, as one does in a long list. */
async function chooseCounterpart(page: Page) {
  await page.getByLabel('Cơ quan phía bạn', { exact: true }).click();
  await page.keyboard.type('Kampot');
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle(KAMPOT, { exact: true }).click();
}

const tsv = (rows: string[][]) => rows.map((row) => row.join('\t')).join('\r\n') + '\r\n';

test.use({ screenshot: 'only-on-failure', viewport: { width: 1366, height: 768 } });

test('a liaison officer records a meeting, the commander returns and approves it, the minutes print in both scripts, an officer never sees the confidential item', async ({
  page,
  host,
}) => {
  test.setTimeout(900_000);
  await setUpQuickly(page, host.url);
  await createAccounts(page, [LIAISON, COMMANDER, OFFICER]);
  await firstSignIn(page, LIAISON);

  // Arranged through the engine: a repatriation case to link, and an earlier meeting with Kampot whose action is still open.
  const kase = await call(page, 'repatriations.create', {
    fields: {
      direction: 'receiving_from_kh',
      requestSource: 'kh_side',
      counterpartReference: 'KH-POL-2026/117',
      requestedOn: day(-40)[0],
      summary: 'Nhóm người Việt được giải cứu.',
    },
    members: [
      {
        person: { fullNameVi: 'Nguyễn Thị Hương', sex: 'female', nationality: 'VN', birth: { exact: '1999-04-12', year: null, estimatedAge: null } },
        participation: { role: 'confirmed_victim' },
      },
    ],
  });
  expect(kase.ok, JSON.stringify(kase.error)).toBe(true);
  const caseNumber = kase.value.caseNumber as string;
  const earlier = await call(page, 'meetings.create', {
    fields: {
      type: 'regular',
      level: 'bloBlo',
      counterpartCode: 'kh-kampot-blo',
      startAt: `${day(-90)[0]}T08:30`,
      host: 'VN',
      place: 'Văn phòng liên lạc biên giới Hà Tiên',
      delegates: [
        { side: 'VN', name: 'Trần Văn Quản', role: 'head' },
        { side: 'KH', name: 'Sok Sophea', nameKm: 'សុខ សុភា', role: 'head' },
      ],
      actions: [{ text: EARLIER_ACTION, ownerSide: 'both', owner: 'Hai văn phòng', due: day(-60)[0] }],
    },
  });
  expect(earlier.ok, JSON.stringify(earlier.error)).toBe(true);

  // The log, from the menu.
  await page.getByRole('menuitem', { name: 'Hội đàm' }).click();
  await expect(page.getByRole('heading', { name: 'Hội đàm với phía Campuchia' })).toBeVisible();
  await expect(page.getByTestId('meeting-table')).toContainText(earlier.value.meetingNumber);
  await page.getByTestId('meeting-new').click();
  await expect(page.getByRole('heading', { name: 'Ghi hội đàm mới' })).toBeVisible();

  // Facts.
  await chooseCounterpart(page);
  await choose(page, page, 'Bên đăng cai', 'Phía Campuchia');
  const meetingTyped = day(-30)[1];
  await typeDate(page.getByLabel('Bắt đầu', { exact: true }), `${meetingTyped} 08:30`);
  await typeDate(page.getByLabel('Kết thúc', { exact: true }), `${meetingTyped} 11:00`);
  await page.getByLabel('Địa điểm', { exact: true }).fill('Văn phòng liên lạc biên giới Prek Chak');
  await page.getByLabel('Địa điểm (tiếng Khmer)').fill('ការិយាល័យទំនាក់ទំនងព្រំដែនព្រែកចាក');

  // Delegates: both sides pasted from Excel; the interpreter added with the keyboard.
  const vn = page.getByTestId('delegates-VN');
  await vn.getByRole('button', { name: 'Thêm người' }).click();
  await expect(vn.getByLabel('Họ tên 1', { exact: true })).toBeFocused();
  await paste(vn.getByLabel('Họ tên 1', { exact: true }), tsv(DELEGATES_VN));
  await expect(vn.getByLabel('Họ tên 2', { exact: true })).toHaveValue('Lê Minh Tâm');
  await expect(vn.locator('.ant-select').first()).toContainText('Trưởng đoàn');
  const kh = page.getByTestId('delegates-KH');
  await kh.getByRole('button', { name: 'Thêm người' }).click();
  await paste(kh.getByLabel('Họ tên 1', { exact: true }), tsv(DELEGATES_KH));
  await expect(kh.getByLabel('Họ tên (tiếng Khmer) 2')).toHaveValue('ចាន់ ដារ៉ា');
  await kh.getByRole('button', { name: 'Thêm người' }).focus();
  await page.keyboard.press('Enter');
  await expect(kh.getByLabel('Họ tên 3', { exact: true })).toBeFocused();
  await page.keyboard.type(INTERPRETER[0]);
  await page.keyboard.press('Tab');
  await page.keyboard.type(INTERPRETER[1]);
  await choose(page, kh, 'Vai trò 3', 'Phiên dịch');

  // Agenda, information (one confidential), agreed actions (one carried over).
  await page.getByTestId('add-agenda').click();
  await page.getByLabel('Nội dung 1', { exact: true }).fill('Trao đổi tình hình xuất nhập cảnh trái phép');
  const topics = ['Xuất nhập cảnh trái phép', 'Mua bán người', 'Đối tượng truy nã'];
  for (let i = 0; i < 3; i++) {
    await page.getByTestId('add-exchange').click();
    await choose(page, page, `Lĩnh vực ${i + 1}`, topics[i]);
    if (i > 0) await choose(page, page, `Chiều trao đổi ${i + 1}`, 'Bạn cung cấp cho ta');
    await page.getByLabel(`Tóm tắt ${i + 1}`, { exact: true }).fill(SUMMARIES[i]);
  }
  await page.getByRole('switch', { name: 'Mật 3' }).click();
  await page.getByTestId('carry-over').click();
  const carry = page.getByRole('dialog', { name: /Việc chưa xong/ });
  await carry.getByRole('checkbox', { name: EARLIER_ACTION }).check();
  await carry.getByTestId('carry-over-add').click();
  await expect(page.getByTestId('carried-tag')).toContainText(earlier.value.meetingNumber);
  await page.getByTestId('add-action').click();
  await page.getByLabel('Việc cần làm 2', { exact: true }).fill('Xác minh nhân thân 6 phụ nữ');
  await page.getByLabel('Đơn vị, người thực hiện 2').fill('Công an tỉnh An Giang');
  await typeDate(page.getByLabel('Hạn 2', { exact: true }), day(-10)[1]);
  await page.getByTestId('add-action').click();
  await page.getByLabel('Việc cần làm 3', { exact: true }).fill('Tuần tra song phương khu vực mốc 313');
  await choose(page, page, 'Bên thực hiện 3', 'Hai bên');
  await typeDate(page.getByLabel('Hạn 3', { exact: true }), day(30)[1]);

  // A linked case, by its number.
  await page.getByLabel('Tìm hồ sơ theo số').click();
  await page.getByLabel('Tìm hồ sơ theo số').fill(caseNumber);
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle(caseNumber, { exact: true }).click();
  await expect(page.getByTestId('linked-cases')).toContainText(caseNumber);
  await page.getByLabel('Đề xuất, kiến nghị').fill('Đề nghị Bộ Chỉ huy chỉ đạo phối hợp xác minh.');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shotBoth(page, 'form');
  await shotBoth(page, 'form-full', true);

  await page.getByTestId('meeting-save').click();
  await expect(page.getByTestId('meeting-number')).not.toBeEmpty();
  const number = (await page.getByTestId('meeting-number').textContent())!;
  expect(number).not.toBe(earlier.value.meetingNumber);
  await expect(page.getByTestId('detail-actions')).toContainText(`Từ cuộc ${earlier.value.meetingNumber}`);
  await expect(page.getByTestId('detail-links')).toContainText(caseNumber);
  await expect(page.getByTestId('detail-exchanges').getByTestId('confidential-tag')).toHaveCount(1);
  // The linked case shows the meeting that discussed it (date and counterpart), a link back to the meeting.
  await page.getByTestId('detail-links').getByRole('button', { name: caseNumber }).click();
  const discussed = page.getByTestId('case-meetings');
  await expect(discussed).toContainText(number);
  await expect(discussed).toContainText(KAMPOT);
  await expect(discussed).toContainText(`${meetingTyped} 08:30`);
  await discussed.scrollIntoViewIfNeeded();
  await shotBoth(page, 'case-discussed-in', true);
  await discussed.getByRole('link', { name: number }).click();
  await expect(page.getByTestId('meeting-number')).toHaveText(number);
  // The signed scan.
  await page
    .getByTestId('attachment-file')
    .setInputFiles({ name: 'bien-ban-da-ky.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') });
  await expect(page.getByTestId('attachments-table')).toContainText('bien-ban-da-ky.pdf');
  await page.getByTestId('submit-review').click();
  await expect(page.getByTestId('review-status')).toHaveText('Chờ phê duyệt');

  // The commander finds it in the queue and returns it with a comment.
  await firstSignIn(page, COMMANDER);
  await page.getByRole('menuitem', { name: 'Hội đàm' }).click();
  await page.getByTestId('meetings-queue-tab').click();
  await expect(page.getByTestId('queue-waiting')).toContainText(number);
  await shotBoth(page, 'queue');
  await page.getByTestId('queue-waiting').getByRole('link', { name: number }).click();
  await shotBoth(page, 'detail-commander');
  await page.getByTestId('return-case').click();
  await page.getByTestId('return-comment').fill('Bổ sung đơn vị của phiên dịch phía bạn.');
  await page.getByTestId('return-ok').click();
  await expect(page.getByTestId('review-status')).toHaveText('Bị trả lại');

  // The liaison sees the comment, fixes the meeting and submits it again.
  await switchTo(page, LIAISON.username, LIAISON.own, LIAISON.displayName);
  await page.getByRole('menuitem', { name: 'Hội đàm' }).click();
  await page.getByTestId('meetings-queue-tab').click();
  await expect(page.getByTestId('queue-returned')).toContainText('Bổ sung đơn vị của phiên dịch phía bạn.');
  await page.getByTestId('queue-returned').getByRole('link', { name: number }).click();
  await expect(page.getByTestId('returned-banner')).toContainText('Bổ sung đơn vị của phiên dịch phía bạn.');
  await page.getByTestId('meeting-edit').click();
  await page.getByTestId('delegates-KH').getByLabel('Đơn vị 3', { exact: true }).fill('BLO Kampot');
  await page.getByTestId('meeting-save').click();
  await expect(page.getByTestId('meeting-number')).toHaveText(number);
  await page.getByTestId('submit-review').click();
  await expect(page.getByTestId('review-status')).toHaveText('Chờ phê duyệt');

  // The commander approves; the overdue action is on the commander's home page.
  await switchTo(page, COMMANDER.username, COMMANDER.own, COMMANDER.displayName);
  await page.getByRole('menuitem', { name: 'Hội đàm' }).click();
  await page.getByTestId('meetings-queue-tab').click();
  await page.getByTestId('queue-waiting').getByRole('link', { name: number }).click();
  await page.getByTestId('approve').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Phê duyệt' }).click();
  await expect(page.getByTestId('review-status')).toHaveText('Đã phê duyệt');
  await page.getByRole('menuitem', { name: 'Trang chủ' }).click();
  const overdue = page.getByTestId('home-meeting-overdue');
  await expect(overdue).toContainText('Xác minh nhân thân 6 phụ nữ');
  await expect(overdue).toContainText(number);
  await expect(overdue).not.toContainText(EARLIER_ACTION);
  await shotBoth(page, 'home');

  // The liaison prints the minutes with the print button.
  await switchTo(page, LIAISON.username, LIAISON.own, LIAISON.displayName);
  await page.getByRole('menuitem', { name: 'Hội đàm' }).click();
  await shotBoth(page, 'log');
  await page.getByTestId('meeting-table').getByRole('link', { name: KAMPOT }).first().click();
  await expect(page.getByTestId('meeting-timeline')).toContainText(number);
  await shotBoth(page, 'timeline');
  await page.getByTestId('meeting-timeline').getByRole('link', { name: number }).click();
  await shotBoth(page, 'detail');
  await shotBoth(page, 'detail-full', true);
  await page.getByTestId('follow-up').nth(1).click();
  const followUp = page.getByRole('dialog', { name: /Cập nhật tiến độ/ });
  await followUp.getByTestId('follow-up-note').fill('Đã gửi công văn đề nghị Công an tỉnh xác minh.');
  await shotDialog(page, 'follow-up');
  await followUp.getByTestId('follow-up-save').click();
  await expect(followUp).toBeHidden();
  await expect(page.getByTestId('detail-actions')).toContainText('Đã gửi công văn đề nghị Công an tỉnh xác minh.');
  await page.getByTestId('meeting-print').click();
  await page.getByTestId('print-minutes').click();
  const preview = page.getByRole('dialog', { name: /Biên bản hội đàm/ });
  await expect(preview.getByTestId('print-number')).not.toBeEmpty();
  const docNumber = (await preview.getByTestId('print-number').textContent())!;
  await pdfShown(page);
  await shotDialog(page, 'print-preview');
  await expect(preview.getByRole('button', { name: 'In', exact: true })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), preview.getByTestId('save-pdf').click()]);
  const text = execFileSync('pdftotext', ['-', '-'], { input: readFileSync(await download.path()), encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const [name, nameKm] of [...DELEGATES_VN, ...DELEGATES_KH, INTERPRETER]) {
    expect(text, name).toContain(name);
    expect(text, nameKm).toContain(nameKm);
  }
  expect(text).toContain('ព្រះរាជាណាចក្រកម្ពុជា');
  expect(text).toContain(docNumber);
  expect(text).not.toContain('Bí mật');
  await preview.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();

  // An officer: the confidential item is marked, its text is nowhere (list, detail, search).
  await firstSignIn(page, OFFICER);
  await page.getByRole('menuitem', { name: 'Hội đàm' }).click();
  await expect(page.getByTestId('meeting-table')).toContainText(number);
  await expect(page.locator('main')).not.toContainText('Bí mật');
  await page.getByTestId('meeting-table').getByRole('link', { name: number }).click();
  await expect(page.getByTestId('withheld')).toHaveText('Nội dung mật — bạn không có quyền xem');
  await expect(page.locator('main')).toContainText(SUMMARIES[1]);
  await expect(page.locator('main')).not.toContainText('Bí mật');
  await expect(page.locator('main')).not.toContainText('lẩn trốn');
  await shotBoth(page, 'detail-officer');
  await page.getByRole('button', { name: 'Về sổ hội đàm' }).click();
  const search = page.getByLabel('Tìm trong nội dung');
  await search.fill('lan tron');
  await search.press('Enter');
  await expect(page.getByTestId('meeting-table')).toContainText('Không có cuộc hội đàm nào khớp điều kiện lọc.');
  await search.fill('giai cuu');
  await search.press('Enter');
  await expect(page.getByTestId('meeting-table')).toContainText(number);
});

test('the untouched form saves nothing and says why beside each field; an engine error for a field not on the form reaches the screen', async ({ page, host }) => {
  test.setTimeout(300_000);
  await setUpQuickly(page, host.url);
  await createAccounts(page, [LIAISON]);
  await firstSignIn(page, LIAISON);
  await page.getByRole('menuitem', { name: 'Hội đàm' }).click();
  await page.getByTestId('meeting-new').click();
  await page.getByTestId('meeting-save').click();
  const notice = page.getByTestId('field-error-notice');
  await expect(notice).toContainText('Hãy sửa những chỗ được đánh dấu trước khi lưu.');
  await expect(page.getByText('Hãy chọn cơ quan phía bạn.')).toBeVisible();
  expect((await call(page, 'meetings.list', {})).value.total).toBe(0);
  // The language switched while the errors are shown: the messages beside the fields and the notice follow it.
  await choose(page, page, 'Ngôn ngữ', 'English');
  await expect(page.getByText('Choose the counterpart office.')).toBeVisible();
  await expect(notice).toContainText('Correct the marked fields before saving.');
  await expect(page.locator('.ant-form-item-explain-error').filter({ hasText: 'Hãy chọn cơ quan phía bạn.' })).toHaveCount(0);
  await choose(page, page, 'Language', 'Tiếng Việt');
  await expect(page.getByText('Hãy chọn cơ quan phía bạn.')).toBeVisible();
  await expect(page.getByText('Choose the counterpart office.')).toHaveCount(0);
  await shotBoth(page, 'form-errors');

  // What was typed stays after the refusal; the engine's message for a field the form does not show goes to the notice.
  await chooseCounterpart(page);
  await page.getByLabel('Địa điểm', { exact: true }).fill('Cửa khẩu quốc tế Hà Tiên');
  await page.getByTestId('delegates-VN').getByRole('button', { name: 'Thêm người' }).click();
  await page.keyboard.type('Trần Văn Quản');
  await page.route('**/api/invoke', async (route) => {
    const body = route.request().postDataJSON() as { channel: string };
    if (body.channel !== 'meetings.create') return route.continue();
    await route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: {
          code: 'invalid_input',
          message: { vi: 'Dữ liệu chưa hợp lệ.', en: 'Invalid data.' },
          fields: { 'fields.links.0.id': { vi: 'Hồ sơ liên quan đã bị xóa.', en: 'The linked case was deleted.' } },
        },
      }),
    });
  });
  await page.getByTestId('meeting-save').click();
  await expect(notice).toContainText('Hồ sơ liên quan đã bị xóa.');
  await expect(page.getByLabel('Địa điểm', { exact: true })).toHaveValue('Cửa khẩu quốc tế Hà Tiên');
  await expect(page.getByTestId('delegates-VN').getByLabel('Họ tên 1', { exact: true })).toHaveValue('Trần Văn Quản');
  await page.unroute('**/api/invoke');
  await page.getByTestId('meeting-save').click();
  await expect(page.getByTestId('meeting-number')).toBeVisible();
});
