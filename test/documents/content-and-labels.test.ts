/** Content hash, label seed table, and the purity of templates and of the text boundary. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LABELS,
  buildInternalHandover,
  buildMeetingMinutes,
  buildReturnedCrossers,
  buildVictimHandover,
  canonicalJson,
  contentHash,
  fillLabel,
} from '../../src-main/documents/index.js';
import { prepareDefinition } from '../../src-main/documents/pdf/prepare.js';
import { SAMPLE_OFFICE, sampleInternalHandover, sampleMeetingMinutes, sampleReturnedCrossers, sampleVictimHandover } from '../../src-main/documents/samples/sample-data.js';

describe('content hash', () => {
  it('ignores key order and Unicode normalisation, and sees every value change', () => {
    const a = { name: 'Nguyễn Thị Hương', list: [1, 2, { b: true, a: null }], skip: undefined };
    const b = { list: [1, 2, { a: null, b: true }], name: 'Nguyễn Thị Hương'.normalize('NFD') };
    expect(contentHash(a)).toBe(contentHash(b));
    expect(canonicalJson(a)).toBe('{"list":[1,2,{"a":null,"b":true}],"name":"Nguyễn Thị Hương"}');
    expect(contentHash({ ...a, name: 'Nguyễn Thị Hưong' })).not.toBe(contentHash(a));
    expect(contentHash(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores key order and sees any change of a value, for any record (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: 'grapheme-ascii' }), fc.jsonValue(), { minKeys: 1 }), fc.jsonValue(), (record, extra) => {
        expect(contentHash(Object.fromEntries(Object.entries(record).reverse()))).toBe(contentHash(record));
        const key = Object.keys(record)[0];
        expect(contentHash({ ...record, [key]: [record[key], extra] })).not.toBe(contentHash(record));
      }),
    );
  });

  it('is printed under the QR of the document it describes', () => {
    const input = sampleVictimHandover(3);
    const qr = JSON.stringify(buildVictimHandover(input, DEFAULT_LABELS, SAMPLE_OFFICE)).match(/"qr":"([^"]+)"/)![1];
    expect(qr).toBe(`BLO1|12/BB-VPLL.HT|${contentHash(input)}`);
  });
});

describe('label seed table', () => {
  const GLOSSARY_CONFIRMED = new Set(['header.kh.title', 'header.kh.motto', 'person.child', 'topic.trafficking', 'gate']);

  it('every key has vi, km and en; only glossary-confirmed Khmer is cleared', () => {
    for (const [key, label] of Object.entries(DEFAULT_LABELS)) {
      expect(label.vi.trim(), key).not.toBe('');
      expect(label.km, key).toMatch(/[\u1780-\u17FF]/u);
      expect(label.en.trim(), key).not.toBe('');
      expect(label.needsReview, key).toBe(!GLOSSARY_CONFIRMED.has(key));
    }
  });

  it('placeholders match across languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, label] of Object.entries(DEFAULT_LABELS)) {
      expect(names(label.km), key).toEqual(names(label.vi));
      expect(names(label.en), key).toEqual(names(label.vi));
    }
    expect(fillLabel('{count} người, {missing}', { count: 3 })).toBe('3 người, {missing}');
  });
});

describe('templates are pure', () => {
  const cases = [
    () => buildVictimHandover(sampleVictimHandover(5), DEFAULT_LABELS, SAMPLE_OFFICE),
    () => buildMeetingMinutes(sampleMeetingMinutes(), DEFAULT_LABELS, SAMPLE_OFFICE),
    () => buildReturnedCrossers(sampleReturnedCrossers(4), DEFAULT_LABELS, SAMPLE_OFFICE),
    () => buildInternalHandover(sampleInternalHandover(4), DEFAULT_LABELS, SAMPLE_OFFICE),
  ];
  it('the same input gives the same definition, and preparing it leaves the definition untouched', () => {
    for (const build of cases) {
      const definition = build();
      const before = JSON.stringify(definition);
      expect(JSON.stringify(build())).toBe(before);
      prepareDefinition(definition);
      expect(JSON.stringify(definition)).toBe(before);
    }
  });

  it('labels come from the table given: an edited label shows up in the document', () => {
    const edited = { ...DEFAULT_LABELS, 'title.meeting': { vi: 'BIÊN BẢN HỘI ĐÀM (SỬA)', km: 'កំណត់ហេតុ (កែ)' } };
    expect(JSON.stringify(buildMeetingMinutes(sampleMeetingMinutes(), edited, SAMPLE_OFFICE))).toContain('BIÊN BẢN HỘI ĐÀM (SỬA)');
  });
});

describe('text boundary', () => {
  it('NFC everywhere, Khmer runs on the Khmer font with word hints, no justified Khmer', () => {
    const prepared = prepareDefinition({
      content: [{ text: 'Nguye\u0302\u0303n ស្រុកកំពត', alignment: 'justify' }, { table: { body: [['ស្រុកកំពត']] } }],
    }) as unknown as { content: Array<{ text: Array<{ text: string; font?: string }>; alignment?: string; table?: { body: Array<Array<{ text: unknown }>> } }> };
    const [paragraph, table] = prepared.content;
    expect(paragraph.alignment).toBe('left');
    expect(paragraph.text).toEqual([{ text: 'Nguyễn ' }, { text: 'ស្រុក\u200Bកំពត', font: 'Khmer' }]);
    expect(table.table!.body[0][0]).toEqual({ text: [{ text: 'ស្រុក\u200Bកំពត', font: 'Khmer' }] });
  });
});
