/**
 * Text extracted from generated PDFs gives back every Vietnamese and Khmer value exactly:
 * NFC at the boundary, logical Khmer order through ActualText, no U+200B hints leaking out.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS, buildMeetingMinutes, buildVictimHandover, renderPdf } from '../../src-main/documents/index.js';
import { SAMPLE_CONFIDENTIAL, SAMPLE_OFFICE, sampleCambodianPersons, sampleMeetingMinutes, sampleVictimHandover } from '../../src-main/documents/samples/sample-data.js';
import { OFFICE_WORDS, PERSONAL_NAMES, PLACE_NAMES } from './khmer-corpus.js';
import { pdfText, squeeze } from './pdf-text.js';

describe('extraction of field values', () => {
  it('each value on its own line comes back as exactly that line (Khmer, Vietnamese, NFD input, mixed)', async () => {
    const nfd = 'Nguyễn Thị Hương, Đặng Văn Lộc'.normalize('NFD');
    const values = [
      'Huỳnh Thị Ngọc Diễm',
      'Ấp Rạch Vược, xã Vĩnh Điều, tỉnh An Giang',
      'Độc lập - Tự do - Hạnh phúc',
      nfd,
      'Họ và tên / គោត្តនាម និងនាម: សុខ ស្រីនាង (Sok Sreyneang)',
      ...PERSONAL_NAMES,
      ...PLACE_NAMES,
      ...OFFICE_WORDS.slice(0, 40),
    ];
    const pdf = await renderPdf({ content: values.map((text) => ({ text, fontSize: 10 })) });
    const lines = pdfText(pdf)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const expected = values.map((v) => v.normalize('NFC'));
    expect(lines).toEqual(expected);
    expect(pdfText(pdf)).not.toContain('\u200B');
  });

  it('victim handover minutes: every person, delegation, gate, item and health value is in the text', async () => {
    const input = { ...sampleVictimHandover(12), direction: 'handover' as const, persons: sampleCambodianPersons(12) };
    const text = squeeze(pdfText(await renderPdf(buildVictimHandover(input, DEFAULT_LABELS, SAMPLE_OFFICE)), { raw: true }));
    const values = [
      ...input.persons.flatMap((p) => [p.fullName, p.nameKhmer, p.otherName, p.homeAddress, p.identityDocument, p.remarks, p.nationality.vi, p.nationality.km]),
      ...[...input.delegations.VN, ...input.delegations.KH].flatMap((m) => [m.name, m.rank, m.position, m.agency]),
      input.gate.vi,
      input.gate.km,
      input.healthStatus.vi,
      input.healthStatus.km,
      ...[...input.documents, ...input.belongings].flatMap((item) => [item.description.vi, item.description.km, item.quantity, item.owner]),
      ...(input.legalBasis ?? []).flatMap((b) => [b.vi, b.km]),
    ].filter((v): v is string => typeof v === 'string' && v.length > 0);
    expect(values.filter((v) => /[\u1780-\u17FF]/.test(v)).length).toBeGreaterThan(20);
    const missing = values.filter((v) => !text.includes(squeeze(v.normalize('NFC'))));
    expect(missing).toEqual([]);
  });

  it('meeting minutes: agenda, exchanges and agreed actions in both languages are in the text', async () => {
    const input = sampleMeetingMinutes();
    const text = squeeze(pdfText(await renderPdf(buildMeetingMinutes(input, DEFAULT_LABELS, SAMPLE_OFFICE)), { raw: true }));
    const values = [
      input.place.vi,
      input.place.km,
      ...input.agenda.flatMap((a) => [a.vi, a.km]),
      input.counterpart.vi,
      input.counterpart.km,
      ...input.exchanges.filter((e) => e.sensitivity === 'normal').flatMap((e) => [e.summary.vi, e.summary.km]),
      ...input.actions.flatMap((a) => [a.text.vi, a.text.km, a.owner.vi, a.owner.km]),
    ].filter((v): v is string => typeof v === 'string');
    expect(values.filter((v) => !text.includes(squeeze(v)))).toEqual([]);
    // The confidential item of the sample is in the input, and nowhere in the printed text.
    const secret = input.exchanges.find((e) => e.sensitivity === 'confidential')!;
    expect(secret.summary.vi).toBe(SAMPLE_CONFIDENTIAL);
    expect([text.includes(squeeze(secret.summary.vi)), text.includes(squeeze(secret.summary.km!))]).toEqual([false, false]);
  });

  it('the national headers, number lines and date lines are extractable lines', async () => {
    const pdf = await renderPdf(buildVictimHandover(sampleVictimHandover(3), DEFAULT_LABELS, SAMPLE_OFFICE));
    const lines = pdfText(pdf, { page: 1 })
      .split('\n')
      .map((line) => line.trim());
    for (const line of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'ព្រះរាជាណាចក្រកម្ពុជា',
      'ជាតិ សាសនា ព្រះមហាក្សត្រ',
      'Số: 12/BB-VPLL.HT',
      'លេខ: ១២/BB-VPLL.HT',
      'Hà Tiên, ngày 05 tháng 3 năm 2026',
      'ហាទៀង, ថ្ងៃទី០៥ ខែមីនា ឆ្នាំ២០២៦',
    ]) {
      expect(lines).toContain(line);
    }
  });
});
