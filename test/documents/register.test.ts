import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAccount, newEngine, setUpVault, signInFresh, type TestEngine } from '../support/vault.js';
import { BASE_FIELDS, HANDOVER_READY, THREE_PERSONS } from '../support/repatriations.js';

describe('document register', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = newEngine();
    await setUpVault(t);
    const { temporaryPassword } = await addAccount(t, 'lienlac', ['liaison']);
    await t.call('vault.signOut', {});
    await signInFresh(t, 'lienlac', temporaryPassword);
  });
  afterEach(() => t.cleanup());

  // The engine runs calls one at a time: these prints are queued together, not issued concurrently.
  it('numbers documents uniquely and sequentially per kind when many prints are queued at once', async () => {
    const cases = [];
    for (let i = 0; i < 6; i++) cases.push(await t.call('repatriations.create', { fields: { ...BASE_FIELDS, ...HANDOVER_READY }, members: THREE_PERSONS.slice(0, 1) }));
    // Fire every print at once, twice for each case: 6 new numbers, 6 copies.
    const results = await Promise.all(cases.flatMap((c) => [c, c]).map((c) => t.call('repatriations.print', { id: c.id, template: 'handover_minutes' })));
    const originals = results
      .filter((r) => !r.copy)
      .map((r) => r.number)
      .sort();
    expect(originals).toEqual(['01', '02', '03', '04', '05', '06'].map((n) => `${n}/BB-VPLL-HT`));
    expect(results.filter((r) => r.copy)).toHaveLength(6);
    // The internal minutes share the minutes' sequence ("BB"): the next number is 07.
    const withInternal = await t.call('repatriations.update', {
      id: cases[0].id,
      version: (await t.call('repatriations.get', { id: cases[0].id })).version,
      fields: {
        ...BASE_FIELDS,
        ...HANDOVER_READY,
        internalHandover: { receiverUnit: 'Công an tỉnh An Giang', receiverMembers: [{ name: 'Lý Văn Hậu', rank: 'Trung tá', isHead: true }] },
      },
    });
    const internal = await t.call('repatriations.print', { id: withInternal.id, template: 'internal_handover' });
    expect(internal.number).toBe('07/BB-VPLL-HT');
  });

  it('verifies a real number and printed hash, and rejects an altered one', async () => {
    const created = await t.call('repatriations.create', { fields: { ...BASE_FIELDS, ...HANDOVER_READY }, members: THREE_PERSONS });
    const printed = await t.call('repatriations.print', { id: created.id, template: 'handover_minutes' });
    const shortHash = printed.contentHash.slice(0, 16).match(/.{4}/g)!.join(' ');
    expect(await t.call('documents.verify', { number: printed.number, hash: shortHash })).toMatchObject({ found: true, template: 'handover_minutes', issuedBy: 'Cán bộ lienlac' });
    const altered = `${shortHash.slice(0, -1)}${shortHash.endsWith('0') ? '1' : '0'}`;
    expect(await t.call('documents.verify', { number: printed.number, hash: altered })).toEqual({ found: false });
    expect(await t.call('documents.verify', { number: '99/BB-VPLL-HT', hash: printed.contentHash })).toEqual({ found: false });
    expect(await t.tryCall('documents.verify', { number: printed.number, hash: 'xyz' })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { hash: {} } } });
  });

  it('a changed record prints as a new document; the old number stays in the register', async () => {
    const created = await t.call('repatriations.create', { fields: { ...BASE_FIELDS, ...HANDOVER_READY }, members: THREE_PERSONS });
    const first = await t.call('repatriations.print', { id: created.id, template: 'handover_minutes' });
    const changed = await t.call('repatriations.update', {
      id: created.id,
      version: (await t.call('repatriations.get', { id: created.id })).version,
      fields: { ...BASE_FIELDS, ...HANDOVER_READY, healthSummary: 'Một người cần điều trị.' },
    });
    const second = await t.call('repatriations.print', { id: changed.id, template: 'handover_minutes' });
    expect([first.number, second.number, second.copy]).toEqual(['01/BB-VPLL-HT', '02/BB-VPLL-HT', false]);
    expect((await t.call('repatriations.get', { id: created.id })).documents.map((d) => d.number)).toEqual(['01/BB-VPLL-HT', '02/BB-VPLL-HT']);
  });
});

describe('document register across years', () => {
  it("numbers restart at 01 in a new year; last year's numbers stay in the register and still verify", async () => {
    // A running clock that starts on 31 December, then jumps to 2 January.
    let offset = Date.parse('2026-12-31T09:00:00+07:00') - Date.now();
    const t = newEngine({ now: () => new Date(Date.now() + offset) });
    try {
      await setUpVault(t);
      const { temporaryPassword } = await addAccount(t, 'lienlac', ['liaison']);
      await t.call('vault.signOut', {});
      await signInFresh(t, 'lienlac', temporaryPassword);
      const print = async () => {
        const created = await t.call('repatriations.create', { fields: { ...BASE_FIELDS, ...HANDOVER_READY }, members: THREE_PERSONS.slice(0, 1) });
        return t.call('repatriations.print', { id: created.id, template: 'handover_minutes' });
      };
      const december = [await print(), await print()];
      offset = Date.parse('2027-01-02T09:00:00+07:00') - Date.now();
      const january = [await print(), await print()];
      expect([...december, ...january].map((d) => d.number)).toEqual(['01/BB-VPLL-HT', '02/BB-VPLL-HT', '01/BB-VPLL-HT', '02/BB-VPLL-HT']);
      expect(january.every((d) => !d.copy)).toBe(true);
      const code = (hash: string) => hash.slice(0, 16).match(/.{4}/g)!.join(' ');
      for (const d of [...december, ...january]) expect(await t.call('documents.verify', { number: d.number, hash: code(d.contentHash) })).toMatchObject({ found: true });
    } finally {
      t.cleanup();
    }
  });
});

describe('document labels', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = newEngine();
    await setUpVault(t);
  });
  afterEach(() => t.cleanup());

  it('saves a corrected Khmer label (audited), refuses a stale save with the newer label, ignores a no-op save', async () => {
    const label = (await t.call('documents.labels', {})).find((l) => l.key === 'side.KH')!;
    const saved = await t.call('documents.saveLabel', { ...label, km: 'ភាគីព្រះរាជាណាចក្រកម្ពុជា', needsReview: false });
    expect(saved).toMatchObject({ km: 'ភាគីព្រះរាជាណាចក្រកម្ពុជា', needsReview: false, version: label.version + 1 });
    expect(await t.tryCall('documents.saveLabel', { ...label, km: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', detail: { current: { km: 'ភាគីព្រះរាជាណាចក្រកម្ពុជា' } } },
    });
    expect(await t.call('documents.saveLabel', { ...saved })).toMatchObject({ version: saved.version });
    const entries = (await t.call('audit.list', { action: 'document.label_update', actionExact: true })).entries;
    expect(entries).toHaveLength(1);
    expect(entries[0].detail).toEqual({ changed: ['km', 'needs_review'] });
  });
});
