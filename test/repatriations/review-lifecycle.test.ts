import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseView } from '../../src-shared/contract/index.js';
import { newEngine, officePeople, setUpVault, type TestEngine } from '../support/vault.js';
import { BASE_FIELDS, HANDOVER_READY, THREE_PERSONS } from '../support/repatriations.js';

type Person = 'canbo' | 'chihuy' | 'lienlac';
const ROLES = { canbo: 'officer', chihuy: 'commander', lienlac: 'liaison' } as const;
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');

/** The office's clock during these tests: 2 Dec 2026, 10:00 in Hà Tiên (UTC+7). */
const NOW = new Date('2026-12-02T03:00:00Z');

describe('case review: submit, return with a comment, approve, amend; the rules around it', () => {
  let t: TestEngine;
  /** Signs in as one of the office's people (created once per test by the administrator). */
  let as: (person: Person) => Promise<void>;

  async function handedOver(): Promise<CaseView> {
    let view = await t.call('repatriations.create', { fields: { ...BASE_FIELDS, ...HANDOVER_READY }, members: THREE_PERSONS });
    for (const to of ['verifying', 'agreed', 'handed_over'] as const) view = await t.call('repatriations.move', { id: view.id, version: view.version, to });
    return view;
  }

  beforeEach(async () => {
    t = newEngine({ now: () => NOW });
    await setUpVault(t);
    as = await officePeople(t, ROLES);
    await as('canbo');
  });
  afterEach(() => t.cleanup());

  it('creates a case only with at least one person, and a refused case uses up no number', async () => {
    const refused = await t.tryCall('repatriations.create', { fields: BASE_FIELDS, members: [] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rule_violation', fields: { members: { en: 'Add at least one person.' } } } });
    const badCode = await t.tryCall('repatriations.create', { fields: { ...BASE_FIELDS, gateCode: 'no-such-gate' }, members: THREE_PERSONS });
    expect(badCode).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await t.call('repatriations.list', {})).total).toBe(0);
    const first = await t.call('repatriations.create', { fields: BASE_FIELDS, members: THREE_PERSONS.slice(0, 1) });
    expect(first.caseNumber).toBe('HH-2026-0001');
  });

  it('refuses "handed over" before the recorded handover time, and a handover before the request, with the reason', async () => {
    const future = { ...HANDOVER_READY, agreedDate: '2026-12-05', handoverAt: '2026-12-05T09:30' };
    let view = await t.call('repatriations.create', { fields: { ...BASE_FIELDS, ...future }, members: THREE_PERSONS });
    for (const to of ['verifying', 'agreed'] as const) view = await t.call('repatriations.move', { id: view.id, version: view.version, to });
    const early = await t.tryCall('repatriations.move', { id: view.id, version: view.version, to: 'handed_over' });
    expect(early).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', fields: { handoverAt: { vi: expect.stringContaining('05/12/2026 09:30') } } },
    });
    expect((await t.call('repatriations.get', { id: view.id })).stage).toBe('agreed');

    view = await t.call('repatriations.update', { id: view.id, version: view.version, fields: { ...BASE_FIELDS, ...future, handoverAt: '2026-02-27T09:30' } });
    const beforeRequest = await t.tryCall('repatriations.move', { id: view.id, version: view.version, to: 'handed_over' });
    expect(beforeRequest).toMatchObject({ ok: false, error: { code: 'rule_violation', fields: { handoverAt: { en: expect.stringContaining('before the request') } } } });

    view = await t.call('repatriations.update', { id: view.id, version: view.version, fields: { ...BASE_FIELDS, ...future, handoverAt: '2026-12-02T02:00' } }); // earlier today, in any time zone from UTC to UTC+7
    view = await t.call('repatriations.move', { id: view.id, version: view.version, to: 'handed_over' });
    expect(view.stage).toBe('handed_over');
  });

  it('walks submit → return with a comment → resubmit → approve; the author sees the comment on the case and at home', async () => {
    let view = await handedOver();
    expect(view.review).toEqual({ state: 'draft', changedSinceApproval: false, events: [] });
    view = await t.call('repatriations.submit', { id: view.id, version: view.version });
    expect(view.review.state).toBe('submitted');
    expect(await t.tryCall('repatriations.submit', { id: view.id, version: view.version })).toMatchObject({ ok: false, error: { code: 'rule_violation' } });
    expect(await t.tryCall('repatriations.return', { id: view.id, version: view.version, comment: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    await as('chihuy');
    expect((await t.call('repatriations.home', {})).waiting.map((row) => row.caseNumber)).toEqual([view.caseNumber]);
    expect(await t.tryCall('repatriations.return', { id: view.id, version: view.version, comment: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { comment: {} } },
    });
    view = await t.call('repatriations.return', { id: view.id, version: view.version, comment: 'Thiếu chữ ký trưởng đoàn phía Campuchia.' });
    expect(view.review.state).toBe('returned');
    const commanderHome = await t.call('repatriations.home', {});
    expect(commanderHome.waiting).toEqual([]);
    expect(commanderHome.returned.map((row) => row.caseNumber)).toEqual([view.caseNumber]);

    await as('canbo');
    const opened = await t.call('repatriations.get', { id: view.id });
    expect(opened.review.events.at(-1)).toMatchObject({ kind: 'return', by: 'Cán bộ chihuy', text: 'Thiếu chữ ký trưởng đoàn phía Campuchia.' });
    const home = await t.call('repatriations.home', {});
    expect(home.returned).toMatchObject([
      { caseNumber: view.caseNumber, review: 'returned', returned: { comment: 'Thiếu chữ ký trưởng đoàn phía Campuchia.', by: 'Cán bộ chihuy' } },
    ]);
    view = await t.call('repatriations.comment', { id: view.id, comment: 'Đã bổ sung chữ ký.' });
    expect(view.version).toBe(opened.version); // a comment is not a change of the record
    view = await t.call('repatriations.submit', { id: view.id, version: view.version });

    await as('chihuy');
    view = await t.call('repatriations.approve', { id: view.id, version: view.version });
    expect(view.review.state).toBe('approved');
    expect(view.review.events.map((e) => e.kind)).toEqual(['submit', 'return', 'comment', 'submit', 'approve']);
    expect(await t.tryCall('repatriations.approve', { id: view.id, version: view.version })).toMatchObject({ ok: false, error: { code: 'rule_violation' } });
    await as('canbo');
    expect((await t.call('repatriations.home', {})).returned).toEqual([]);
  });

  it('after approval a change needs a reason, reads "changed since approval" until approved again, and is on the timeline', async () => {
    let view = await handedOver();
    await as('chihuy');
    view = await t.call('repatriations.approve', { id: view.id, version: view.version });
    const fields = { ...BASE_FIELDS, ...HANDOVER_READY, summary: 'Đã sửa' };
    expect(await t.tryCall('repatriations.update', { id: view.id, version: view.version, fields, amendmentReason: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', fields: { amendmentReason: {} } },
    });
    view = await t.call('repatriations.update', { id: view.id, version: view.version, fields, amendmentReason: 'Sửa lỗi chính tả' });
    expect(view.review).toMatchObject({ state: 'approved', changedSinceApproval: true });
    expect(view.review.events.at(-1)).toMatchObject({ kind: 'amend', text: 'Sửa lỗi chính tả', changed: ['summary'], by: 'Cán bộ chihuy' });
    view = await t.call('repatriations.approve', { id: view.id, version: view.version });
    expect(view.review).toMatchObject({ state: 'approved', changedSinceApproval: false });
    expect(view.review.events.map((e) => e.kind)).toEqual(['approve', 'amend', 'approve']);
  });

  it('an attachment to an approved case is an amendment: refused without a reason, kept on the timeline with one', async () => {
    let view = await handedOver();
    await as('chihuy');
    view = await t.call('repatriations.approve', { id: view.id, version: view.version });
    await as('canbo');
    const file = { id: view.id, version: view.version, fileName: 'bien-ban-ky.pdf', mimeType: 'application/pdf' as const, contentBase64: PDF, description: '' };
    expect(await t.tryCall('repatriations.addAttachment', file)).toMatchObject({ ok: false, error: { code: 'rule_violation', fields: { amendmentReason: {} } } });
    expect((await t.call('repatriations.get', { id: view.id })).attachments).toEqual([]);
    view = await t.call('repatriations.addAttachment', { ...file, amendmentReason: 'Bổ sung biên bản có chữ ký' });
    expect(view.attachments.map((a) => a.fileName)).toEqual(['bien-ban-ky.pdf']);
    expect(view.review).toMatchObject({ changedSinceApproval: true });
    expect(view.review.events.at(-1)).toMatchObject({ kind: 'amend', text: 'Bổ sung biên bản có chữ ký', changed: ['attachments'] });
  });

  it('the attachments of a deleted case cannot be opened', async () => {
    let view = await t.call('repatriations.create', { fields: BASE_FIELDS, members: THREE_PERSONS });
    view = await t.call('repatriations.addAttachment', { id: view.id, version: view.version, fileName: 'a.pdf', mimeType: 'application/pdf', contentBase64: PDF, description: '' });
    const attachmentId = view.attachments[0].id;
    expect(await t.call('repatriations.getAttachment', { id: view.id, attachmentId })).toMatchObject({ fileName: 'a.pdf' });
    await as('chihuy');
    await t.call('repatriations.delete', { id: view.id, version: view.version, reason: 'Nhập trùng' });
    expect(await t.tryCall('repatriations.getAttachment', { id: view.id, attachmentId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it("refuses to edit a case member from a stale copy of the person (the person's own version)", async () => {
    const view = await t.call('repatriations.create', { fields: BASE_FIELDS, members: THREE_PERSONS });
    const member = view.members[0];
    const { id: _id, version: _version, ...person } = member.person;
    const edit = { id: view.id, personId: member.person.id, person: { ...person, contacts: 'số mới' }, participation: member.participation, amendmentReason: '' };
    // The person was changed elsewhere (another case, or another window) since this copy was read.
    const first = await t.call('repatriations.updateMember', { ...edit, version: view.version, personVersion: member.person.version });
    expect(first.members[0].person.version).toBe(member.person.version + 1);
    const stale = await t.tryCall('repatriations.updateMember', { ...edit, version: first.version, personVersion: member.person.version, person: { ...person, contacts: 'cũ' } });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await t.call('repatriations.get', { id: view.id })).members[0].person.contacts).toBe('số mới');
  });

  it("gives each role its home page lists: the officer's open and overdue cases, the liaison's minutes to print", async () => {
    const open = await t.call('repatriations.create', { fields: { ...BASE_FIELDS, requestedOn: '2026-09-01' }, members: THREE_PERSONS.slice(0, 1) });
    const ready = await handedOver();
    const home = await t.call('repatriations.home', {});
    expect(home.mine.map((row) => row.caseNumber).sort()).toEqual([open.caseNumber, ready.caseNumber].sort());
    expect(home.overdue.map((row) => row.caseNumber)).toEqual([open.caseNumber]); // deadline 13 Oct 2026 < 2 Dec 2026
    expect(JSON.stringify(home)).not.toMatch(/Hương|Toàn/); // home lists carry no names
    await as('lienlac');
    expect((await t.call('repatriations.home', {})).toPrint.map((row) => row.caseNumber)).toEqual([ready.caseNumber]);
    await t.call('repatriations.print', { id: ready.id, template: 'handover_minutes' });
    const after = await t.call('repatriations.home', {});
    expect(after.toPrint).toEqual([]);
    expect(after.mine).toEqual([]);
  });
});
