import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseView } from '../../src-shared/contract/index.js';
import { addAccount, newEngine, setUpVault, signInFresh, type TestEngine } from '../support/vault.js';
import { BASE_FIELDS, HANDOVER_READY, THREE_PERSONS } from '../support/repatriations.js';

/** Signs in as a new account with the given role (created by the administrator first). */
async function as(t: TestEngine, username: string, role: 'officer' | 'commander' | 'liaison' | 'auditor') {
  await t.call('vault.signIn', { username: 'quantri', password: 'biên giới Hà Tiên 2026!' });
  const { temporaryPassword } = await addAccount(t, username, [role]);
  await t.call('vault.signOut', {});
  await signInFresh(t, username, temporaryPassword);
}

describe('repatriation cases', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = newEngine();
    await setUpVault(t);
    await t.call('vault.signOut', {});
    await as(t, 'canbo', 'officer');
  });
  afterEach(() => t.cleanup());

  async function create(): Promise<CaseView> {
    return t.call('repatriations.create', { fields: BASE_FIELDS, members: THREE_PERSONS });
  }

  it('creates a case with people, computes child status at the event date, and numbers it per year', async () => {
    const view = await create();
    expect(view.caseNumber).toBe('HH-2026-0001');
    expect(view.stage).toBe('requested');
    expect(view.members.map((m) => [m.person.fullNameVi, m.child])).toEqual([
      ['Nguyễn Thị Hương', false],
      ['Đặng Văn Toàn', false],
      ['Lê Thị Mai', true],
    ]);
    expect(view.members[2].ageYears).toBe(15);
    expect(view.verificationDeadline).toBe('2026-04-13'); // 30 working days after 2 March 2026
    expect((await create()).caseNumber).toBe('HH-2026-0002');
    const list = await t.call('repatriations.list', { childrenOnly: true });
    expect(list.total).toBe(2);
    expect(list.rows[0]).toMatchObject({ persons: 3, children: 1 });
    expect(JSON.stringify(list.rows)).not.toMatch(/Hương|Toàn/); // lists carry no names
  });

  it('finds people ignoring Vietnamese diacritics (including đ) and Khmer by substring', async () => {
    await create();
    const names = async (query: string) => (await t.call('people.search', { query })).map((hit) => hit.fullNameVi);
    expect(await names('nguyen thi huong')).toEqual(['Nguyễn Thị Hương']);
    expect(await names('NGUYEN THI HUONG')).toEqual(['Nguyễn Thị Hương']);
    expect(await names('dang van')).toEqual(['Đặng Văn Toàn']);
    expect(await names('Đặng')).toEqual(['Đặng Văn Toàn']);
    expect(await names('ធី ហឿ')).toEqual(['Nguyễn Thị Hương']);
    expect(await names('le')).toEqual(['Lê Thị Mai']); // short queries fall back to a prefix scan
    expect((await t.call('repatriations.list', { query: 'thi mai' })).total).toBe(1);
    expect((await t.call('repatriations.list', { query: 'HH-2026-0001' })).total).toBe(1);
  });

  it('moves through the stages only with what each step needs, and records who moved it', async () => {
    const view = await create();
    const refused = await t.tryCall('repatriations.move', { id: view.id, version: view.version, to: 'handed_over' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rule_violation' } });
    let current = await t.call('repatriations.move', { id: view.id, version: view.version, to: 'verifying' });
    const missing = await t.tryCall('repatriations.move', { id: view.id, version: current.version, to: 'agreed' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'rule_violation', fields: { agreedDate: {}, gateCode: {}, transportMode: {} } } });
    current = await t.call('repatriations.update', { id: view.id, version: current.version, fields: { ...BASE_FIELDS, ...HANDOVER_READY } });
    current = await t.call('repatriations.move', { id: view.id, version: current.version, to: 'agreed' });
    current = await t.call('repatriations.move', { id: view.id, version: current.version, to: 'handed_over', note: 'Bàn giao tại cửa khẩu' });
    expect(current.stage).toBe('handed_over');
    expect(current.history.map((h) => h.to)).toEqual(['requested', 'verifying', 'agreed', 'handed_over']);
    expect(current.history.at(-1)).toMatchObject({ by: 'Cán bộ canbo', note: 'Bàn giao tại cửa khẩu' });
  });

  it('refuses a stale save with what changed, keeping the stored record', async () => {
    const view = await create();
    await t.call('repatriations.update', { id: view.id, version: view.version, fields: { ...BASE_FIELDS, summary: 'Sửa lần một' } });
    const stale = await t.tryCall('repatriations.update', { id: view.id, version: view.version, fields: { ...BASE_FIELDS, summary: 'Sửa lần hai' } });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', detail: { current: { summary: 'Sửa lần một' }, updatedBy: 'Cán bộ canbo' } } });
    expect((await t.call('repatriations.get', { id: view.id })).summary).toBe('Sửa lần một');
  });

  it('rejects unknown reference codes with the field path', async () => {
    const result = await t.tryCall('repatriations.create', {
      fields: { ...BASE_FIELDS, gateCode: 'no-such-gate' },
      members: [{ person: { fullNameVi: 'A B', sex: 'xyz' } }],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'fields.gateCode': {}, 'members.0.person.sex': {} } } });
    expect((await t.call('repatriations.list', {})).total).toBe(0);
  });

  it('needs a commander to approve, then every change is an amendment with a reason', async () => {
    let view = await t.call('repatriations.create', { fields: { ...BASE_FIELDS, ...HANDOVER_READY }, members: THREE_PERSONS });
    for (const to of ['verifying', 'agreed', 'handed_over'] as const) view = await t.call('repatriations.move', { id: view.id, version: view.version, to });
    expect(await t.tryCall('repatriations.approve', { id: view.id, version: view.version })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await t.call('vault.signOut', {});
    await as(t, 'chihuy', 'commander');
    view = await t.call('repatriations.approve', { id: view.id, version: view.version });
    expect(view.approved?.by).toBe('Cán bộ chihuy');
    expect(await t.tryCall('repatriations.update', { id: view.id, version: view.version, fields: { ...BASE_FIELDS, ...HANDOVER_READY, summary: 'x' } })).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', fields: { amendmentReason: {} } },
    });
    view = await t.call('repatriations.update', {
      id: view.id,
      version: view.version,
      fields: { ...BASE_FIELDS, ...HANDOVER_READY, summary: 'x' },
      amendmentReason: 'Sửa lỗi chính tả',
    });
    const audit = await t.call('audit.list', { recordId: view.id });
    expect(audit.entries.map((e) => e.action)).toEqual(expect.arrayContaining(['repatriation.update.amendment', 'repatriation.approve', 'repatriation.create']));
    expect(audit.entries.find((e) => e.action === 'repatriation.update.amendment')?.detail).toMatchObject({ reason: 'Sửa lỗi chính tả', changed: ['summary'] });
  });

  it('lets a commander delete a case with a reason: gone from lists, kept in the vault, audited', async () => {
    const view = await create();
    expect(await t.tryCall('repatriations.delete', { id: view.id, version: view.version, reason: 'Nhập trùng' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await t.call('vault.signOut', {});
    await as(t, 'chihuy', 'commander');
    expect(await t.tryCall('repatriations.delete', { id: '01890000-0000-7000-8000-000000000000', version: 1, reason: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    await t.call('repatriations.delete', { id: view.id, version: view.version, reason: 'Nhập trùng với HH-2026-0002' });
    expect((await t.call('repatriations.list', {})).total).toBe(0);
    expect(await t.tryCall('repatriations.get', { id: view.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const row = t.engine.ctx.vault.open().sqlite.prepare('SELECT delete_reason FROM repatriation_cases WHERE id = ?').get(view.id);
    expect(row).toEqual({ delete_reason: 'Nhập trùng với HH-2026-0002' });
    expect((await t.call('audit.list', { action: 'repatriation.delete' })).entries[0]).toMatchObject({ recordId: view.id, detail: { reason: 'Nhập trùng với HH-2026-0002' } });
  });

  it('audits opening the full record, and the auditor can read but not write', async () => {
    const view = await create();
    await t.call('repatriations.get', { id: view.id });
    await t.call('vault.signOut', {});
    await as(t, 'kiemtra', 'auditor');
    await t.call('repatriations.get', { id: view.id });
    expect(await t.tryCall('repatriations.update', { id: view.id, version: view.version, fields: BASE_FIELDS })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const opened = await t.call('audit.list', { action: 'repatriation.view', recordId: view.id });
    expect(opened.entries.map((e) => e.actor).sort()).toEqual(['canbo', 'kiemtra']);
  });

  it('imports a group list: bad rows are shown per cell, likely duplicates offered, nothing saved until added', async () => {
    const view = await create();
    const csv = [
      'STT,Họ và tên,Giới tính,Ngày sinh,Quê quán,Ghi chú',
      '1,Nguyễn Thị Hương,Nữ,12/04/1999,Kiên Lương,',
      '2,Trần Văn Bình,Nam,2005,Hà Tiên,',
      '3,Phạm Thị Cúc,Nữ,31/02/2001,Tịnh Biên,',
      '4,,Nam,khoảng 16,Châu Đốc,thiếu tên',
      '5,Võ Văn Em,X,~15,Tân Châu,',
      '6,Hồ Thị Gấm,Nữ,khoảng 16,Châu Phú,',
    ].join('\r\n');
    const preview = await t.call('repatriations.importPreview', { format: 'csv', contentBase64: Buffer.from(csv).toString('base64'), estimateAt: view.eventDate });
    expect(preview.rows.map((r) => Object.keys(r.errors))).toEqual([[], [], ['Ngày sinh'], ['Họ và tên'], ['Giới tính'], []]);
    expect(preview.rows[0].duplicates.map((d) => d.fullNameVi)).toEqual(['Nguyễn Thị Hương']);
    expect(preview.rows[5].member).toMatchObject({ person: { birth: { estimatedAge: { years: 16, at: '2026-03-02' } } } });
    expect((await t.call('repatriations.get', { id: view.id })).members).toHaveLength(3);

    const good = preview.rows.filter((r) => r.member && !r.duplicates.length).map((r) => r.member!);
    const linked = { personId: preview.rows[0].duplicates[0].id, participation: {} };
    const afterAdd = await t.tryCall('repatriations.addMembers', { id: view.id, version: view.version, members: [...good, linked] });
    // Nguyễn Thị Hương is already in this case: the whole batch is refused, nothing half-added.
    expect(afterAdd).toMatchObject({ ok: false, error: { fields: { 'members.2.personId': {} } } });
    expect((await t.call('repatriations.get', { id: view.id })).members).toHaveLength(3);
    const added = await t.call('repatriations.addMembers', { id: view.id, version: view.version, members: good });
    expect(added.members).toHaveLength(5);
  });

  it('reads an Excel list the same way', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.addRow(['No.', 'Name', 'Sex', 'Date of birth', 'Address']);
    sheet.addRow([1, 'Sok Dara', 'M', new Date(Date.UTC(2008, 4, 1)), 'Kampot']);
    sheet.addRow([2, 'Chan Sophea', 'F', '2011', 'Takeo']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const preview = await t.call('repatriations.importPreview', { format: 'xlsx', contentBase64: bytes.toString('base64') });
    expect(preview.rows.map((r) => (r.member && 'person' in r.member ? [r.member.person.fullNameVi, r.member.person.sex, r.member.person.birth] : r.errors))).toEqual([
      ['Sok Dara', 'male', { exact: '2008-05-01', year: null, estimatedAge: null }],
      ['Chan Sophea', 'female', { exact: null, year: 2011, estimatedAge: null }],
    ]);
    expect(await t.tryCall('repatriations.importPreview', { format: 'xlsx', contentBase64: Buffer.from('not a workbook').toString('base64') })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { file: {} } },
    });
  });

  it('prints numbered minutes once and copies after; the PDF holds every name and the Khmer labels', async () => {
    let view = await t.call('repatriations.create', { fields: { ...BASE_FIELDS, ...HANDOVER_READY }, members: THREE_PERSONS });
    expect(await t.tryCall('repatriations.print', { id: view.id, template: 'handover_minutes' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await t.call('vault.signOut', {});
    await as(t, 'lienlac', 'liaison');
    const first = await t.call('repatriations.print', { id: view.id, template: 'handover_minutes' });
    expect(first).toMatchObject({ number: '01/BB-VPLL-HT', copy: false });
    const progress = t.events.filter((e) => e.name === 'job.progress').map((e) => (e.payload as { done: number }).done);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(100);
    const again = await t.call('repatriations.print', { id: view.id, template: 'handover_minutes' });
    expect(again).toMatchObject({ number: '01/BB-VPLL-HT', copy: true, contentHash: first.contentHash });

    const dir = mkdtempSync(join(tmpdir(), 'blo-print-'));
    writeFileSync(join(dir, 'minutes.pdf'), Buffer.from(first.pdfBase64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'minutes.pdf'), '-'], { encoding: 'utf8' }).normalize('NFC');
    for (const name of ['Nguyễn Thị Hương', 'Đặng Văn Toàn', 'Lê Thị Mai', 'Trần Văn Quản', 'សុខ សុភា']) expect(text).toContain(name);
    expect(text).toContain('ព្រះរាជាណាចក្រកម្ពុជា');
    expect(text).toContain('01/BB-VPLL-HT');
    writeFileSync(join(dir, 'copy.pdf'), Buffer.from(again.pdfBase64, 'base64'));
    expect(execFileSync('pdftotext', [join(dir, 'copy.pdf'), '-'], { encoding: 'utf8' })).toContain('BẢN SAO');

    view = await t.call('repatriations.get', { id: view.id });
    expect(view.documents).toMatchObject([{ template: 'handover_minutes', number: '01/BB-VPLL-HT' }]);
    await t.call('vault.signOut', {});
    await t.call('vault.signIn', { username: 'quantri', password: 'biên giới Hà Tiên 2026!' });
    const actions = (await t.call('audit.list', { recordId: view.id })).entries.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['document.issue', 'document.reprint']));
  });
});
