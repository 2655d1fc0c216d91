/**
 * Meeting minutes (b) and returned-crossers minutes (c) printed the way the meeting and interception handlers
 * will print them: a real encrypted vault in a temp folder, the minutes register, copy mark on re-print, QR +
 * documents.verify, the audit log, and the PDFs read back with pdftotext.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS as L, shortHash } from '../../src-main/documents/index.js';
import { printMeetingMinutes, printReturnedCrossers } from '../../src-main/documents/register/print.js';
import { SAMPLE_CONFIDENTIAL, sampleMeetingMinutes, sampleReturnedCrossers } from '../../src-main/documents/samples/sample-data.js';
import { squeeze } from './pdf-text.js';
import { TZ, liaisonEngine, printedText as text, refusal as refused } from './printing-engine.js';

const MEETING_ID = '01930000-0000-7000-8000-00000000000b';
const INTERCEPTION_ID = '01930000-0000-7000-8000-00000000000c';

/** A meeting as its record will hold it: more fields than the minutes print (status, follow-ups, links). */
function meetingRecord() {
  const { number: _number, ...minutes } = sampleMeetingMinutes();
  return {
    ...minutes,
    status: 'approved',
    linkedCases: ['01930000-0000-7000-8000-000000000001'],
    actions: minutes.actions.map((action) => ({ ...action, status: 'open', followUps: [] as string[] })),
  };
}

/** Three persons returned across the line, from an interception of six. */
function interceptionRecord() {
  const { number: _number, ...minutes } = sampleReturnedCrossers(3);
  return minutes;
}

