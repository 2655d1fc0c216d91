import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROLES, type CaseView } from '../../src-shared/contract/index.js';
import { BASE_FIELDS, person } from '../support/repatriations.js';
import { addAccount, newEngine, setUpVault, signInFresh, type TestEngine } from '../support/vault.js';

/**
 * Child status belongs to the event date, never to today. The clock is fixed on 20 January 2026, after the
 * 18th birthdays below but before the end of their birth year's 18th anniversary: computed at today's date, every
 * one of these people would turn adult. (Only Date is faked: the vault's timers and argon2 run as usual.)
 */
const TODAY = '2026-01-20T02:00:00Z';
const EVENT = '2025-12-10';

describe('child status at the event date, with the clock early in the next year', () => {
  let t: TestEngine;
  let view: CaseView;

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(TODAY));
    t = newEngine();
    await setUpVault(t);
    const { temporaryPassword } = await addAccount(t, 'canbo', [...ROLES]);
    await t.call('vault.signOut', {});
    await signInFresh(t, 'canbo', temporaryPassword);
    view = await t.call('repatriations.create', {
      fields: { ...BASE_FIELDS, requestedOn: EVENT },
      members: [
        person('Trẻ ngày đủ', { exact: '2007-12-20', year: null, estimatedAge: null }), // 17 on the event day, 18 today
        person('Trẻ chỉ có năm', { exact: null, year: 2007, estimatedAge: null }), // may be 17 on the event day, surely 18 today
        person('Người lớn', { exact: '2007-12-01', year: null, estimatedAge: null }), // 18 on both days
      ],
    });
  });
  afterAll(async () => {
    await t?.cleanup();
    vi.useRealTimers();
  });

  it('the clock really is early in the year (the test would prove nothing otherwise)', () => {
    expect(new Date().toISOString()).toBe('2026-01-20T02:00:00.000Z');
    expect(view.eventDate).toBe(EVENT);
  });

  it('the case view: children at the event date, with their age then', () => {
    expect(view.members.map((m) => [m.person.fullNameVi, m.child, m.ageYears, m.ageExact])).toEqual([
      ['Trẻ ngày đủ', true, 17, true],
      ['Trẻ chỉ có năm', true, 17, false],
      ['Người lớn', false, 18, true],
    ]);
  });

  it('the case list counts them and the children filter finds the case', async () => {
    const list = await t.call('repatriations.list', {});
    expect(list.rows.map((row) => [row.caseNumber, row.persons, row.children])).toEqual([[view.caseNumber, 3, 2]]);
    expect((await t.call('repatriations.list', { childrenOnly: true })).total).toBe(1);
  });

  it('reopening the case later still shows them as children', async () => {
    const again = await t.call('repatriations.get', { id: view.id });
    expect(again.members.map((m) => m.child)).toEqual([true, true, false]);
  });
});
