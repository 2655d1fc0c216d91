import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { interceptionFieldsSchema } from '../../src-shared/contract/index.js';
import { GROUP } from '../support/interceptions.js';
import { newEngine, officePeople, setUpVault, type TestEngine } from '../support/vault.js';
import { auditSince, changedTables, snapshot } from '../support/vault-snapshot.js';

const NOW = new Date('2026-12-02T03:00:00Z');
const ROLES = { officer: 'officer', liaison: 'liaison', commander: 'commander', auditor: 'auditor', admin2: 'administrator' } as const;

describe('interceptions', () => {
  let t: TestEngine;
  let as: (person: keyof typeof ROLES) => Promise<void>;
  beforeEach(async () => {
    t = newEngine({ now: () => NOW, timeZone: 'Asia/Ho_Chi_Minh' });
    await setUpVault(t);
    as = await officePeople(t, ROLES);
    await as('officer');
  });
  afterEach(() => t.cleanup());

  it('records a group interception: number, people created, screening levels with reasons, counts; audits counts, never names', async () => {
    const seq = snapshot(t).auditSeq;
    const x = await t.call('interceptions.create', { fields: GROUP });
    expect(x.interceptionNumber).toBe('NC-2026-0001');
    expect(x.eventDate).toBe('2026-11-20');
    expect(x.persons.map((p) => [p.person.fullNameVi, p.child, p.screeningResult.level])).toEqual([
      ['Lê Thị Mai', true, 'some'],
      ['Nguyễn Thị Hương', false, 'strong'],
      ['Trần Văn Phúc', false, 'none'],
      ['Sok Dara', false, 'none'],
      ['Chan Sreymom', false, 'none'],
      ['Phạm Văn Tài', false, 'none'],
    ]);
    expect(x.persons[0]!.screeningResult.reasons.map((r) => r.code)).toEqual(['any_indicator', 'child_without_guardian']);
    expect(x.persons[1]!.screeningResult.reasons[0]!.vi).toBe('Vừa mắc nợ người đưa đi vừa được hứa hẹn việc làm gian dối');
    expect(x.facilitators).toMatchObject([{ role: 'transporter', person: { fullNameVi: 'Võ Văn Lái' } }]);
    expect(x.vehicles).toEqual([{ type: 'car', plate: '68A-123.45', owner: 'Võ Văn Lái', note: '' }]);
    const entries = auditSince(t, seq);
    expect(entries.map((e) => e.action)).toEqual([...Array(7).fill('person.create'), 'interception.create']);
    expect(JSON.stringify(entries)).not.toMatch(/Mai|Hương|Lái/);
    const list = await t.call('interceptions.list', {});
    expect(list.rows[0]).toMatchObject({
      persons: 6,
      children: 1,
      outcomes: { returned_across_line: 3, administrative_sanction: 1, referred_for_investigation: 1, possible_victim: 2 },
      levels: { none: 4, some: 1, strong: 1 },
    });
  });

  it('the untouched defaults of the form save (no persons yet) but cannot be submitted', async () => {
    const x = await t.call('interceptions.create', { fields: { at: '2026-12-02T08:00', marker: '315', unit: 'Đồn Biên phòng Hà Tiên', direction: 'entering_vn' } });
    expect(x.persons).toEqual([]);
    expect(interceptionFieldsSchema.parse({ at: '2026-12-02T08:00', unit: 'x', direction: 'leaving_vn' }).coordinates).toBeNull();
    expect(await t.tryCall('interceptions.submit', { id: x.id, version: x.version })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { persons: { en: 'No intercepted person.' } } },
    });
  });

  it('refuses empty, too long, future, out-of-area and unknown input with bilingual field errors, and stores nothing', async () => {
    const before = snapshot(t);
    const refused = async (fields: object) =>
      (await t.tryCall('interceptions.create', { fields: { ...GROUP, ...fields } })) as { ok: boolean; error?: { fields?: Record<string, { vi: string; en: string }> } };
    expect((await refused({ unit: '  ' })).error?.fields).toHaveProperty(['fields.unit']);
    expect((await refused({ unit: 'x'.repeat(201) })).error?.fields).toHaveProperty(['fields.unit']);
    expect((await t.tryCall('interceptions.create', {})) as { ok: boolean }).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    // 10:01 on the office clock is after now (03:00 UTC = 10:00 in Viet Nam); 09:59 is past.
    const future = (await refused({ at: '2026-12-02T10:01' })).error!.fields!;
    expect(future.at).toEqual({ vi: 'Thời điểm ngăn chặn ở tương lai.', en: 'The interception time is in the future.' });
    expect((await refused({ coordinates: { lat: 104.47, lon: 10.43 } })).ok).toBe(false);
    expect((await refused({ coordinates: { lat: 11.5, lon: 106.2 } })).error?.fields?.coordinates?.en).toMatch(/outside the province's border area/);
    expect((await refused({ marker: '', placeDescription: '' })).error?.fields).toHaveProperty('marker');
    expect((await refused({ crossingMethod: 'teleport' })).error?.fields).toHaveProperty('crossingMethod');
    expect((await refused({ persons: [{ ...GROUP.persons![0], screening: [{ indicator: 'mind_reading', answer: 'yes' }] }] })).error?.fields).toHaveProperty([
      'persons.0.screening.0.indicator',
    ]);
    expect((await refused({ persons: [{}] })).error?.fields).toHaveProperty(['persons.0.person']);
    expect(changedTables(before, snapshot(t, before))).toEqual([]);
    expect(await t.tryCall('interceptions.create', { fields: { ...GROUP, at: '2026-12-02T09:59' } })).toMatchObject({ ok: true });
  });

  it('a stale save is refused with who changed it; after approval a change needs a reason and marks the record changed', async () => {
    const x = await t.call('interceptions.create', { fields: GROUP });
    const fields = {
      ...GROUP,
      persons: x.persons.map((p, i) => ({ ...GROUP.persons![i], person: null, personId: p.person.id })),
      facilitators: [{ personId: x.facilitators[0]!.person.id, role: 'transporter' }],
    };
    const saved = await t.call('interceptions.update', { id: x.id, version: x.version, fields: { ...fields, notes: 'Bổ sung' }, amendmentReason: '' });
    expect(saved.version).toBe(2);
    expect(saved.persons).toHaveLength(6);
    const stale = await t.tryCall('interceptions.update', { id: x.id, version: 1, fields, amendmentReason: '' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await t.call('interceptions.submit', { id: x.id, version: saved.version });
    await as('commander');
    const approved = await t.call('interceptions.approve', { id: x.id, version: saved.version + 1 });
    expect(approved.approved).not.toBeNull();
    await as('officer');
    expect(await t.tryCall('interceptions.update', { id: x.id, version: approved.version, fields, amendmentReason: '' })).toMatchObject({
      ok: false,
      error: { code: 'rule_violation' },
    });
    const amended = await t.call('interceptions.update', { id: x.id, version: approved.version, fields: { ...fields, marker: '314/1' }, amendmentReason: 'Sửa số mốc' });
    expect(amended.review.changedSinceApproval).toBe(true);
  });

  it('refuses what a role may not do, without an audit entry or a change', async () => {
    const x = await t.call('interceptions.create', { fields: GROUP });
    const before = snapshot(t);
    await as('auditor');
    const auditorBefore = snapshot(t);
    expect(await t.tryCall('interceptions.create', { fields: GROUP })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.tryCall('interceptions.update', { id: x.id, version: x.version, fields: GROUP })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.tryCall('interceptions.openVictimCase', { id: x.id, version: x.version })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(auditSince(t, auditorBefore.auditSeq).filter((e) => !e.action.startsWith('auth.'))).toEqual([]);
    await as('officer');
    const officerBefore = snapshot(t);
    expect(await t.tryCall('interceptions.approve', { id: x.id, version: x.version })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.tryCall('interceptions.delete', { id: x.id, version: x.version, reason: 'nhầm' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(auditSince(t, officerBefore.auditSeq).filter((e) => !e.action.startsWith('auth.'))).toEqual([]);
    await as('admin2');
    expect(await t.tryCall('interceptions.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(changedTables(before, snapshot(t, before)).filter((table) => table !== 'audit_log' && table !== 'sessions')).toEqual([]);
  });

  it('the rules are data: switching a rule row off changes the level of the next save', async () => {
    const docsTaken = { ...GROUP, persons: [{ person: { fullNameVi: 'Đinh Thị Lan' }, screening: [{ indicator: 'documents_taken', answer: 'yes' as const }] }], facilitators: [] };
    expect((await t.call('interceptions.create', { fields: docsTaken })).persons[0]!.screeningResult.level).toBe('strong');
    await as('admin2');
    const rule = (await t.call('reference.list', { kind: 'vocabulary:screening_rule' })).find((r) => r.code === 'documents_taken')!;
    expect(rule.data).toEqual({ level: 'strong', indicators: ['documents_taken'], min: 1 });
    const { data: _data, ...row } = rule;
    await t.call('reference.save', { ...row, active: false });
    await as('officer');
    const after = await t.call('interceptions.create', { fields: docsTaken });
    expect(after.persons[0]!.screeningResult).toMatchObject({ level: 'some', reasons: [{ code: 'any_indicator' }] });
  });

  it('filters the list by period, direction, unit, marker, outcome, level and children, with counts of the filtered set', async () => {
    await t.call('interceptions.create', { fields: GROUP });
    await t.call('interceptions.create', {
      fields: {
        ...GROUP,
        at: '2026-10-02T05:00',
        marker: '320',
        unit: 'Đồn Biên phòng Hà Tiên',
        direction: 'entering_vn',
        persons: [{ person: { fullNameVi: 'Kim Sovann', nationality: 'KH' }, outcomes: ['returned_across_line'] }],
        facilitators: [],
      },
    });
    const all = await t.call('interceptions.list', {});
    expect(all.total).toBe(2);
    expect(all.rows.map((r) => r.marker)).toEqual(['314', '320']);
    expect(all.stats).toEqual({
      interceptions: 2,
      persons: 7,
      byDirection: { leaving_vn: { interceptions: 1, persons: 6 }, entering_vn: { interceptions: 1, persons: 1 } },
      byOutcome: { returned_across_line: 4, administrative_sanction: 1, referred_for_investigation: 1, possible_victim: 2, none: 0 },
    });
    const only = async (filter: object) => (await t.call('interceptions.list', filter)).rows.map((r) => r.marker);
    expect(await only({ from: '2026-11-01' })).toEqual(['314']);
    expect(await only({ to: '2026-10-31' })).toEqual(['320']);
    expect(await only({ direction: 'entering_vn' })).toEqual(['320']);
    expect(await only({ unit: 'don bien phong ha tien' })).toEqual(['320']);
    expect(await only({ marker: '314' })).toEqual(['314']);
    expect(await only({ outcomes: ['possible_victim'] })).toEqual(['314']);
    expect(await only({ levels: ['strong'] })).toEqual(['314']);
    expect(await only({ childrenOnly: true })).toEqual(['314']);
    expect((await t.call('interceptions.list', { direction: 'entering_vn' })).stats.persons).toBe(1);
  });

  it('opens a victim case for the possible victims with their screening as HTCDS means of control, linked; then adds to an open case', async () => {
    const x = await t.call('interceptions.create', { fields: GROUP });
    const seq = snapshot(t).auditSeq;
    const opened = await t.call('interceptions.openVictimCase', { id: x.id, version: x.version });
    expect(opened).toMatchObject({ created: true, caseNumber: 'HH-2026-0001' });
    const victims = opened.interception.persons.filter((p) => p.victimCase);
    expect(victims.map((p) => [p.person.fullNameVi, p.victimCase!.number])).toEqual([
      ['Lê Thị Mai', 'HH-2026-0001'],
      ['Nguyễn Thị Hương', 'HH-2026-0001'],
    ]);
    expect(auditSince(t, seq).map((e) => e.action)).toEqual(['repatriation.create', 'interception.open_victim_case']);
    const theCase = await t.call('repatriations.get', { id: opened.caseId });
    expect(theCase.members.map((m) => [m.person.fullNameVi, m.participation.role, m.participation.meansOfControl, m.participation.recruitment])).toEqual([
      ['Lê Thị Mai', 'being_identified', [], 'internet'],
      ['Nguyễn Thị Hương', 'being_identified', ['false_promises', 'debt_bondage'], 'job_offer'],
    ]);
    expect(theCase.members[0]!.child).toBe(true);
    const links = t.engine.ctx.vault.open().sqlite.prepare('SELECT record_kind, target_kind, target_id FROM record_links WHERE record_id = ?').all(opened.caseId);
    expect(links).toEqual([{ record_kind: 'repatriation', target_kind: 'interception', target_id: x.id }]);
    // Both now show the other record on their history.
    const history = await t.call('people.history', { personId: victims[0]!.person.id });
    expect(history.map((r) => [r.kind, r.number, r.part])).toEqual([
      ['interception', 'NC-2026-0001', 'intercepted'],
      ['repatriation', 'HH-2026-0001', 'being_identified'],
    ]);
    // Again: nobody left without a case.
    expect(await t.tryCall('interceptions.openVictimCase', { id: x.id, version: opened.interception.version })).toMatchObject({ ok: false, error: { code: 'rule_violation' } });

    // A second interception: the same woman intercepted again is found, her other records shown; a new possible victim joins the open case.
    const second = await t.call('interceptions.create', {
      fields: {
        ...GROUP,
        at: '2026-11-28T21:00',
        persons: [
          { personId: victims[0]!.person.id, outcomes: ['returned_across_line'] },
          { person: { fullNameVi: 'Hồ Thị Nga', birth: { exact: '2000-01-01' } }, screening: [{ indicator: 'documents_taken', answer: 'yes' }], outcomes: ['possible_victim'] },
        ],
        facilitators: [],
      },
    });
    expect(second.persons[0]!.otherRecords.map((r) => r.number)).toEqual(['NC-2026-0001', 'HH-2026-0001']);
    const joined = await t.call('interceptions.openVictimCase', { id: second.id, version: second.version, caseId: opened.caseId });
    expect(joined).toMatchObject({ created: false, caseId: opened.caseId });
    const grown = await t.call('repatriations.get', { id: opened.caseId });
    expect(grown.members.map((m) => [m.person.fullNameVi, m.participation.meansOfControl])).toEqual([
      ['Lê Thị Mai', []],
      ['Nguyễn Thị Hương', ['false_promises', 'debt_bondage']],
      ['Hồ Thị Nga', ['withholds_documents']],
    ]);
    expect(grown.version).toBe(theCase.version + 1);
    // Only a marked person can be sent to a case.
    const third = await t.call('interceptions.create', {
      fields: { ...GROUP, at: '2026-11-29T21:00', persons: [{ person: { fullNameVi: 'Lý Văn Ba' }, outcomes: ['returned_across_line'] }], facilitators: [] },
    });
    expect(await t.tryCall('interceptions.openVictimCase', { id: third.id, version: third.version, personIds: [third.persons[0]!.person.id] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { 'personIds.0': expect.anything() } },
    });
  });

  it('deletes with a reason (commander): gone from the list and from every history', async () => {
    const x = await t.call('interceptions.create', { fields: GROUP });
    await as('commander');
    await t.call('interceptions.delete', { id: x.id, version: x.version, reason: 'Nhập trùng' });
    expect((await t.call('interceptions.list', {})).total).toBe(0);
    expect(await t.tryCall('interceptions.get', { id: x.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await t.call('people.history', { personId: x.persons[0]!.person.id })).toEqual([]);
  });
});