describe('printing minutes from meeting and interception records', () => {
  const engine = liaisonEngine();
  const print = {
    meeting: (minutes: unknown, recordId = MEETING_ID) => printMeetingMinutes(engine().engine.ctx.vault, { recordId, minutes, timeZone: TZ }),
    crossers: (minutes: unknown, recordId = INTERCEPTION_ID) => printReturnedCrossers(engine().engine.ctx.vault, { recordId, minutes, timeZone: TZ }),
  };

  it('meeting minutes: numbered, every delegate in both scripts, no confidential text, copy on re-print, verifiable', async () => {
    const record = meetingRecord();
    const first = await print.meeting(record);
    expect([first.number, first.copy]).toEqual(['01/BB-VPLL-HT', false]);
    const printed = text(first.pdfBase64);
    const delegates = [...record.delegations.VN, ...record.delegations.KH];
    const names = delegates.flatMap((d) => [d.name, d.nameKm]).filter((n): n is string => Boolean(n));
    expect(names.length).toBe(13);
    expect(names.filter((name) => !printed.includes(squeeze(name)))).toEqual([]);
    for (const expected of [
      first.number,
      L['header.kh.title'].km,
      L['header.vn.title'].vi,
      record.counterpart.vi,
      record.counterpart.km!,
      L['role.noteTaker'].vi,
      shortHash(first.contentHash),
    ])
      expect(printed, expected).toContain(squeeze(expected));
    expect(printed).toContain(squeeze('Biên bản được lập thành 2 bản bằng tiếng Việt và tiếng Khmer'));
    expect(printed.includes(squeeze(SAMPLE_CONFIDENTIAL))).toBe(false);
    expect(printed.includes(squeeze(L['doc.copyMark'].vi))).toBe(false);

    // The same content again: the same number, marked as a copy.
    const again = await print.meeting(record);
    expect([again.number, again.copy, again.contentHash]).toEqual([first.number, true, first.contentHash]);
    const copyText = text(again.pdfBase64);
    expect([copyText.includes(squeeze(L['doc.copyMark'].vi)), copyText.includes(squeeze(L['doc.copyMark'].km))]).toEqual([true, true]);

    // Neither a confidential item's text nor an action's status is printed: changing them is still the same document.
    const secretEdited = { ...record, exchanges: record.exchanges.map((e) => (e.sensitivity === 'confidential' ? { ...e, summary: { vi: 'Tin mật khác', km: 'សម្ងាត់' } } : e)) };
    const statusEdited = { ...record, actions: record.actions.map((a) => ({ ...a, status: 'done' })) };
    expect((await print.meeting(secretEdited)).number).toBe(first.number);
    expect((await print.meeting(statusEdited)).copy).toBe(true);
    // A printed field changed: a new document with the next number.
    const changed = await print.meeting({ ...record, agenda: [...record.agenda, { vi: 'Kế hoạch tuần tra chung quý II' }] });
    expect([changed.number, changed.copy]).toEqual(['02/BB-VPLL-HT', false]);

    const code = shortHash(first.contentHash);
    expect(await engine().call('documents.verify', { number: first.number, hash: code })).toMatchObject({
      found: true,
      template: 'meeting_minutes',
      recordType: 'meeting',
      contentHash: first.contentHash,
    });
    expect(await engine().call('documents.verify', { number: first.number, hash: shortHash(changed.contentHash) })).toEqual({ found: false });

    const audit = (await engine().call('audit.list', { recordType: 'meeting', recordId: MEETING_ID })).entries;
    expect(audit.map((e) => e.action).sort()).toEqual(['document.issue', 'document.issue', 'document.reprint', 'document.reprint', 'document.reprint']);
    expect(audit.find((e) => e.action === 'document.issue' && (e.detail as { number: string }).number === first.number)?.detail).toEqual({
      template: 'meeting_minutes',
      number: first.number,
      delegates: 9,
      actions: 3,
    });
    expect(JSON.stringify(audit)).not.toContain('Nguyễn Văn X');
  });

  it('returned-crossers minutes: share the minutes register, print the persons with their documents, copy and verify', async () => {
    const meeting = await print.meeting(meetingRecord());
    const record = interceptionRecord();
    const first = await print.crossers(record);
    expect([meeting.number, first.number, first.copy]).toEqual(['01/BB-VPLL-HT', '02/BB-VPLL-HT', false]);
    const printed = text(first.pdfBase64);
    const persons = record.persons.flatMap((p) => [p.fullName, p.nameKhmer!, ...p.identityDocuments.map((d) => `${d.type} ${d.number}`)]);
    expect(persons.filter((value) => !printed.includes(squeeze(value)))).toEqual([]);
    for (const expected of [
      L['header.kh.title'].km,
      L['title.returnedCrossers'].km,
      record.interception.unit.vi,
      L['crossing.direction.enteringVN'].vi,
      L['crossing.method.onFoot'].km,
      '10,4512° N, 104,5123° E',
      shortHash(first.contentHash),
    ])
      expect(printed, expected).toContain(squeeze(expected));
    expect(printed).toContain(squeeze('bàn giao cho phía Campuchia 3 người'));

    const again = await print.crossers(record);
    expect([again.number, again.copy]).toEqual([first.number, true]);
    expect(text(again.pdfBase64)).toContain(squeeze(L['doc.copyMark'].km));
    expect(await engine().call('documents.verify', { number: first.number, hash: shortHash(first.contentHash) })).toMatchObject({
      found: true,
      template: 'returned_crossers',
      recordType: 'interception',
    });
    const audit = (await engine().call('audit.list', { recordType: 'interception', recordId: INTERCEPTION_ID })).entries;
    expect(audit.map((e) => [e.action, e.detail])).toEqual(
      expect.arrayContaining([
        ['document.issue', { template: 'returned_crossers', number: first.number, persons: 3 }],
        ['document.reprint', { template: 'returned_crossers', number: first.number, persons: 3 }],
      ]),
    );
  });

  it('defaults: optional fields left out or empty print without them; copies default to 2', async () => {
    const { endTime: _end, placeNote: _note, screening: _screening, copies: _copies, ...bare } = interceptionRecord();
    const minimal = {
      ...bare,
      interception: { unit: { vi: 'Đồn Biên phòng Phú Mỹ', km: '' }, date: '2026-01-20', direction: 'leavingVN', place: { vi: 'Ấp Trà Phô' }, borderMarker: '' },
      persons: [{ fullName: 'Sok Dara', sex: 'male', birth: { unknown: true }, nationality: { vi: 'Campuchia', km: 'កម្ពុជា' }, homeAddress: '' }],
      documents: [],
      belongings: [],
    };
    const printed = await print.crossers(minimal);
    expect([printed.number, printed.copy]).toEqual(['01/BB-VPLL-HT', false]);
    const body = text(printed.pdfBase64);
    expect(body).toContain(squeeze(L['crossing.screening'].vi));
    expect(body).toContain(squeeze('Biên bản được lập thành 2 bản'));
    expect(body).toContain(squeeze(`${L['crossing.direction.leavingVN'].vi}`));
    expect([body.includes(squeeze(L['crossing.marker'].vi)), body.includes(squeeze(L['crossing.coordinates'].vi))]).toEqual([false, false]);
  });

  it('refuses what cannot be printed, with the field named, and consumes no number', async () => {
    const record = meetingRecord();

    expect(await refused(print.meeting({}))).toEqual({
      code: 'invalid_input',
      fields: ['actions', 'agenda', 'counterpart', 'date', 'delegations', 'exchanges', 'host', 'level', 'place', 'startTime', 'type'],
    });
    expect(await refused(print.meeting(null))).toEqual({ code: 'invalid_input', fields: ['_'] });
    expect(await refused(print.meeting(record, 'not-a-record-id'))).toEqual({ code: 'invalid_input', fields: ['recordId'] });
    // Too long (counted in letters, never cut), empty where required, an end before the start.
    expect(await refused(print.meeting({ ...record, place: { vi: 'x'.repeat(301) } }))).toEqual({ code: 'invalid_input', fields: ['place.vi'] });
    expect(await refused(print.meeting({ ...record, counterpart: { vi: '   ' } }))).toEqual({ code: 'invalid_input', fields: ['counterpart.vi'] });
    expect(await refused(print.meeting({ ...record, endTime: '08:00' }))).toEqual({ code: 'invalid_input', fields: ['endTime'] });
    expect(await refused(print.meeting({ ...record, delegations: { ...record.delegations, KH: [] } }))).toEqual({ code: 'invalid_input', fields: ['delegations.KH'] });
    const twoHeads = record.delegations.VN.map((d) => ({ ...d, role: 'head' }));
    expect(await refused(print.meeting({ ...record, delegations: { ...record.delegations, VN: twoHeads } }))).toEqual({ code: 'invalid_input', fields: ['delegations.VN'] });
    // A future date: the office's today (10/03/2026, UTC+7) is the last printable day.
    expect(await refused(print.meeting({ ...record, date: '2026-03-11' }))).toEqual({ code: 'rule_violation', fields: ['date'] });

    const crossers = interceptionRecord();
    expect(await refused(print.crossers({ ...crossers, persons: [] }))).toEqual({ code: 'invalid_input', fields: ['persons'] });
    expect(await refused(print.crossers({ ...crossers, interception: { ...crossers.interception, date: '2026-01-22' } }))).toEqual({
      code: 'invalid_input',
      fields: ['interception.date'],
    });
    const unborn = crossers.persons.map((p, i) => (i === 1 ? { ...p, birth: { date: '2026-02-01' } } : p));
    expect(await refused(print.crossers({ ...crossers, persons: unborn }))).toEqual({ code: 'invalid_input', fields: ['persons.1.birth'] });
    expect(await refused(print.crossers({ ...crossers, interception: { ...crossers.interception, coordinates: { lat: 91, lon: 104 } } }))).toEqual({
      code: 'invalid_input',
      fields: ['interception.coordinates.lat'],
    });

    // Nothing above took a number: the first good print is 01, and today is printable.
    expect((await print.meeting({ ...record, date: '2026-03-10', endDate: undefined })).number).toBe('01/BB-VPLL-HT');
  });
});
