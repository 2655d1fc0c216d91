/** Wording and data on paper, read back from the PDFs: each case the review found wrong. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS as L, buildInternalHandover, buildMeetingMinutes, buildVictimHandover, renderPdf, shortHash } from '../../src-main/documents/index.js';
import { contentHash } from '../../src-main/documents/content-hash.js';
import { SAMPLE_OFFICE, sampleInternalHandover, sampleMeetingMinutes, sampleVictimHandover } from '../../src-main/documents/samples/sample-data.js';
import { pdfText, squeeze } from './pdf-text.js';

describe('wording and data on paper', () => {
  it('the gate word is not repeated, and the place note typed in the case is printed after the gate', async () => {
    const input = { ...sampleVictimHandover(1), gate: { vi: 'Cửa khẩu quốc tế Hà Tiên', km: 'ច្រកទ្វារព្រំដែនអន្តរជាតិហាទៀង' }, placeNote: { vi: 'Nhà chờ số 2', km: 'អគាររង់ចាំលេខ ២' } };
    const text = squeeze(pdfText(await renderPdf(buildVictimHandover(input, L, SAMPLE_OFFICE)), { raw: true }));
    expect(text).toContain(squeeze('tại Cửa khẩu quốc tế Hà Tiên (Nhà chờ số 2), chúng tôi gồm:'));
    expect(text).not.toContain(squeeze('Cửa khẩu Cửa khẩu'));
    expect(text).toContain(squeeze('នៅច្រកទ្វារព្រំដែនអន្តរជាតិហាទៀង (អគាររង់ចាំលេខ ២)'));
    // A gate named without the word still gets it.
    const plain = squeeze(pdfText(await renderPdf(buildVictimHandover(sampleVictimHandover(1), L, SAMPLE_OFFICE)), { raw: true }));
    expect(plain).toContain(squeeze('tại Cửa khẩu Quốc tế Hà Tiên – Prek Chak, chúng tôi gồm:'));
  });

  it('meeting minutes: the host keeps its capital ("phía Campuchia chủ trì") and a side is named once per exchange', async () => {
    const text = squeeze(pdfText(await renderPdf(buildMeetingMinutes(sampleMeetingMinutes(), L, SAMPLE_OFFICE)), { raw: true }));
    expect(text).toContain(squeeze('phía Campuchia chủ trì'));
    expect(text).not.toContain(squeeze('phía campuchia'));
    expect(text).toContain(squeeze('Phía Campuchia thông báo đã giải cứu'));
    expect(text).not.toContain(squeeze('Phía Campuchia: Phía Campuchia'));
    expect(text).not.toContain(squeeze('ភាគីកម្ពុជា៖ ភាគីកម្ពុជា'));
    expect(text).toContain(squeeze('Phía Việt Nam: Đề nghị phía bạn'));
  });

  it('bilingual tables and delegations carry the Khmer side: responsible, quantities, owners, member names and positions', async () => {
    const meeting = squeeze(pdfText(await renderPdf(buildMeetingMinutes(sampleMeetingMinutes(), L, SAMPLE_OFFICE)), { raw: true }));
    expect(meeting).toContain(squeeze('ការិយាល័យទំនាក់ទំនងទាំងពីរ'));
    expect(meeting).toContain(squeeze('ហេង សុភា, វរសេនីយ៍ឯក ប្រធានការិយាល័យទំនាក់ទំនងព្រំដែនព្រែកចាក'));
    expect(meeting).toContain(squeeze('ង្វៀន វ៉ាន់ថាំង, ប្រធានការិយាល័យទំនាក់ទំនងព្រំដែនហាទៀង'));
    const handover = squeeze(pdfText(await renderPdf(buildVictimHandover(sampleVictimHandover(3), L, SAMPLE_OFFICE)), { raw: true }));
    expect(handover).toContain(squeeze('០៣ ក្បាល'));
    expect(handover).toContain(squeeze('Nguyễn Thị Hương និងអ្នកផ្សេងទៀត ០២ នាក់'));
  });

  it('the Khmer verification label is followed by the code', async () => {
    const input = sampleVictimHandover(1);
    const text = squeeze(pdfText(await renderPdf(buildVictimHandover(input, L, SAMPLE_OFFICE)), { raw: true }));
    expect(text).toContain(squeeze(`${L['doc.verifyCode'].vi} / ${L['doc.verifyCode'].km}: ${shortHash(contentHash(input))}`));
  });

  it('the internal minutes header keeps proper names whole: "BỘ ĐỘI BIÊN PHÒNG / TỈNH AN GIANG", "VĂN PHÒNG LIÊN LẠC / BIÊN GIỚI HÀ TIÊN"', async () => {
    const lines = pdfText(await renderPdf(buildInternalHandover(sampleInternalHandover(1), L, SAMPLE_OFFICE)), { raw: true })
      .split('\n')
      .map((l) => l.trim());
    for (const line of ['BỘ ĐỘI BIÊN PHÒNG', 'TỈNH AN GIANG', 'VĂN PHÒNG LIÊN LẠC', 'BIÊN GIỚI HÀ TIÊN'])
      expect(lines.some((l) => l.startsWith(line) || l.endsWith(line))).toBe(true);
    expect(lines.some((l) => /TỈNH AN$/.test(l) || /BIÊN GIỚI$/.test(l))).toBe(false);
  });
});
