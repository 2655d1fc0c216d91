/**
 * No line of a paragraph and no table row is left alone on a page where that is avoidable: for every template
 * with 1, 10, 37 and 300 persons (meeting minutes: agreed actions), read from pdfmake's final layout — a text
 * node split across pages keeps at least two lines on each side, and a table continued on a new page carries at
 * least two of its rows there.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentDefinition } from '../../src-main/documents/index.js';
import { aloneOnPage, layoutNodes } from './layout-nodes.js';
import { TEMPLATES, sampleDocument } from './sample-documents.js';

const para = (lines: number) => Array.from({ length: lines }, (_, i) => `Dòng thứ ${i + 1} của một đoạn văn bản đủ dài để chiếm trọn một dòng trên trang giấy A4 này.`).join(' ');

describe('no line or table row left alone on a page', () => {
  it('the check finds a lone line and a lone row (so it can fail)', async () => {
    // Filler that leaves room for exactly one more line, then a breakable two-line paragraph.
    const filler = { text: 'x', margin: [0, 0, 0, 0], fontSize: 10, lineHeight: 1 };
    const definition: DocumentDefinition = {
      pageSize: 'A4',
      pageMargins: [40, 40, 40, 40],
      content: [{ canvas: [{ type: 'rect', x: 0, y: 0, w: 10, h: 735 }] }, filler as never, { text: para(3), fontSize: 12 }],
    };
    const lines = aloneOnPage(await layoutNodes(definition));
    expect(lines.some((found) => found.kind === 'line')).toBe(true);
    const rows = Array.from({ length: 3 }, (_, i) => [{ text: `row ${i + 1}` }]);
    const table: DocumentDefinition = {
      pageSize: 'A4',
      pageMargins: [40, 40, 40, 40],
      content: [{ canvas: [{ type: 'rect', x: 0, y: 0, w: 10, h: 715 }] }, { table: { headerRows: 1, dontBreakRows: true, body: [[{ text: 'head' }], ...rows] } }],
    };
    expect(aloneOnPage(await layoutNodes(table)).filter((found) => found.kind === 'row')).toEqual([{ page: 2, kind: 'row', text: 'row 3' }]);
  });

  for (const template of TEMPLATES) {
    for (const persons of [1, 10, 37, 300]) {
      it(`${template}, ${persons} ${template === 'meeting-minutes' ? 'actions' : 'persons'}`, { timeout: 120_000 }, async () => {
        expect(aloneOnPage(await layoutNodes(sampleDocument(template, persons)))).toEqual([]);
      });
    }
  }
});
