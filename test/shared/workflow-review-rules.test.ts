import { describe, expect, it } from 'vitest';
import type { RepatriationStage } from '../../src-shared/contract/index.js';
import { canDecide, canSubmit, DRAFT_REVIEW, openReturn, reviewStatus, type RecordReview, type ReviewEvent } from '../../src-shared/records/review.js';
import {
  addWorkingDays,
  APPROVABLE,
  canMove,
  dateContradictionsFor,
  defaultVerificationDeadline,
  eventDate,
  isOverdue,
  missingFor,
  NEXT_STAGES,
  type CaseFacts,
} from '../../src-shared/repatriations/workflow.js';

/** The repatriation workflow and the review step as pure rules (the engine enforces them, the UI shows them). */
const STAGES = Object.keys(NEXT_STAGES) as RepatriationStage[];
const READY: CaseFacts = {
  agreedDate: '2026-03-20',
  gateCode: 'gate-ha-tien',
  transportMode: 'car',
  handoverAt: '2026-03-20T09:30',
  identityCheckDone: true,
  members: 3,
  delegationHeads: { VN: true, KH: true },
  referrals: 1,
};
const EMPTY: CaseFacts = {
  agreedDate: null,
  gateCode: null,
  transportMode: null,
  handoverAt: null,
  identityCheckDone: false,
  members: 0,
  delegationHeads: { VN: false, KH: false },
  referrals: 0,
};

describe('repatriation stages', () => {
  it('moves only along the table; closed and cancelled are final', () => {
    const moves = STAGES.flatMap((from) => STAGES.filter((to) => canMove(from, to)).map((to) => `${from}→${to}`));
    expect(moves).toEqual([
      'requested→verifying',
      'requested→cancelled',
      'verifying→requested',
      'verifying→agreed',
      'verifying→cancelled',
      'agreed→verifying',
      'agreed→handed_over',
      'agreed→cancelled',
      'handed_over→referred',
      'handed_over→closed',
      'referred→closed',
    ]);
    expect(APPROVABLE).toEqual(['handed_over', 'referred', 'closed']);
  });

  it('names exactly what each stage still needs', () => {
    expect(Object.keys(missingFor('verifying', EMPTY))).toEqual(['members']);
    expect(Object.keys(missingFor('agreed', EMPTY))).toEqual(['members', 'agreedDate', 'gateCode', 'transportMode']);
    expect(missingFor('handed_over', EMPTY)).toEqual({
      members: { vi: 'Cần có ít nhất một người trong hồ sơ.', en: 'The case needs at least one person.' },
      agreedDate: { vi: 'Cần ghi ngày bàn giao đã thống nhất.', en: 'Enter the agreed handover date.' },
      gateCode: { vi: 'Cần chọn cửa khẩu bàn giao.', en: 'Choose the border gate.' },
      transportMode: { vi: 'Cần chọn phương tiện.', en: 'Choose the transport.' },
      handoverAt: { vi: 'Cần ghi thời điểm bàn giao thực tế.', en: 'Enter when the handover took place.' },
      identityCheckDone: { vi: 'Cần xác nhận đã đối chiếu danh sách, điểm danh.', en: 'Confirm the identity check and roll call.' },
      delegations: { vi: 'Cần có trưởng đoàn của cả hai bên.', en: 'Both sides need a head of delegation.' },
    });
    expect(missingFor('referred', EMPTY)).toEqual({ referrals: { vi: 'Cần ghi ít nhất một chuyển hỗ trợ.', en: 'Record at least one referral.' } });
    for (const to of ['requested', 'closed', 'cancelled'] as const) expect(missingFor(to, EMPTY), to).toEqual({});
    for (const to of STAGES) expect(missingFor(to, READY), to).toEqual({});
    expect(missingFor('handed_over', { ...READY, delegationHeads: { VN: true, KH: false } })).toEqual({
      delegations: { vi: 'Cần có trưởng đoàn của cả hai bên.', en: 'Both sides need a head of delegation.' },
    });
    expect(missingFor('handed_over', { ...READY, delegationHeads: { VN: false, KH: true } })).toHaveProperty('delegations');
    expect(missingFor('agreed', { ...READY, members: 0 })).toEqual({ members: { vi: 'Cần có ít nhất một người trong hồ sơ.', en: 'The case needs at least one person.' } });
    expect(missingFor('handed_over', { ...READY, identityCheckDone: false })).toEqual({
      identityCheckDone: { vi: 'Cần xác nhận đã đối chiếu danh sách, điểm danh.', en: 'Confirm the identity check and roll call.' },
    });
  });
});

