import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUP } from '../support/interceptions.js';
import { newEngine, officePeople, setUpVault, type TestEngine } from '../support/vault.js';
import { auditSince, snapshot } from '../support/vault-snapshot.js';

const NOW = new Date('2026-12-02T03:00:00Z');
const HEADS = {
  vnHead: { name: 'Trần Văn Quản', nameKm: 'ត្រឹន វ៉ាន់ ក្វាន', rank: 'Thiếu tá', position: 'Đồn trưởng' },
  khHead: { name: 'Sok Sophea', nameKm: 'សុខ សុភា', rank: 'វរសេនីយ៍ទោ', position: 'Trưởng đồn', positionKm: 'ប្រធានប៉ុស្តិ៍' },
};

describe('interceptions: the returned-crossers minutes', () => {
  let t: TestEngine;
  beforeAll(async () => {
    t = newEngine({ now: () => NOW, timeZone: 'Asia/Ho_Chi_Minh' });
    await setUpVault(t);
    await (
      await officePeople(t, { officer: 'officer' })
    )('officer');
  }, 120_000);
  afterAll(() => t.cleanup());

  it('prints the persons returned across the line, numbered through the register, with the Khmer header; a copy on re-print', async () => {
    const x = await t.call('interceptions.create', { fields: GROUP });
    const gate = (await t.call('reference.list', { kind: 'border_gate' }))[0]!;
    const seq = snapshot(t).auditSeq;
    const first = await t.call('interceptions.print', { id: x.id, handoverAt: '2026-11-21T09:00', gateCode: gate.code, ...HEADS });
    expect(first).toMatchObject({ number: expect.stringMatching(/^01\/BB-/), copy: false });
    expect(auditSince(t, seq).map((e) => [e.action, e.detail])).toEqual([['document.issue', { template: 'returned_crossers', number: first.number, persons: 3 }]]);
    const { pdfText, squeeze } = await import('../documents/pdf-text.js');
    // To look at the minutes by eye: SHOTS_DIR=/tmp/x npx vitest run test/interceptions/print.test.ts
    if (process.env.SHOTS_DIR) writeFileSync(join(process.env.SHOTS_DIR, 'returned-crossers.pdf'), Buffer.from(first.pdfBase64, 'base64'));
    const text = pdfText(Buffer.from(first.pdfBase64, 'base64'));
    for (const name of ['Trần Văn Phúc', 'Sok Dara', 'Chan Sreymom']) expect(text).toContain(name);
    // Only the persons returned: not the possible victims, not the one referred for investigation.
    for (const name of ['Lê Thị Mai', 'Nguyễn Thị Hương', 'Phạm Văn Tài']) expect(text).not.toContain(name);
    expect(squeeze(text)).toContain(squeeze('ព្រះរាជាណាចក្រកម្ពុជា'));
    expect(squeeze(text)).toContain(squeeze('សុខ ដារ៉ា'));
    const again = await t.call('interceptions.print', { id: x.id, handoverAt: '2026-11-21T09:00', gateCode: gate.code, ...HEADS });
    expect(again).toMatchObject({ number: first.number, copy: true });
    expect((await t.call('interceptions.get', { id: x.id })).documents).toMatchObject([{ template: 'returned_crossers', number: first.number }]);
  }, 120_000);

  it('refuses persons not returned, a handover before the interception or in the future, and a record with nobody returned', async () => {
    const x = await t.call('interceptions.create', { fields: { ...GROUP, at: '2026-11-25T22:00' } });
    const victim = x.persons.find((p) => p.outcomes.includes('possible_victim'))!;
    expect(await t.tryCall('interceptions.print', { id: x.id, handoverAt: '2026-11-26T09:00', personIds: [victim.person.id], ...HEADS })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { personIds: { en: 'Only persons marked "returned across the line" go on these minutes.' } } },
    });
    expect(await t.tryCall('interceptions.print', { id: x.id, handoverAt: '2026-11-25T21:00', ...HEADS })).toMatchObject({
      ok: false,
      error: { fields: { handoverAt: expect.anything() } },
    });
    expect(await t.tryCall('interceptions.print', { id: x.id, handoverAt: '2026-12-03T09:00', ...HEADS })).toMatchObject({ ok: false, error: { code: 'rule_violation' } });
    // A returned person who showed an indicator: the minutes say so, in words, instead of "no indication".
    const flagged = await t.call('interceptions.create', {
      fields: {
        ...GROUP,
        at: '2026-11-27T22:00',
        persons: [{ person: { fullNameVi: 'Đào Thị Thu' }, screening: [{ indicator: 'debt', answer: 'yes' }], outcomes: ['returned_across_line'] }],
        facilitators: [],
      },
    });
    const { pdfText } = await import('../documents/pdf-text.js');
    const minutes = await t.call('interceptions.print', { id: flagged.id, handoverAt: '2026-11-28T09:00', ...HEADS });
    expect(pdfText(Buffer.from(minutes.pdfBase64, 'base64')).replace(/\s+/g, ' ')).toContain('Có dấu hiệu mua bán người ở 1/1 người: Có dấu hiệu mua bán người.');
    const none = await t.call('interceptions.create', {
      fields: { ...GROUP, at: '2026-11-26T22:00', persons: [{ person: { fullNameVi: 'Lý Văn Ba' }, outcomes: ['possible_victim'] }], facilitators: [] },
    });
    expect(await t.tryCall('interceptions.print', { id: none.id, handoverAt: '2026-11-27T09:00', ...HEADS })).toMatchObject({
      ok: false,
      error: { fields: { personIds: { en: 'Nobody is marked "returned across the line".' } } },
    });
  }, 120_000);
});
