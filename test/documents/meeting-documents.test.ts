/**
 * The internal meeting report ("Báo cáo kết quả hội đàm", Vietnamese only, BC register) and the bilingual liaison
 * notice (TB register) printed the way the meetings and repatriation handlers print them: a real encrypted vault,
 * the register (first print numbered, the same content a copy, changed content a new number), QR + verify, the
 * audit log, and the PDFs read back with pdftotext.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS as L, shortHash } from '../../src-main/documents/index.js';
import { printLiaisonNotice, printMeetingMinutes, printMeetingReport } from '../../src-main/documents/register/print.js';
import { SAMPLE_CONFIDENTIAL, sampleLiaisonNotice, sampleMeetingMinutes, sampleMeetingReport } from '../../src-main/documents/samples/sample-data.js';
import { squeeze } from './pdf-text.js';
import { TZ, liaisonEngine, printedText as text, refusal as refused } from './printing-engine.js';

const MEETING_ID = '01930000-0000-7000-8000-00000000000b';
const CASE_ID = '01930000-0000-7000-8000-00000000000d';

/** The report as the meetings engine maps it: record-shaped (more fields than printed), without the number. */
function reportRecord() {
  const { number: _number, ...report } = sampleMeetingReport();
  return { ...report, status: 'approved', linkedCases: [CASE_ID], actions: report.actions.map((a) => ({ ...a, followUps: [] as string[] })) };
}

function noticeRecord(purpose?: Parameters<typeof sampleLiaisonNotice>[0]) {
  const { number: _number, ...notice } = sampleLiaisonNotice(purpose);
  return notice;
}