describe('deadlines and dates', () => {
  it('counts working days, skipping weekends', () => {
    expect(addWorkingDays('2026-03-06', 1)).toBe('2026-03-09'); // Friday → Monday
    expect(addWorkingDays('2026-03-07', 1)).toBe('2026-03-09'); // Saturday → Monday
    expect(addWorkingDays('2026-03-02', 5)).toBe('2026-03-09');
    expect(addWorkingDays('2026-03-02', 0)).toBe('2026-03-02');
    expect(defaultVerificationDeadline('2026-03-02')).toBe('2026-04-13');
  });

  it('is overdue only while verification is open and the deadline has passed', () => {
    expect(isOverdue('requested', '2026-03-10', '2026-03-11')).toBe(true);
    expect(isOverdue('verifying', '2026-03-10', '2026-03-11')).toBe(true);
    expect(isOverdue('verifying', '2026-03-11', '2026-03-11')).toBe(false);
    expect(isOverdue('agreed', '2026-03-10', '2026-03-11')).toBe(false);
    expect(isOverdue('requested', null, '2026-03-11')).toBe(false);
  });

  it('dates the case by the handover, else the agreed date, else the request', () => {
    expect(eventDate({ handoverAt: '2026-03-20T09:30', agreedDate: '2026-03-19', requestedOn: '2026-03-02' })).toBe('2026-03-20');
    expect(eventDate({ handoverAt: null, agreedDate: '2026-03-19', requestedOn: '2026-03-02' })).toBe('2026-03-19');
    expect(eventDate({ handoverAt: null, agreedDate: null, requestedOn: '2026-03-02' })).toBe('2026-03-02');
  });

  it('finds dates that contradict the move, with the dates as people read them', () => {
    const now = new Date('2026-03-21T00:00:00Z');
    expect(dateContradictionsFor('agreed', { requestedOn: '2026-03-02', agreedDate: '2026-03-01', handoverAt: null }, now)).toEqual({
      agreedDate: {
        vi: 'Ngày thống nhất bàn giao (01/03/2026) trước ngày nhận yêu cầu (02/03/2026): hãy sửa ngày trước.',
        en: 'The agreed date (01/03/2026) is before the request (02/03/2026): correct the date first.',
      },
    });
    expect(dateContradictionsFor('verifying', { requestedOn: '2026-03-02', agreedDate: '2026-03-01', handoverAt: null }, now)).toEqual({});
    expect(dateContradictionsFor('agreed', { requestedOn: '2026-03-02', agreedDate: '2026-03-02', handoverAt: null }, now)).toEqual({});
    expect(Object.keys(dateContradictionsFor('handed_over', { requestedOn: '2026-03-02', agreedDate: '2026-03-01', handoverAt: '2026-03-02T09:30' }, now))).toEqual(['agreedDate']);
    expect(dateContradictionsFor('handed_over', { requestedOn: '2026-03-02', agreedDate: null, handoverAt: '2026-03-22T09:30:15' }, now).handoverAt?.en).toContain(
      '(22/03/2026 09:30)',
    );
    expect(dateContradictionsFor('handed_over', { requestedOn: '2026-03-02', agreedDate: null, handoverAt: '2026-03-22T09:30' }, now)).toEqual({
      handoverAt: {
        vi: 'Thời điểm bàn giao đã ghi (22/03/2026 09:30) chưa đến: chưa thể ghi là đã bàn giao. Hãy sửa thời điểm bàn giao trước.',
        en: 'The recorded handover time (22/03/2026 09:30) has not come yet: the case cannot be marked handed over. Correct the handover time first.',
      },
    });
    expect(dateContradictionsFor('handed_over', { requestedOn: '2026-03-02', agreedDate: null, handoverAt: '2026-03-01T09:30' }, now)).toEqual({
      handoverAt: {
        vi: 'Thời điểm bàn giao (01/03/2026 09:30) trước ngày nhận yêu cầu (02/03/2026): hãy sửa ngày trước.',
        en: 'The handover time (01/03/2026 09:30) is before the request (02/03/2026): correct the date first.',
      },
    });
    expect(dateContradictionsFor('handed_over', { requestedOn: '2026-03-02', agreedDate: '2026-03-02', handoverAt: '2026-03-02T09:30' }, now)).toEqual({});
    expect(dateContradictionsFor('agreed', { requestedOn: '2026-03-02', agreedDate: null, handoverAt: '2026-03-22T09:30' }, now)).toEqual({});
    // A handover recorded for this very minute has come (the time typed is the office's local time).
    expect(dateContradictionsFor('handed_over', { requestedOn: '2026-03-02', agreedDate: null, handoverAt: '2026-03-21T07:00' }, new Date(Date.parse('2026-03-21T07:00')))).toEqual(
      {},
    );
  });
});

describe('the review step', () => {
  const event = (kind: ReviewEvent['kind'], text = ''): ReviewEvent => ({ kind, at: '2026-03-05T08:00:00.000Z', by: 'Lê Văn Hùng', text, changed: [] });
  const review = (state: RecordReview['state'], changedSinceApproval = false, events: ReviewEvent[] = []): RecordReview => ({ state, changedSinceApproval, events });

  it('says who may act in each state', () => {
    expect(DRAFT_REVIEW).toEqual({ state: 'draft', changedSinceApproval: false, events: [] });
    const cases: [RecordReview, boolean, boolean, string][] = [
      [review('draft'), true, true, 'not_submitted'],
      [review('submitted'), false, true, 'submitted'],
      [review('submitted', true), false, true, 'submitted'],
      [review('returned', true), true, true, 'returned'],
      [review('returned'), true, true, 'returned'],
      [review('approved'), false, false, 'approved'],
      [review('approved', true), true, true, 'changed_since_approval'],
    ];
    for (const [r, submit, decide, status] of cases) expect([canSubmit(r), canDecide(r), reviewStatus(r)], JSON.stringify(r)).toEqual([submit, decide, status]);
  });

  it('shows the last return while the record stays returned, and nothing otherwise', () => {
    const events = [
      event('submit'),
      event('return', 'Thiếu ngày sinh'),
      event('comment', 'Đã bổ sung'),
      event('submit'),
      event('return', 'Sai cửa khẩu'),
      event('comment', 'xem lại'),
    ];
    expect(openReturn(review('returned', false, events))?.text).toBe('Sai cửa khẩu');
    expect(openReturn(review('submitted', false, events))).toBeNull();
    expect(openReturn(review('returned', false, [event('submit')]))).toBeNull();
  });
});
