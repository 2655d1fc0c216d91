import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type CaseView } from '../../src-shared/contract/index.js';
import { BASE_FIELDS, HANDOVER_READY, person, THREE_PERSONS } from '../support/repatriations.js';
import { addAccount, newEngine, setUpVault, signInFresh, type TestEngine } from '../support/vault.js';

/** Every filter of the case list, alone and combined, on three cases that each filter tells apart. Clock: 1 April 2026. */
describe('case list filters', () => {
  let t: TestEngine;
  let a: CaseView; // received at Hà Tiên, handed over 20 March, three people, one a child
  let b: CaseView; // handing over to Cambodia, requested in January, verification overdue
  let c: CaseView; // received, requested 25 March, one adult

  const numbers = async (filter: Record<string, unknown>) => (await t.call('repatriations.list', filter)).rows.map((row) => row.caseNumber);

  beforeAll(async () => {
    t = newEngine({ now: () => new Date('2026-04-01T03:00:00Z') });
    await setUpVault(t);
    const { temporaryPassword } = await addAccount(t, 'chihuy', [...ROLES]);
    await t.call('vault.signOut', {});
    await signInFresh(t, 'chihuy', temporaryPassword);
    a = await t.call('repatriations.create', { fields: { ...BASE_FIELDS, ...HANDOVER_READY, verificationDeadline: '2026-12-31' }, members: THREE_PERSONS });
    b = await t.call('repatriations.create', {
      fields: { ...BASE_FIELDS, direction: 'handing_over_to_kh', requestedOn: '2026-01-10', verificationDeadline: '2026-01-20' },
      members: [THREE_PERSONS[1]],
    });
    c = await t.call('repatriations.create', {
      fields: { ...BASE_FIELDS, requestedOn: '2026-03-25', verificationDeadline: '2026-05-01' },
      members: [person('Lý Văn Minh', { exact: '1997-09-30', year: null, estimatedAge: null }, { sex: 'male' })],
    });
  });
  afterAll(() => t.cleanup());

  it('without a filter: every case, newest request first, with its counts and flags', async () => {
    const list = await t.call('repatriations.list', {});
    expect(list.total).toBe(3);
    expect(list.rows.map((row) => [row.caseNumber, row.persons, row.children, row.overdue, row.gateCode, row.direction])).toEqual([
      [c.caseNumber, 1, 0, false, null, 'receiving_from_kh'],
      [a.caseNumber, 3, 1, false, 'gate-ha-tien', 'receiving_from_kh'],
      [b.caseNumber, 1, 0, true, null, 'handing_over_to_kh'],
    ]);
  });

  it('by direction, gate, children and overdue', async () => {
    expect(await numbers({ direction: 'handing_over_to_kh' })).toEqual([b.caseNumber]);
    expect(await numbers({ direction: 'receiving_from_kh' })).toEqual([c.caseNumber, a.caseNumber]);
    expect(await numbers({ gateCode: 'gate-ha-tien' })).toEqual([a.caseNumber]);
    expect(await numbers({ gateCode: 'gate-tinh-bien' })).toEqual([]);
    expect(await numbers({ childrenOnly: true })).toEqual([a.caseNumber]);
    expect(await numbers({ overdueOnly: true })).toEqual([b.caseNumber]);
  });

  it('by event date, both ends included', async () => {
    expect(await numbers({ from: '2026-03-20' })).toEqual([c.caseNumber, a.caseNumber]);
    expect(await numbers({ from: '2026-03-21' })).toEqual([c.caseNumber]);
    expect(await numbers({ to: '2026-03-20' })).toEqual([a.caseNumber, b.caseNumber]);
    expect(await numbers({ from: '2026-01-10', to: '2026-01-10' })).toEqual([b.caseNumber]);
    expect(await numbers({ from: '2026-04-02' })).toEqual([]);
  });

  it('by stage: an overdue case stops being overdue once it moves past verification', async () => {
    expect(await numbers({ stages: ['requested'] })).toEqual([c.caseNumber, a.caseNumber, b.caseNumber]);
    const moved = await t.call('repatriations.move', { id: b.id, version: b.version, to: 'verifying' });
    expect(await numbers({ stages: ['verifying'] })).toEqual([b.caseNumber]);
    expect(await numbers({ overdueOnly: true, stages: ['verifying'] })).toEqual([b.caseNumber]);
    await t.call('repatriations.move', { id: b.id, version: moved.version, to: 'cancelled', note: 'Phía Campuchia rút yêu cầu' });
    expect(await numbers({ overdueOnly: true })).toEqual([]);
    expect(await numbers({ stages: ['requested', 'cancelled'] })).toEqual([c.caseNumber, a.caseNumber, b.caseNumber]);
    expect(await numbers({ stages: ['closed'] })).toEqual([]);
  });

  it('by text: a case number part, or a member name with or without tones; wildcards are plain text', async () => {
    expect(await numbers({ query: a.caseNumber.slice(-3) })).toEqual([a.caseNumber]);
    expect(await numbers({ query: 'huong' })).toEqual([a.caseNumber]);
    expect(await numbers({ query: 'Đặng Văn Toàn' })).toEqual([a.caseNumber, b.caseNumber]);
    expect(await numbers({ query: 'dang van toan' })).toEqual([a.caseNumber, b.caseNumber]);
    expect(await numbers({ query: '%' })).toEqual(await numbers({}));
    expect(await numbers({ query: 'không ai tên này' })).toEqual([]);
  });

  it('combined filters narrow each other', async () => {
    expect(await numbers({ query: 'toan', direction: 'receiving_from_kh' })).toEqual([a.caseNumber]);
    expect(await numbers({ childrenOnly: true, direction: 'handing_over_to_kh' })).toEqual([]);
  });

  it('pages: the total counts every match, the page holds `limit` rows from `offset`', async () => {
    const page = await t.call('repatriations.list', { offset: 1, limit: 1 });
    expect(page.total).toBe(3);
    expect(page.rows.map((row) => row.caseNumber)).toEqual([a.caseNumber]);
    expect((await t.call('repatriations.list', { offset: 3 })).rows).toEqual([]);
  });

  it('a deleted case leaves the list', async () => {
    await t.call('repatriations.delete', { id: c.id, version: c.version, reason: 'Tạo nhầm' });
    expect(await numbers({})).toEqual([a.caseNumber, b.caseNumber]);
  });
});