describe('meeting report and liaison notice, printed from records', () => {
  const engine = liaisonEngine();
  const vault = () => engine().engine.ctx.vault;
  const print = {
    report: (report: unknown, includeConfidential = false) => printMeetingReport(vault(), { recordId: MEETING_ID, report, includeConfidential, timeZone: TZ }),
    notice: (notice: unknown, recordType: 'meeting' | 'repatriation' = 'repatriation', recordId = CASE_ID) =>
      printLiaisonNotice(vault(), { recordId, recordType, notice, timeZone: TZ }),
  };

  it('report: its own BC sequence, every section, confidential items only when allowed (then marked MẬT and hashed), copy, verify', async () => {
    const record = reportRecord();
    // The minutes of the same meeting number in the BB register; the report starts its own.
    const minutes = await printMeetingMinutes(vault(), { recordId: MEETING_ID, minutes: (({ number: _n, ...m }) => m)(sampleMeetingMinutes()), timeZone: TZ });
    const first = await print.report(record);
    expect([minutes.number, first.number, first.copy]).toEqual(['01/BB-VPLL-HT', '01/BC-VPLL-HT', false]);
    const printed = text(first.pdfBase64);
    const sections = (['report.section.general', 'report.section.exchange', 'report.section.results', 'report.section.proposals'] as const).map(
      (key, i) => `${['I', 'II', 'III', 'IV'][i]}. ${L[key].vi}`,
    );
    const expected = [
      `Số: ${first.number}`,
      L['title.meetingReport'].vi,
      'Kết quả hội đàm với Văn phòng liên lạc biên giới Prek Chak ngày 03/02/2026',
      L['header.vn.title'].vi,
      'Hà Tiên, ngày 05 tháng 02 năm 2026',
      ...sections,
      L['topic.trafficking'].vi,
      'Phía Campuchia thông báo đã giải cứu 37 công dân',
      'Heng Sophea',
      'Nguyễn Văn Thắng',
      L['action.status.done'].vi,
      L['action.status.inProgress'].vi,
      'đã hoàn thành 1, đang thực hiện 1, chưa thực hiện 1',
      'Đề nghị Công an tỉnh An Giang cử cán bộ',
      `${L['doc.recipients'].vi}:`,
      '- Lưu: VT, VPLL.',
      'TRƯỞNG VĂN PHÒNG',
      'Thượng tá Nguyễn Văn Thắng',
      'Biên bản hội đàm số 07/BB-VPLL.HT',
      shortHash(first.contentHash),
    ];
    expect(expected.filter((value) => !printed.includes(squeeze(value)))).toEqual([]);
    // Vietnamese only: no Kingdom header, no Khmer text at all; confidential left out by default, no MẬT stamp.
    expect(/[\u1780-\u17FF]/.test(printed)).toBe(false);
    expect([printed.includes(squeeze(SAMPLE_CONFIDENTIAL)), printed.includes(L['doc.confidential'].vi), printed.includes(squeeze(L['topic.wantedPersons'].vi))]).toEqual([
      false,
      false,
      false,
    ]);

    // Changing a confidential item while it is left out: the same document (a copy).
    const secretEdited = { ...record, exchanges: record.exchanges.map((e) => (e.sensitivity === 'confidential' ? { ...e, summary: { vi: 'Tin mật khác' } } : e)) };
    const again = await print.report(secretEdited);
    expect([again.number, again.copy, again.contentHash]).toEqual([first.number, true, first.contentHash]);
    expect(text(again.pdfBase64)).toContain(squeeze(L['doc.copyMark'].vi));

    // For a reader allowed to see them: printed, marked, stamped — a different document with the next number.
    const secret = await print.report(record, true);
    expect([secret.number, secret.copy]).toEqual(['02/BC-VPLL-HT', false]);
    const secretText = text(secret.pdfBase64);
    expect([
      secretText.includes(squeeze(SAMPLE_CONFIDENTIAL)),
      secretText.includes(squeeze(`[${L['doc.confidential'].vi}]`)),
      secretText.includes(squeeze(L['topic.wantedPersons'].vi)),
    ]).toEqual([true, true, true]);
    // The stamp under the number line, besides the item's own mark.
    expect(secretText.split(L['doc.confidential'].vi).length - 1).toBe(2);
    // With confidential items printed, they are hashed: changing one is a new document.
    expect((await print.report(secretEdited, true)).number).toBe('03/BC-VPLL-HT');
    expect((await print.report(record, true)).copy).toBe(true);
    // A printed field changed (an action's status): a new number.
    const statusChanged = { ...record, actions: record.actions.map((a) => ({ ...a, status: 'done' })) };
    expect(await print.report(statusChanged)).toMatchObject({ number: '04/BC-VPLL-HT', copy: false });

    expect(await engine().call('documents.verify', { number: first.number, hash: shortHash(first.contentHash) })).toMatchObject({
      found: true,
      template: 'meeting_report',
      recordType: 'meeting',
    });
    const audit = (await engine().call('audit.list', { recordType: 'meeting', recordId: MEETING_ID })).entries;
    expect(audit.find((e) => (e.detail as { number?: string }).number === secret.number)?.detail).toEqual({
      template: 'meeting_report',
      number: secret.number,
      exchanges: 4,
      confidentialPrinted: 1,
      actions: 3,
    });
    expect(audit.find((e) => (e.detail as { number?: string }).number === first.number && e.action === 'document.issue')?.detail).toMatchObject({ confidentialPrinted: 0 });
    expect(JSON.stringify(audit)).not.toContain('Nguyễn Văn X');
  });

  it('report: empty sections say so; a meeting over two days; no head of delegation', async () => {
    const record = reportRecord();
    const bare = {
      ...record,
      exchanges: [],
      actions: [],
      agenda: [],
      proposals: '',
      minutesNumber: '',
      endDate: '2026-02-04',
      endTime: '10:00',
      delegations: { ...record.delegations, KH: record.delegations.KH.map((d) => ({ ...d, role: 'member' })) },
    };
    const printed = text((await print.report(bare)).pdfBase64);
    expect(printed).toContain(squeeze('từ 08 giờ 30 phút ngày 03/02/2026 đến 10 giờ 00 phút ngày 04/02/2026'));
    expect(printed).toContain(squeeze('Phía Campuchia: 04 người'));
    expect(printed).toContain(squeeze('Hai bên thống nhất 0 nội dung'));
    expect(printed.split(squeeze(L['report.noItems'].vi)).length - 1).toBe(2);
    expect(printed.includes(squeeze(L['report.agenda'].vi))).toBe(false);
  });

  it('notice: bilingual, its own TB sequence, the facts in both languages, copy, changed content a new number, from a meeting too', async () => {
    const record = noticeRecord();
    const first = await print.notice(record);
    expect([first.number, first.copy]).toEqual(['01/TB-VPLL-HT', false]);
    const printed = text(first.pdfBase64);
    const expected = [
      `Số: ${first.number}`,
      'លេខ: ០១/TB-VPLL-HT',
      L['header.kh.title'].km,
      L['header.kh.motto'].km,
      L['header.vn.title'].vi,
      L['title.notice'].vi,
      L['title.notice'].km,
      `V/v ${L['notice.subject.handoverArrangement'].vi}`,
      `${L['notice.subjectPrefix'].km} ${L['notice.subject.handoverArrangement'].km}`,
      `${L['notice.to'].vi}: ${record.counterpart!.vi}`,
      record.counterpart!.km!,
      '125/KPT-BLO',
      '09 giờ 00 phút ngày 12/03/2026',
      'ថ្ងៃទី១២ ខែមីនា ឆ្នាំ២០២៦',
      'Cửa khẩu Quốc tế Hà Tiên – Prek Chak',
      record.facts.transport!.km!,
      '37 người (trong đó có 04 trẻ em)',
      '៣៧ នាក់ (ក្នុងនោះមានកុមារ ០៤ នាក់)',
      'Đề nghị phía bạn gửi trước danh sách',
      'សូមភាគីកម្ពុជាផ្ញើបញ្ជីរាយនាម',
      L['notice.closing'].km,
      'TRƯỞNG VĂN PHÒNG',
      'ប្រធានការិយាល័យ',
      'ង្វៀន វ៉ាន់ថាំង',
      shortHash(first.contentHash),
    ];
    expect(expected.filter((value) => !printed.includes(squeeze(value)))).toEqual([]);
    // Facts the purpose does not use and the record lacks are not printed.
    expect(printed.includes(squeeze(L['notice.verification'].vi))).toBe(false);

    const again = await print.notice(record);
    expect([again.number, again.copy]).toEqual([first.number, true]);
    expect(text(again.pdfBase64)).toContain(squeeze(L['doc.copyMark'].km));
    // Another gate: a new notice with the next number; the same from a meeting record numbers in the same sequence.
    const moved = await print.notice({ ...record, facts: { ...record.facts, gate: { vi: 'Giang Thành – Ton Hon' } } });
    expect([moved.number, moved.copy]).toEqual(['02/TB-VPLL-HT', false]);
    const verification = await print.notice(noticeRecord('verificationResult'), 'meeting', MEETING_ID);
    expect(verification.number).toBe('03/TB-VPLL-HT');
    expect(text(verification.pdfBase64)).toContain(squeeze('Đã xác minh 35/37 người là công dân Việt Nam'));

    expect(await engine().call('documents.verify', { number: first.number, hash: shortHash(first.contentHash) })).toMatchObject({
      found: true,
      template: 'liaison_notice',
      recordType: 'repatriation',
    });
    const audit = (await engine().call('audit.list', { recordType: 'repatriation', recordId: CASE_ID })).entries;
    expect(audit.map((e) => [e.action, e.detail])).toEqual(expect.arrayContaining([['document.issue', { template: 'liaison_notice', number: first.number, persons: 37 }]]));
  });

  it('refuses what cannot be printed, with the field named, and consumes no number', async () => {
    const report = reportRecord();
    expect(await refused(print.report({}))).toEqual({
      code: 'invalid_input',
      fields: ['actions', 'agenda', 'counterpart', 'date', 'delegations', 'exchanges', 'host', 'level', 'place', 'recipients', 'reportDate', 'signatory', 'startTime', 'type'],
    });
    expect(await refused(print.report({ ...report, proposals: 'x'.repeat(4001) }))).toEqual({ code: 'invalid_input', fields: ['proposals'] });
    expect(await refused(print.report({ ...report, signatory: { ...report.signatory, name: '  ' } }))).toEqual({ code: 'invalid_input', fields: ['signatory.name'] });
    expect(await refused(print.report({ ...report, recipients: [] }))).toEqual({ code: 'invalid_input', fields: ['recipients'] });
    expect(await refused(print.report({ ...report, actions: [{ ...report.actions[0], status: 'late' }] }))).toEqual({ code: 'invalid_input', fields: ['actions.0.status'] });
    expect(await refused(print.report({ ...report, reportDate: '2026-02-01' }))).toEqual({ code: 'invalid_input', fields: ['reportDate'] });
    // A future report date (the office's today is 10/03/2026, UTC+7).
    expect(await refused(print.report({ ...report, reportDate: '2026-03-11' }))).toEqual({ code: 'rule_violation', fields: ['reportDate'] });

    const notice = noticeRecord();
    expect(await refused(print.notice({}))).toEqual({ code: 'invalid_input', fields: ['date', 'purpose', 'signatory'] });
    expect(await refused(print.notice({ ...notice, body: { vi: 'x'.repeat(4001), km: '' } }))).toEqual({ code: 'invalid_input', fields: ['body.vi'] });
    expect(await refused(print.notice({ ...notice, counterpart: { vi: '' } }))).toEqual({ code: 'invalid_input', fields: ['counterpart.vi'] });
    expect(await refused(print.notice({ ...notice, facts: { persons: { total: 2, children: 3 } } }))).toEqual({
      code: 'invalid_input',
      fields: ['facts.gate', 'facts.handoverDate', 'facts.persons.children'],
    });
    expect(await refused(print.notice({ ...notice, purpose: 'informationRequest', body: { vi: '', km: 'x' } }))).toEqual({ code: 'invalid_input', fields: ['body.vi'] });
    expect(await refused(print.notice({ ...notice, purpose: 'actionConfirmation' }))).toEqual({ code: 'invalid_input', fields: ['facts.action'] });
    expect(await refused(print.notice({ ...notice, date: '2026-03-11' }))).toEqual({ code: 'rule_violation', fields: ['date'] });
    expect(await refused(printLiaisonNotice(vault(), { recordId: CASE_ID, recordType: 'interception' as 'meeting', notice, timeZone: TZ }))).toEqual({
      code: 'invalid_input',
      fields: ['recordType'],
    });

    // Nothing above took a number; a handover planned after today is fine (the notice is dated today).
    expect((await print.report({ ...report, reportDate: '2026-03-10' })).number).toBe('01/BC-VPLL-HT');
    expect((await print.notice({ ...notice, date: '2026-03-10', facts: { ...notice.facts, handoverDate: '2026-03-20' } })).number).toBe('01/TB-VPLL-HT');
  });
});
