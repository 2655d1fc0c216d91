import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseView } from '../../src-shared/contract/index.js';
import { graphemeCount, tooLong } from '../../src-shared/people/text-limits.js';
import { birthAfterEvent } from '../../src-shared/people/birth-rules.js';
import { nameQueryPlan, shortQueryHint } from '../../src-shared/people/name-query.js';
import type { TestEngine } from '../support/vault.js';
import { officerEngine } from './people-officer.js';
import { BASE_FIELDS, person, THREE_PERSONS } from '../support/repatriations.js';

const UNKNOWN_BIRTH = { exact: null, year: null, estimatedAge: null };
/** A Khmer name of 120 clusters: each "ស្រី" (consonant, coeng, subscript, vowel) is 4 code points but one cluster. */
const KHMER_120 = 'ស្រី'.repeat(120);

describe('person rules shared by the form, the import and the engine', () => {
  it('counts user-perceived characters, so Khmer and decomposed Vietnamese are never over-counted', () => {
    expect(graphemeCount('ស្រី')).toBe(1);
    expect('ស្រី'.length).toBe(4);
    expect(graphemeCount('Nguye\u0302\u0303n')).toBe(6); // "Nguyễn" typed with combining marks
    expect(graphemeCount(KHMER_120)).toBe(120);
    expect(tooLong(KHMER_120, 120)).toBeNull();
    expect(tooLong('a'.repeat(200), 120)).toEqual({
      vi: 'Tối đa 120 ký tự (đang có 200). Hãy rút gọn; không có gì bị cắt bớt.',
      en: 'At most 120 characters (now 200). Please shorten it; nothing was cut.',
    });
  });

  it('refuses a birth wholly after the event date, and nothing else', () => {
    expect(birthAfterEvent(UNKNOWN_BIRTH, '2026-03-02')).toBeNull();
    expect(birthAfterEvent({ exact: '2026-03-02' }, '2026-03-02')).toBeNull(); // born on the day
    expect(birthAfterEvent({ exact: '2030-06-15' }, '2026-03-02')).toEqual({
      vi: 'Ngày sinh 15/06/2030 sau ngày sự việc 02/03/2026.',
      en: 'Birth date 15/06/2030 is after the event date 02/03/2026.',
    });
    expect(birthAfterEvent({ year: 2026 }, '2026-03-02')).toBeNull(); // may be born in January
    expect(birthAfterEvent({ year: 2031 }, '2026-03-02')?.en).toBe('Birth year 2031 is after the event date 02/03/2026.');
    expect(birthAfterEvent({ estimatedAge: { years: 0, at: '2026-03-02' } }, '2026-03-02')).toBeNull();
    expect(birthAfterEvent({ estimatedAge: { years: 0, at: '2027-06-01' } }, '2026-03-02')?.en).toBe('The estimated age is taken on a day after the event date 02/03/2026.');
  });

  it('plans name queries: index from 3 characters, substring for 2-code-point Khmer, word prefix (with a hint) below', () => {
    expect(nameQueryPlan('huong')).toBe('index');
    expect(nameQueryPlan('កា')).toBe('substring');
    expect(nameQueryPlan('le')).toBe('word-prefix');
    expect(shortQueryHint('le')?.vi).toBe('Nhập ít nhất 3 ký tự để tìm trong cả tên (hiện chỉ tìm tên có từ bắt đầu bằng "le").');
    expect(shortQueryHint('កា')).toBeNull();
    expect(shortQueryHint('huong')).toBeNull();
  });
});

