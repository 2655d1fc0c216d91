import { describe, expect, it } from 'vitest';
import { isTable, parseTsvRows } from '../../src-shared/text/tsv.js';

const COLUMNS = ['name', 'nameKm', 'rank'] as const;

/** Rows pasted from Excel into a list editor (e.g. a meeting's delegates table). */
describe('parseTsvRows', () => {
  it('reads nothing from empty or blank input', () => {
    expect(parseTsvRows('', COLUMNS)).toEqual({ rows: [], tooWide: [] });
    expect(parseTsvRows('\r\n\n  \t \r\n', COLUMNS)).toEqual({ rows: [], tooWide: [] });
  });

  it('reads tab-separated rows into the columns, in order, filling missing cells with empty text', () => {
    expect(parseTsvRows('Nguyễn Văn An\tង៉ុយ\tThiếu tá\nLê Thị Bình\n', COLUMNS).rows).toEqual([
      { name: 'Nguyễn Văn An', nameKm: 'ង៉ុយ', rank: 'Thiếu tá' },
      { name: 'Lê Thị Bình', nameKm: '', rank: '' },
    ]);
  });

  it('takes Windows and old Mac line ends, trims cells and skips blank rows', () => {
    expect(parseTsvRows(' A \t B\r\n\r\nC\tD\rE', COLUMNS).rows).toEqual([
      { name: 'A', nameKm: 'B', rank: '' },
      { name: 'C', nameKm: 'D', rank: '' },
      { name: 'E', nameKm: '', rank: '' },
    ]);
  });

  it('reads quoted cells the spreadsheet way: tabs, line ends and doubled quotes inside', () => {
    const text = '"Trần ""Ba"" Văn"\t"dòng 1\r\ndòng 2"\t"a\tb"\r\n';
    expect(parseTsvRows(text, COLUMNS).rows).toEqual([{ name: 'Trần "Ba" Văn', nameKm: 'dòng 1\r\ndòng 2', rank: 'a\tb' }]);
  });

  it('keeps a quote that does not open a quoted cell as text', () => {
    expect(parseTsvRows('Màn hình 5" rộng\t"chưa đóng', COLUMNS).rows).toEqual([{ name: 'Màn hình 5" rộng', nameKm: '"chưa đóng', rank: '' }]);
    expect(parseTsvRows('"a"b\tc', COLUMNS).rows).toEqual([{ name: '"a"b', nameKm: 'c', rank: '' }]);
  });

  it('does not take a row with more cells than columns, and says which line it was', () => {
    const result = parseTsvRows('A\tB\tC\nD\tE\tF\tG\n\nH\tI\tJ\tK\tL\nM', COLUMNS);
    expect(result.rows.map((row) => row.name)).toEqual(['A', 'M']);
    expect(result.tooWide).toEqual([2, 4]);
  });

  it('does not count empty cells at the end of a row (Excel copies a trailing tab)', () => {
    expect(parseTsvRows('A\tB\tC\t\t\nD\t\t', COLUMNS)).toEqual({
      rows: [
        { name: 'A', nameKm: 'B', rank: 'C' },
        { name: 'D', nameKm: '', rank: '' },
      ],
      tooWide: [],
    });
  });

  it('keeps empty cells in the middle, so later cells stay in their columns', () => {
    expect(parseTsvRows('\t\tĐại úy', COLUMNS).rows).toEqual([{ name: '', nameKm: '', rank: 'Đại úy' }]);
  });
});

describe('isTable', () => {
  it('tells a pasted table from a single cell (a trailing line end alone is still one cell)', () => {
    expect(isTable('Nguyễn Văn An')).toBe(false);
    expect(isTable('Nguyễn Văn An\r\n')).toBe(false);
    expect(isTable('')).toBe(false);
    expect(isTable('A\tB')).toBe(true);
    expect(isTable('A\nB')).toBe(true);
  });
});
