/**
 * repatriations.print with template 'liaison_notice': the bilingual notice to the counterpart office with the
 * case's facts (agreed date, gate, transport, persons and children, the counterpart's reference), numbered in the
 * notices' own register sequence; what a purpose needs and the case lacks is refused on the case's field.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LABELS as L } from '../../src-main/documents/index.js';
import { pdfText, squeeze } from '../documents/pdf-text.js';
import { BASE_FIELDS, HANDOVER_READY, THREE_PERSONS } from '../support/repatriations.js';
import { addAccount, newEngine, setUpVault, signInFresh, type TestEngine } from '../support/vault.js';

const NOW = Date.parse('2026-03-10T10:00:00+07:00');
const TZ = 'Asia/Ho_Chi_Minh';

describe('liaison notice from a repatriation case', () => {
  let t: TestEngine;
  beforeEach(async () => {
    const offset = NOW - Date.now();
    t = newEngine({ now: () => new Date(Date.now() + offset), timeZone: TZ });
    await setUpVault(t);
    const { temporaryPassword } = await addAccount(t, 'lienlac', ['liaison']);
    await t.call('vault.signOut', {});
    await signInFresh(t, 'lienlac', temporaryPassword);
  });
  afterEach(() => t.cleanup());

  const text = (base64: string) => squeeze(pdfText(Buffer.from(base64, 'base64'), { raw: true }));

  it('prints the case facts in both languages, TB sequence, copy on re-print, next number when the case changes', async () => {
    // Agreed for 20/03 (after today, 10/03: a notice plans a handover), gate, car, three persons, one a child.
    const view = await t.call('repatriations.create', { fields: { ...BASE_FIELDS, ...HANDOVER_READY }, members: THREE_PERSONS });
    const minutes = await t.call('repatriations.print', { id: view.id, template: 'handover_minutes' });
    const first = await t.call('repatriations.print', { id: view.id, template: 'liaison_notice', purpose: 'handoverArrangement' });
    expect([minutes.number, first.number, first.copy]).toEqual(['01/BB-VPLL-HT', '01/TB-VPLL-HT', false]);
    const printed = text(first.pdfBase64);
    const expected = [
      L['header.kh.title'].km,
      L['title.notice'].vi,
      L['title.notice'].km,
      L['notice.counterpart.default'].vi,
      L['notice.counterpart.default'].km,
      'KH-POL-2026/117',
      'Hà Tiên, ngày 10 tháng 3 năm 2026',
      '09 giờ 30 phút ngày 20/03/2026',
      'ថ្ងៃទី២០ ខែមីនា ឆ្នាំ២០២៦',
      'Ô tô',
      'រថយន្ត',
      '03 người (trong đó có 01 trẻ em)',
      '០៣ នាក់ (ក្នុងនោះមានកុមារ ០១ នាក់)',
      // Signed by the head of the Vietnamese delegation.
      'TRƯỞNG VĂN PHÒNG',
      'Thiếu tá Trần Văn Quản',
    ];
    expect(expected.filter((value) => !printed.includes(squeeze(value)))).toEqual([]);

    const again = await t.call('repatriations.print', { id: view.id, template: 'liaison_notice', purpose: 'handoverArrangement' });
    expect([again.number, again.copy]).toEqual([first.number, true]);
    const moved = await t.call('repatriations.update', {
      id: view.id,
      version: (await t.call('repatriations.get', { id: view.id })).version,
      fields: { ...BASE_FIELDS, ...HANDOVER_READY, agreedDate: '2026-03-22', handoverAt: null },
    });
    const second = await t.call('repatriations.print', {
      id: moved.id,
      template: 'liaison_notice',
      purpose: 'handoverArrangement',
      body: { vi: 'Phía Việt Nam đề nghị lùi ngày bàn giao.', km: 'ភាគីវៀតណាមស្នើពន្យារថ្ងៃប្រគល់។' },
    });
    expect([second.number, second.copy]).toEqual(['02/TB-VPLL-HT', false]);
    const secondText = text(second.pdfBase64);
    expect([secondText.includes(squeeze('ngày 22/03/2026')), secondText.includes(squeeze('ភាគីវៀតណាមស្នើពន្យារថ្ងៃប្រគល់។')), secondText.includes('09giờ30')]).toEqual([
      true,
      true,
      false,
    ]);

    // Verification results: the officer's text is the fact.
    const verified = await t.call('repatriations.print', {
      id: view.id,
      template: 'liaison_notice',
      purpose: 'verificationResult',
      body: { vi: 'Cả 03 người đã được xác minh là công dân Việt Nam.', km: '' },
    });
    expect(text(verified.pdfBase64)).toContain(squeeze(`${L['notice.verification'].vi}${L['notice.verification'].km}Cả 03 người đã được xác minh là công dân Việt Nam.`));
    expect(verified.number).toBe('03/TB-VPLL-HT');
  });

  it('refuses on the case field a purpose needs', async () => {
    const bare = await t.call('repatriations.create', { fields: BASE_FIELDS, members: THREE_PERSONS });
    const refused = (input: object) => t.tryCall('repatriations.print', { id: bare.id, template: 'liaison_notice', ...input } as never);
    expect(await refused({ purpose: 'handoverArrangement' })).toMatchObject({ ok: false, error: { code: 'rule_violation', fields: { agreedDate: {} } } });
    expect(await refused({ purpose: 'informationRequest' })).toMatchObject({ ok: false, error: { code: 'rule_violation', fields: { 'body.vi': {} } } });
    // No head of the Vietnamese delegation and an officer without a position: nobody to sign.
    expect(await refused({ purpose: 'informationRequest', body: { vi: 'Đề nghị cung cấp danh sách.', km: '' } })).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', fields: { delegations: {} } },
    });
    expect(await refused({ purpose: 'other' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await t.tryCall('repatriations.print', { id: bare.id, template: 'handover_minutes', purpose: 'informationRequest' } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });
});
