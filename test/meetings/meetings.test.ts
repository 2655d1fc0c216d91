import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, newEngine, officePeople, setUpVault, type TestEngine } from '../support/vault.js';
import { MEETING } from '../support/meetings.js';
import { auditSince, changedTables, snapshot } from '../support/vault-snapshot.js';

const NOW = new Date('2026-12-02T03:00:00Z');
const ROLES = { liaison: 'liaison', commander: 'commander', officer: 'officer', auditor: 'auditor' } as const;

describe('meetings', () => {
  let t: TestEngine;
  let as: (person: keyof typeof ROLES) => Promise<void>;
  beforeEach(async () => {
    t = newEngine({ now: () => NOW, timeZone: 'Asia/Ho_Chi_Minh' });
    await setUpVault(t);
    as = await officePeople(t, ROLES);
    await as('liaison');
  });
  afterEach(() => t.cleanup());

  it('records a meeting with a number, its delegates, items and actions; audits counts, never text', async () => {
    const seq = snapshot(t).auditSeq;
    const m = await t.call('meetings.create', { fields: MEETING });
    expect(m.meetingNumber).toBe('HD-2026-0001');
    expect(m.eventDate).toBe('2026-11-05');
    expect(m.delegates).toHaveLength(5);
    expect(m.exchanges.map((e) => [e.topic, e.withheld])).toEqual([
      ['illegalCrossing', false],
      ['trafficking', false],
      ['wantedPersons', false],
    ]);
    expect(m.actions.map((a) => [a.status, a.overdue])).toEqual([
      ['open', true],
      ['open', false],
    ]);
    const entries = auditSince(t, seq);
    expect(entries.map((e) => e.action)).toEqual(['meeting.create']);
    expect(entries[0].detail).toEqual({ delegates: 5, exchanges: 3, confidential: 1, actions: 2, links: 0 });
  });

  it('the untouched defaults of the form save (no delegates, items or actions yet) but cannot be submitted', async () => {
    const m = await t.call('meetings.create', {
      fields: { type: 'regular', level: 'bloBlo', counterpartCode: 'kh-kampot-blo', startAt: '2026-12-02T08:00', host: 'VN', place: 'VPLL Hà Tiên' },
    });
    expect(m.delegates).toEqual([]);
    expect(await t.tryCall('meetings.submit', { id: m.id, version: m.version })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { 'delegates.VN': { en: 'No delegates of the Vietnamese side.' }, 'delegates.KH': { en: 'No delegates of the Cambodian side.' } } },
    });
  });

  it('refuses empty, too long, future, contradicting and unknown input with field errors, and stores nothing', async () => {
    const before = snapshot(t);
    const refused = async (fields: object) =>
      (await t.tryCall('meetings.create', { fields: { ...MEETING, ...fields } })) as { ok: boolean; error?: { fields?: Record<string, unknown> } };
    expect((await refused({ place: '  ' })).error?.fields).toHaveProperty('fields.place');
    expect((await refused({ place: 'x'.repeat(301) })).error?.fields).toHaveProperty(['fields.place']);
    expect((await refused({ startAt: '2026-12-02T10:30', endAt: null, actions: [] })).error?.fields).toEqual({
      startAt: { vi: expect.any(String), en: 'The meeting has not happened yet: the start is in the future.' },
    });
    expect((await refused({ endAt: '2026-11-05T07:00' })).error?.fields).toEqual({ endAt: expect.objectContaining({ en: 'The end is before the start.' }) });
    expect((await refused({ counterpartCode: 'kh-kampot-police-x' })).error?.fields).toHaveProperty('counterpartCode');
    // A Vietnamese agency is not a counterpart.
    expect((await refused({ counterpartCode: 'vn-border-guard-command' })).error?.fields).toHaveProperty('counterpartCode');
    expect((await refused({ actions: [{ text: 'Việc', ownerSide: 'VN', owner: '', due: '2026-11-01' }] })).error?.fields).toHaveProperty(['actions.0.due']);
    expect((await refused({ delegates: [...MEETING.delegates!, { side: 'VN', name: 'Hai', role: 'head' }] })).error?.fields).toHaveProperty(['delegates.5.role']);
    expect(changedTables(before, snapshot(t, before))).toEqual([]);
  });

  it('the start is read on the office clock: 09:59 local is past at 03:00 UTC, 10:01 is not', async () => {
    expect(await t.tryCall('meetings.create', { fields: { ...MEETING, startAt: '2026-12-02T09:59', endAt: null, actions: [] } })).toMatchObject({ ok: true });
    expect(await t.tryCall('meetings.create', { fields: { ...MEETING, startAt: '2026-12-02T10:01', endAt: null, actions: [] } })).toMatchObject({
      ok: false,
      error: { fields: { startAt: expect.anything() } },
    });
  });

  it('hides the text of a confidential item from officers and auditors, in the record, the log search and the export', async () => {
    const m = await t.call('meetings.create', { fields: MEETING });
    for (const role of ['officer', 'auditor'] as const) {
      await as(role);
      const seen = await t.call('meetings.get', { id: m.id });
      expect(seen.exchanges[2]).toMatchObject({ topic: 'wantedPersons', sensitivity: 'confidential', summary: '', summaryKm: '', withheld: true });
      expect(JSON.stringify(seen)).not.toContain('Bí mật');
      expect(JSON.stringify(await t.call('meetings.list', {}))).not.toContain('Bí mật');
    }
    await as('liaison');
    expect((await t.call('meetings.list', { query: 'bi mat' })).total).toBe(0);
    expect((await t.call('meetings.list', { query: 'sihanoukville' })).total).toBe(1);
    const file = await t.call('meetings.export', {});
    expect(Buffer.from(file.contentBase64, 'base64').toString('latin1')).toContain('PK');
  });

  it('carries an open action over to the next meeting with the same counterpart, once; the old one stops being overdue', async () => {
    const first = await t.call('meetings.create', { fields: MEETING });
    const offered = await t.call('meetings.carryOver', { counterpartCode: 'kh-kampot-blo', before: '2026-11-30T08:00' });
    expect(offered.map((a) => a.text)).toEqual(['Xác minh nhân thân 6 phụ nữ', 'Tuần tra song phương khu vực mốc 313']);
    expect(await t.call('meetings.carryOver', { counterpartCode: 'kh-takeo-blo' })).toEqual([]);
    const carried = { text: offered[0].text, ownerSide: offered[0].ownerSide, owner: offered[0].owner, due: '2026-12-15', carriedFrom: offered[0].id };
    const second = await t.call('meetings.create', { fields: { ...MEETING, startAt: '2026-11-30T08:00', endAt: null, actions: [carried] } });
    expect(second.actions[0].carriedFromMeeting).toMatchObject({ id: first.id, number: 'HD-2026-0001' });
    const again = await t.call('meetings.get', { id: first.id });
    expect(again.actions[0]).toMatchObject({ overdue: false, carriedInto: { id: second.id } });
    expect((await t.call('meetings.home', {})).overdueActions).toEqual([]);
    // Not twice, not from another counterpart, not from a later meeting.
    expect(await t.tryCall('meetings.create', { fields: { ...MEETING, startAt: '2026-12-01T08:00', endAt: null, actions: [carried] } })).toMatchObject({
      ok: false,
      error: { fields: { 'actions.0.carriedFrom': { en: 'This action was already carried over to HD-2026-0002.' } } },
    });
    expect(
      await t.tryCall('meetings.create', { fields: { ...MEETING, counterpartCode: 'kh-takeo-blo', actions: [{ ...carried, carriedFrom: first.actions[1].id }] } }),
    ).toMatchObject({
      ok: false,
      error: { fields: { 'actions.0.carriedFrom': expect.anything() } },
    });
    // The carried action cannot be removed from the first meeting.
    const fields = { ...MEETING, actions: [{ ...MEETING.actions![1], id: again.actions[1].id }] };
    expect(await t.tryCall('meetings.update', { id: first.id, version: again.version, fields, amendmentReason: '' })).toMatchObject({
      ok: false,
      error: { code: 'rule_violation' },
    });
  });

  it('shows overdue actions on the home page and follows them up without un-approving the meeting', async () => {
    const m = await t.call('meetings.create', { fields: MEETING });
    const submitted = await t.call('meetings.submit', { id: m.id, version: m.version });
    await as('commander');
    expect((await t.call('meetings.home', {})).waiting.map((row) => row.id)).toEqual([m.id]);
    const approved = await t.call('meetings.approve', { id: m.id, version: submitted.version });
    const home = await t.call('meetings.home', {});
    expect(home.overdueActions.map((a) => [a.meetingNumber, a.text, a.due])).toEqual([['HD-2026-0001', 'Xác minh nhân thân 6 phụ nữ', '2026-11-20']]);
    await as('liaison');
    expect(
      await t.tryCall('meetings.followUp', { id: m.id, version: approved.version, actionId: approved.actions[0].id, status: 'done', note: 'Đã xác minh', on: '2026-12-03' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { on: expect.anything() } },
    });
    const done = await t.call('meetings.followUp', {
      id: m.id,
      version: approved.version,
      actionId: approved.actions[0].id,
      status: 'done',
      note: 'Đã xác minh',
      on: '2026-12-01',
    });
    expect(done.review).toMatchObject({ state: 'approved', changedSinceApproval: false });
    expect(done.actions[0]).toMatchObject({ status: 'done', overdue: false, followUps: [{ on: '2026-12-01', note: 'Đã xác minh' }] });
    expect((await t.call('meetings.home', {})).overdueActions).toEqual([]);
    expect(
      await t.tryCall('meetings.followUp', { id: m.id, version: approved.version, actionId: approved.actions[0].id, status: 'done', note: 'x', on: '2026-12-01' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('filters the log by topic, counterpart, period, overdue and words without diacritics; a page of the newest first', async () => {
    await t.call('meetings.create', { fields: MEETING });
    await t.call('meetings.create', {
      fields: {
        ...MEETING,
        counterpartCode: 'kh-takeo-blo',
        startAt: '2026-10-01T08:00',
        endAt: null,
        exchanges: [{ topic: 'drugs', direction: 'given', summary: 'Ma túy đá qua đường sông.' }],
        actions: [],
      },
    });
    const numbers = async (filter: object) => (await t.call('meetings.list', filter)).rows.map((row) => row.meetingNumber);
    expect(await numbers({})).toEqual(['HD-2026-0001', 'HD-2026-0002']);
    expect(await numbers({ topics: ['drugs'] })).toEqual(['HD-2026-0002']);
    expect(await numbers({ counterpartCode: 'kh-kampot-blo' })).toEqual(['HD-2026-0001']);
    expect(await numbers({ from: '2026-11-01' })).toEqual(['HD-2026-0001']);
    expect(await numbers({ overdueOnly: true })).toEqual(['HD-2026-0001']);
    expect(await numbers({ query: 'MA TUY da' })).toEqual(['HD-2026-0002']);
    expect(await numbers({ limit: 1, offset: 1 })).toEqual(['HD-2026-0002']);
    const row = (await t.call('meetings.list', { counterpartCode: 'kh-kampot-blo' })).rows[0];
    expect(row).toMatchObject({
      delegates: { VN: 2, KH: 3 },
      topics: ['illegalCrossing', 'trafficking', 'wantedPersons'],
      actions: { total: 2, pending: 2, overdue: 1 },
      review: 'not_submitted',
    });
    const timeline = await t.call('meetings.timeline', { counterpartCode: 'kh-kampot-blo' });
    expect(timeline.map((entry) => [entry.meeting.meetingNumber, entry.actions.length])).toEqual([['HD-2026-0001', 2]]);
  });

  it('links a repatriation case discussed, shown by its number; an unknown link is refused', async () => {
    const { BASE_FIELDS, THREE_PERSONS } = await import('../support/repatriations.js');
    const c = await t.call('repatriations.create', { fields: BASE_FIELDS, members: THREE_PERSONS.slice(0, 1) });
    const m = await t.call('meetings.create', { fields: { ...MEETING, links: [{ kind: 'repatriation', id: c.id }] } });
    expect(m.links).toEqual([{ kind: 'repatriation', id: c.id, number: c.caseNumber }]);
    expect(await t.tryCall('meetings.create', { fields: { ...MEETING, links: [{ kind: 'interception', id: c.id }] } })).toMatchObject({
      ok: false,
      error: { fields: { 'links.0': expect.anything() } },
    });
  });

  it('a case shows the meetings that discussed it, newest first: none while untouched, not a deleted one, not for another case, never to an administrator', async () => {
    const { BASE_FIELDS, THREE_PERSONS } = await import('../support/repatriations.js');
    const [c1, c2] = [
      await t.call('repatriations.create', { fields: BASE_FIELDS, members: THREE_PERSONS.slice(0, 1) }),
      await t.call('repatriations.create', { fields: BASE_FIELDS, members: THREE_PERSONS.slice(1, 2) }),
    ];
    const discussed = async (id: string) => (await t.call('meetings.linkedTo', { kind: 'repatriation', id })).map((row) => row.meetingNumber);
    expect(await discussed(c1.id)).toEqual([]);

    const link = (...cases: { id: string }[]) => cases.map((c) => ({ kind: 'repatriation' as const, id: c.id }));
    const early = await t.call('meetings.create', { fields: { ...MEETING, links: link(c1) } });
    const late = await t.call('meetings.create', { fields: { ...MEETING, startAt: '2026-11-20T08:30', endAt: null, links: link(c1, c2) } });
    const other = await t.call('meetings.create', { fields: { ...MEETING, links: link(c2) } });
    expect(await discussed(c1.id)).toEqual([late.meetingNumber, early.meetingNumber]);
    expect(await discussed(c2.id)).toEqual([late.meetingNumber, other.meetingNumber]);
    const rows = await t.call('meetings.linkedTo', { kind: 'repatriation', id: c1.id });
    expect(rows[0]).toMatchObject({ id: late.id, startAt: '2026-11-20T08:30', counterpartCode: 'kh-kampot-blo', review: 'not_submitted' });
    // Log rows: facts and counts, never the text of an information item (the confidential one included).
    expect(JSON.stringify(rows)).not.toContain('Bí mật');
    // Unlinking and deleting take a meeting off the case.
    await t.call('meetings.update', { id: other.id, version: other.version, fields: { ...MEETING, links: [] }, amendmentReason: '' });
    await as('commander');
    await t.call('meetings.delete', { id: late.id, version: late.version, reason: 'Ghi trùng.' });
    expect(await discussed(c1.id)).toEqual([early.meetingNumber]);
    expect(await discussed(c2.id)).toEqual([]);
    // Every reader of meetings may ask; a kind that is not linked to meetings is refused on its field.
    await as('officer');
    expect(await discussed(c1.id)).toEqual([early.meetingNumber]);
    expect(await t.tryCall('meetings.linkedTo', { kind: 'person', id: c1.id })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { kind: expect.anything() } },
    });
    // The administrator reads no meetings: refused, nothing of them returned.
    await t.call('vault.signOut', {});
    await t.call('vault.signIn', { username: ADMIN.username, password: ADMIN.password });
    expect(await t.tryCall('meetings.linkedTo', { kind: 'repatriation', id: c1.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('prints the bilingual minutes through the register: a number, a copy on re-print, no confidential text', async () => {
    const m = await t.call('meetings.create', { fields: MEETING });
    const first = await t.call('meetings.print', { id: m.id, template: 'minutes' });
    expect(first).toMatchObject({ number: expect.stringMatching(/^01\/BB-/), copy: false });
    const again = await t.call('meetings.print', { id: m.id, template: 'minutes' });
    expect(again).toMatchObject({ number: first.number, copy: true });
    const { pdfText } = await import('../documents/pdf-text.js');
    const text = await pdfText(Buffer.from(first.pdfBase64, 'base64'));
    expect(text).toContain('Sok Sophea');
    expect(text).not.toContain('Bí mật');
  });

  it('prints the internal report (confidential items only when asked) and a bilingual notice confirming an agreed action', async () => {
    const { pdfText, squeeze } = await import('../documents/pdf-text.js');
    const m = await t.call('meetings.create', { fields: { ...MEETING, proposals: 'Đề nghị chỉ đạo tuần tra.' } });
    const plain = await t.call('meetings.print', { id: m.id, template: 'report' });
    expect(plain.number).toMatch(/^01\/BC-/);
    const plainText = squeeze(pdfText(Buffer.from(plain.pdfBase64, 'base64')));
    expect(plainText).toContain(squeeze('Đề nghị chỉ đạo tuần tra.'));
    expect(plainText).not.toContain(squeeze('Bí mật'));
    const withSecret = await t.call('meetings.print', { id: m.id, template: 'report', includeConfidential: true });
    expect(withSecret).toMatchObject({ number: '02' + plain.number.slice(2), copy: false });
    expect(squeeze(pdfText(Buffer.from(withSecret.pdfBase64, 'base64')))).toContain(squeeze('Bí mật'));

    expect(await t.tryCall('meetings.print', { id: m.id, template: 'liaison_notice' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { 'notice.actionId': expect.anything() } },
    });
    expect(await t.tryCall('meetings.print', { id: m.id, template: 'liaison_notice', notice: { purpose: 'informationRequest' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    const notice = await t.call('meetings.print', { id: m.id, template: 'liaison_notice', notice: { actionId: m.actions[1].id } });
    expect(notice.number).toMatch(/^01\/TB-/);
    const text = squeeze(pdfText(Buffer.from(notice.pdfBase64, 'base64')));
    expect(text).toContain(squeeze('Tuần tra song phương khu vực mốc 313'));
    expect(text).toContain(squeeze('ព្រះរាជាណាចក្រកម្ពុជា'));
  });
});
