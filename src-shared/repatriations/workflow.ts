/**
 * Shared by the engine (which enforces them) and the UI (which shows what a step still needs).
 *
 * The repatriation workflow as data: which stage may follow which, and what a case must hold before it
 * moves. Pure functions; the case store applies them.
 */
import type { Bilingual, RepatriationStage } from '../contract/index.js';

export const NEXT_STAGES: Record<RepatriationStage, readonly RepatriationStage[]> = {
  requested: ['verifying', 'cancelled'],
  verifying: ['agreed', 'requested', 'cancelled'],
  agreed: ['handed_over', 'verifying', 'cancelled'],
  handed_over: ['referred', 'closed'],
  referred: ['closed'],
  closed: [],
  cancelled: [],
};

export const canMove = (from: RepatriationStage, to: RepatriationStage) => NEXT_STAGES[from].includes(to);

/** A commander approves the handover record once the persons have been handed over. */
export const APPROVABLE: readonly RepatriationStage[] = ['handed_over', 'referred', 'closed'];

export interface CaseFacts {
  agreedDate: string | null;
  gateCode: string | null;
  transportMode: string | null;
  handoverAt: string | null;
  identityCheckDone: boolean;
  members: number;
  delegationHeads: { VN: boolean; KH: boolean };
  referrals: number;
}

/** What is still missing before a case can enter `to`: field → message. Empty means it may move. */
export function missingFor(to: RepatriationStage, facts: CaseFacts): Record<string, Bilingual> {
  const missing: Record<string, Bilingual> = {};
  const need = (field: string, vi: string, en: string) => (missing[field] = { vi, en });
  if (to === 'verifying' || to === 'agreed' || to === 'handed_over')
    if (facts.members === 0) need('members', 'Cần có ít nhất một người trong hồ sơ.', 'The case needs at least one person.');
  if (to === 'agreed' || to === 'handed_over') {
    if (!facts.agreedDate) need('agreedDate', 'Cần ghi ngày bàn giao đã thống nhất.', 'Enter the agreed handover date.');
    if (!facts.gateCode) need('gateCode', 'Cần chọn cửa khẩu bàn giao.', 'Choose the border gate.');
    if (!facts.transportMode) need('transportMode', 'Cần chọn phương tiện.', 'Choose the transport.');
  }
  if (to === 'handed_over') {
    if (!facts.handoverAt) need('handoverAt', 'Cần ghi thời điểm bàn giao thực tế.', 'Enter when the handover took place.');
    if (!facts.identityCheckDone) need('identityCheckDone', 'Cần xác nhận đã đối chiếu danh sách, điểm danh.', 'Confirm the identity check and roll call.');
    if (!facts.delegationHeads.VN || !facts.delegationHeads.KH) need('delegations', 'Cần có trưởng đoàn của cả hai bên.', 'Both sides need a head of delegation.');
  }
  if (to === 'referred' && facts.referrals === 0) need('referrals', 'Cần ghi ít nhất một chuyển hỗ trợ.', 'Record at least one referral.');
  return missing;
}

/** Working days (Mon–Fri) after `isoDate`. */
export function addWorkingDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  let left = days;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return date.toISOString().slice(0, 10);
}

/**
 * Identity verification (≤ 20 working days) plus nationality verification (≤ 10) under the joint SOP:
 * the default deadline when the officer does not set one.
 */
export const defaultVerificationDeadline = (requestedOn: string) => addWorkingDays(requestedOn, 30);

const OPEN_FOR_VERIFICATION: readonly RepatriationStage[] = ['requested', 'verifying'];

export const isOverdue = (stage: RepatriationStage, deadline: string | null, today: string) => OPEN_FOR_VERIFICATION.includes(stage) && deadline !== null && deadline < today;

/** The date that decides child status and the period a case counts in: the handover, else the agreed date, else the request. */
export const eventDate = (fields: { handoverAt: string | null; agreedDate: string | null; requestedOn: string }) =>
  fields.handoverAt?.slice(0, 10) ?? fields.agreedDate ?? fields.requestedOn;

/** "2026-12-05T09:30" → "05/12/2026 09:30"; "2026-12-05" → "05/12/2026" (messages are read by people). */
const shown = (value: string) => {
  const [date, time] = value.split('T');
  const [y, m, d] = date.split('-');
  return time ? `${d}/${m}/${y} ${time.slice(0, 5)}` : `${d}/${m}/${y}`;
};

export interface DateFacts {
  requestedOn: string;
  agreedDate: string | null;
  handoverAt: string | null;
}

/**
 * Dates in the record that contradict moving to `to` at `now`: field → message. Empty means the move is
 * consistent. A handover cannot be recorded as done before its recorded time, nor before the request.
 * `handoverAt` without an offset is the office's local time, as typed.
 */
export function dateContradictionsFor(to: RepatriationStage, facts: DateFacts, now: Date): Record<string, Bilingual> {
  const found: Record<string, Bilingual> = {};
  if ((to === 'agreed' || to === 'handed_over') && facts.agreedDate && facts.agreedDate < facts.requestedOn)
    found.agreedDate = {
      vi: `Ngày thống nhất bàn giao (${shown(facts.agreedDate)}) trước ngày nhận yêu cầu (${shown(facts.requestedOn)}): hãy sửa ngày trước.`,
      en: `The agreed date (${shown(facts.agreedDate)}) is before the request (${shown(facts.requestedOn)}): correct the date first.`,
    };
  if (to === 'handed_over' && facts.handoverAt) {
    if (Date.parse(facts.handoverAt) > now.getTime())
      found.handoverAt = {
        vi: `Thời điểm bàn giao đã ghi (${shown(facts.handoverAt)}) chưa đến: chưa thể ghi là đã bàn giao. Hãy sửa thời điểm bàn giao trước.`,
        en: `The recorded handover time (${shown(facts.handoverAt)}) has not come yet: the case cannot be marked handed over. Correct the handover time first.`,
      };
    else if (facts.handoverAt.slice(0, 10) < facts.requestedOn)
      found.handoverAt = {
        vi: `Thời điểm bàn giao (${shown(facts.handoverAt)}) trước ngày nhận yêu cầu (${shown(facts.requestedOn)}): hãy sửa ngày trước.`,
        en: `The handover time (${shown(facts.handoverAt)}) is before the request (${shown(facts.requestedOn)}): correct the date first.`,
      };
  }
  return found;
}
