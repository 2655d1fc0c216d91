/** Balanced title and header lines: no word alone on the last line, place names never split. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS as L } from '../../src-main/documents/index.js';
import { balancedLines, charsPerLine } from '../../src-main/documents/layout/balance.js';
import { CONTENT_WIDTH, SIZE } from '../../src-main/documents/layout/page.js';

const titleFit = charsPerLine(CONTENT_WIDTH, SIZE.title, 'latin');

describe('balanced lines', () => {
  it('the long titles break into two lines of about equal length, at a comma or before a phrase', () => {
    expect(balancedLines(L['title.victimHandover.receive'].vi, titleFit)).toBe('BIÊN BẢN GIAO, NHẬN NẠN NHÂN\nBỊ MUA BÁN TỪ NƯỚC NGOÀI TRỞ VỀ');
    expect(balancedLines(L['title.returnedCrossers'].vi, titleFit)).toBe('BIÊN BẢN BÀN GIAO NGƯỜI XUẤT CẢNH,\nNHẬP CẢNH TRÁI PHÉP');
    const km = balancedLines(L['title.victimHandover.receive'].km, charsPerLine(CONTENT_WIDTH, SIZE.titleKm, 'khmer')).split('\n');
    expect(km).toHaveLength(2);
    expect(km.join('').replaceAll(' ', '')).toBe(L['title.victimHandover.receive'].km.replaceAll(' ', ''));
    expect(km[1].length).toBeGreaterThan(km[0].length / 2);
  });

  it('a line that fits, or has no break left but the last, is unchanged', () => {
    expect(balancedLines('BIÊN BẢN HỘI ĐÀM', titleFit)).toBe('BIÊN BẢN HỘI ĐÀM');
    expect(balancedLines('AN GIANG', 3)).toBe('AN GIANG');
    expect(balancedLines('', 3)).toBe('');
  });

  it('issuing body lines keep the place name whole ("TỈNH AN GIANG", "BIÊN GIỚI HÀ TIÊN")', () => {
    const fit = charsPerLine(210, SIZE.issuingBody, 'latin');
    expect(balancedLines('BỘ ĐỘI BIÊN PHÒNG TỈNH AN GIANG', fit)).toBe('BỘ ĐỘI BIÊN PHÒNG\nTỈNH AN GIANG');
    expect(balancedLines('VĂN PHÒNG LIÊN LẠC BIÊN GIỚI HÀ TIÊN', fit)).toBe('VĂN PHÒNG LIÊN LẠC\nBIÊN GIỚI HÀ TIÊN');
    expect(
      balancedLines('A B C D E F G H I J K L', 4)
        .split('\n')
        .every((line) => line.length <= 7),
    ).toBe(true);
  });
});
