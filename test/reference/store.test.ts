import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReferenceItem } from '../../src-shared/contract/index.js';
import { placeOptions, seedRows } from '../../src-main/reference/store.js';
import { auditSince, snapshot } from '../support/vault-snapshot.js';
import { newEngine, setUpVault, type TestEngine } from '../support/vault.js';

const NEW_TERM = {
  kind: 'vocabulary:sex',
  code: 'intersex',
  labelVi: 'Liên giới tính',
  labelKm: 'អន្តរភេទ',
  labelEn: 'Intersex',
  parentCode: null,
  validFrom: null,
  validTo: null,
  successorCode: null,
  sort: 9,
  needsReview: true,
  active: true,
};

/** An item as the editor sends it back: everything but the seed's extra data. */
const editable = ({ data: _data, ...item }: ReferenceItem) => item;

/** Reference data in the vault: seeded at setup, listed by kind, corrected by an administrator (versioned, audited). */
describe('reference store', () => {
  let t: TestEngine;
  beforeAll(async () => {
    t = newEngine();
    await setUpVault(t);
  });
  afterAll(() => t.cleanup());

  it('setup stores every seed row; a kind lists only its own items, in their order', async () => {
    const all = await t.call('reference.list', {});
    expect(all).toHaveLength(seedRows('x').length);
    const sexes = await t.call('reference.list', { kind: 'vocabulary:sex' });
    expect(sexes.length).toBeGreaterThan(1);
    expect(sexes.every((item) => item.kind === 'vocabulary:sex' && item.version === 1 && item.active)).toBe(true);
    expect(sexes.map((item) => item.sort)).toEqual([...sexes.map((item) => item.sort)].sort((a, b) => a - b));
    expect(await t.call('reference.list', { kind: 'vocabulary:no_such_list' })).toEqual([]);
  });

  it('creates a new item at version 1 and audits it', async () => {
    const before = snapshot(t);
    const created = await t.call('reference.save', NEW_TERM);
    expect(created).toEqual({ ...NEW_TERM, data: {}, version: 1 });
    expect(auditSince(t, before.auditSeq).map((entry) => [entry.action, entry.record_type, entry.record_id])).toEqual([['reference.create', 'vocabulary:sex', 'intersex']]);
  });

  it('refuses to create over an existing code (no version given) and to update a code that does not exist', async () => {
    expect(await t.tryCall('reference.save', NEW_TERM)).toMatchObject({ ok: false, error: { code: 'conflict', fields: { code: { en: 'Code exists.' } } } });
    expect(await t.tryCall('reference.save', { ...NEW_TERM, code: 'nobody', version: 1 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('updates with the current version: version + 1, the changed columns named in the audit entry', async () => {
    const before = snapshot(t);
    const updated = await t.call('reference.save', { ...NEW_TERM, labelEn: 'Intersex person', needsReview: false, version: 1 });
    expect(updated).toMatchObject({ labelEn: 'Intersex person', needsReview: false, version: 2 });
    const entries = auditSince(t, before.auditSeq);
    expect(entries.map((entry) => entry.action)).toEqual(['reference.update']);
    expect(entries[0].detail).toEqual({ changed: ['label_en', 'needs_review'] });
  });

  it('a stale version is a conflict carrying the current item, and changes nothing', async () => {
    const before = snapshot(t);
    const result = await t.tryCall('reference.save', { ...NEW_TERM, labelVi: 'Khác', version: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', detail: { current: { code: 'intersex', version: 2, labelEn: 'Intersex person' } } } });
    expect(snapshot(t).tables).toEqual(before.tables);
  });

  it('saving what is already there is not a change: no new version, no audit entry', async () => {
    const before = snapshot(t);
    const same = await t.call('reference.save', { ...NEW_TERM, labelEn: 'Intersex person', needsReview: false, version: 2 });
    expect(same.version).toBe(2);
    expect(auditSince(t, before.auditSeq)).toEqual([]);
  });

  it('place options: border provinces and gates, only current and active ones, from the vault once it is open', async () => {
    const now = new Date('2026-06-01T00:00:00Z');
    const fromSeed = await placeOptions(null, now);
    const fromVault = await placeOptions(t.engine.ctx.vault, now);
    expect(fromVault).toEqual(fromSeed);
    expect(fromSeed.provinces.length).toBeGreaterThan(0);
    expect(fromSeed.gates.map((gate) => gate.code)).toContain('gate-ha-tien');

    const gate = (await t.call('reference.list', { kind: 'border_gate' })).find((item) => item.code === 'gate-ha-tien')!;
    await t.call('reference.save', { ...editable(gate), active: false });
    expect((await placeOptions(t.engine.ctx.vault, now)).gates.map((g) => g.code)).not.toContain('gate-ha-tien');

    const province = (await t.call('reference.list', { kind: 'admin_unit' })).find((item) => item.code === fromSeed.provinces[0].code)!;
    await t.call('reference.save', { ...editable(province), validTo: '2026-05-31' });
    const later = await placeOptions(t.engine.ctx.vault, now);
    expect(later.provinces.map((p) => p.code)).not.toContain(province.code);
    expect((await placeOptions(t.engine.ctx.vault, new Date('2026-05-31T12:00:00Z'))).provinces.map((p) => p.code)).toContain(province.code);
    await t.call('reference.save', { ...editable(province), validTo: null, validFrom: '2026-06-02', version: province.version + 1 });
    expect((await placeOptions(t.engine.ctx.vault, now)).provinces.map((p) => p.code)).not.toContain(province.code);
  });

  it('reference.places answers before setup, from the seed', async () => {
    const fresh = newEngine();
    try {
      const places = await fresh.call('reference.places', {});
      expect(places.gates.map((gate) => gate.code)).toContain('gate-ha-tien');
      expect(places.gates.find((gate) => gate.code === 'gate-ha-tien')).toMatchObject({ vn: expect.any(String), kh: expect.any(String), verified: expect.any(Boolean) });
    } finally {
      await fresh.cleanup();
    }
  });
});