describe('the engine applies the person rules', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await officerEngine();
  });
  afterEach(() => t.cleanup());

  it('adds a person whose birth is unknown (the default) and keeps the age unknown', async () => {
    const view = await t.call('repatriations.create', { fields: BASE_FIELDS, members: [{ person: { fullNameVi: 'Không Rõ Tuổi' } }] });
    expect(view.members[0].person.birth).toEqual(UNKNOWN_BIRTH);
    expect(view.members[0]).toMatchObject({ child: null, ageYears: null });
  });

  it('refuses a 200-character name beside the field and stores a 120-cluster Khmer name whole', async () => {
    const refused = await t.tryCall('repatriations.create', { fields: BASE_FIELDS, members: [person('A'.repeat(200), UNKNOWN_BIRTH)] });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { 'members.0.person.fullNameVi': { en: 'At most 120 characters (now 200). Please shorten it; nothing was cut.' } } },
    });
    const alias = await t.tryCall('repatriations.create', {
      fields: BASE_FIELDS,
      members: [person('Sok Srey', UNKNOWN_BIRTH, { nameKm: KHMER_120, aliases: ['ស្រី'.repeat(121)] })],
    });
    expect(alias).toMatchObject({ ok: false, error: { fields: { 'members.0.person.aliases.0': { vi: 'Tối đa 120 ký tự (đang có 121). Hãy rút gọn; không có gì bị cắt bớt.' } } } });
    const view = await t.call('repatriations.create', { fields: BASE_FIELDS, members: [person('Sok Srey', UNKNOWN_BIRTH, { nameKm: KHMER_120 })] });
    expect(view.members[0].person.nameKm).toBe(KHMER_120);
  });

  it('refuses a future birth date on create, on adding and on editing a person, beside the birth field', async () => {
    const future = person('Trần Tương Lai', { exact: '2030-06-15', year: null, estimatedAge: null });
    expect(await t.tryCall('repatriations.create', { fields: BASE_FIELDS, members: [THREE_PERSONS[0], future] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { 'members.1.person.birth.exact': { vi: 'Ngày sinh 15/06/2030 sau ngày sự việc 02/03/2026.' } } },
    });
    const view: CaseView = await t.call('repatriations.create', { fields: BASE_FIELDS, members: [THREE_PERSONS[0]] });
    expect(
      await t.tryCall('repatriations.addMembers', { id: view.id, version: view.version, members: [person('Năm Sau', { exact: null, year: 2031, estimatedAge: null })] }),
    ).toMatchObject({
      ok: false,
      error: { fields: { 'members.0.person.birth.year': { en: 'Birth year 2031 is after the event date 02/03/2026.' } } },
    });
    const member = view.members[0];
    const { id: _id, version: _v, ...stored } = member.person;
    const edit = { id: view.id, version: view.version, personId: member.person.id, personVersion: member.person.version, participation: member.participation };
    expect(await t.tryCall('repatriations.updateMember', { ...edit, person: { ...stored, birth: { exact: '2026-03-03', year: null, estimatedAge: null } } })).toMatchObject({
      ok: false,
      error: { fields: { 'member.person.birth.exact': { en: 'Birth date 03/03/2026 is after the event date 02/03/2026.' } } },
    });
    expect((await t.call('repatriations.get', { id: view.id })).members[0].person.birth.exact).toBe('1999-04-12');
  });

  it('refuses an estimated age of 1995 instead of capping it', async () => {
    const refused = await t.tryCall('repatriations.create', {
      fields: BASE_FIELDS,
      members: [person('Tuổi Sai', { exact: null, year: null, estimatedAge: { years: 1995, at: '2026-03-02' } })],
    });
    expect(refused).toMatchObject({ ok: false, error: { fields: { 'members.0.person.birth.estimatedAge.years': { vi: 'Giá trị tối đa là 120.' } } } });
  });

  it('finds people by a 2-code-point Khmer syllable and by a short word prefix anywhere in the name', async () => {
    await t.call('repatriations.create', { fields: BASE_FIELDS, members: THREE_PERSONS });
    const names = async (query: string) => (await t.call('people.search', { query })).map((hit) => hit.fullNameVi);
    expect(await names('ធី')).toEqual(['Nguyễn Thị Hương']); // "ធី" is 2 code points, inside the Khmer name
    expect(await names('toan')).toEqual(['Đặng Văn Toàn']);
    expect(await names('to')).toEqual(['Đặng Văn Toàn']); // a word prefix, not only the start of the first name
    expect(await names('ma')).toEqual(['Lê Thị Mai']);
  });
});
