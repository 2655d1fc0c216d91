/**
 * The rules of a meeting record, shared by the engine (which enforces them) and the form (which shows them
 * before saving). Each returns field errors keyed by the field's path, in Vietnamese and English.
 */
import type { Bilingual } from '../contract/result.js';
import type { MeetingFieldsData } from '../contract/meetings.js';

type Problems = Record<string, Bilingual>;

/** The local day of a local date-time ("2026-11-05T08:30" → "2026-11-05"). */
export const dayOf = (localDateTime: string) => localDateTime.slice(0, 10);

/**
 * Dates that contradict each other or lie in the future. `now` is the office's wall clock ("2026-12-02T10:15"),
 * so a meeting is compared as the officer reads the clock on the wall.
 */
export function dateProblems(fields: Pick<MeetingFieldsData, 'startAt' | 'endAt' | 'actions'>, now: string): Problems {
  const problems: Problems = {};
  const start = fields.startAt.slice(0, 16);
  const day = dayOf(start);
  const today = dayOf(now);
  if (start > now.slice(0, 16))
    problems.startAt = { vi: 'Cuộc hội đàm chưa diễn ra: thời điểm bắt đầu ở tương lai.', en: 'The meeting has not happened yet: the start is in the future.' };
  if (fields.endAt && fields.endAt.slice(0, 16) < start) problems.endAt = { vi: 'Kết thúc trước khi bắt đầu.', en: 'The end is before the start.' };
  fields.actions.forEach((action, i) => {
    if (action.due && action.due < day) problems[`actions.${i}.due`] = { vi: 'Hạn trước ngày hội đàm.', en: 'Due before the meeting.' };
    action.followUps.forEach((followUp, j) => {
      if (followUp.on < day) problems[`actions.${i}.followUps.${j}.on`] = { vi: 'Ngày theo dõi trước ngày hội đàm.', en: 'Follow-up dated before the meeting.' };
      else if (followUp.on > today) problems[`actions.${i}.followUps.${j}.on`] = { vi: 'Ngày theo dõi ở tương lai.', en: 'Follow-up dated in the future.' };
    });
  });
  return problems;
}

/** One head of delegation per side at most. */
export function delegationProblems(fields: Pick<MeetingFieldsData, 'delegates'>): Problems {
  const problems: Problems = {};
  for (const side of ['VN', 'KH'] as const) {
    const heads = fields.delegates.flatMap((d, i) => (d.side === side && d.role === 'head' ? [i] : []));
    for (const i of heads.slice(1)) problems[`delegates.${i}.role`] = { vi: 'Mỗi bên chỉ có một trưởng đoàn.', en: 'Each side has one head of delegation at most.' };
  }
  return problems;
}

/** What a meeting needs before it goes to the commander: both delegations, each with its head. */
export function missingForSubmit(fields: Pick<MeetingFieldsData, 'delegates'>): Problems {
  const problems: Problems = {};
  const sides = { VN: 'phía Việt Nam / the Vietnamese side', KH: 'phía Campuchia / the Cambodian side' } as const;
  for (const side of ['VN', 'KH'] as const) {
    const members = fields.delegates.filter((d) => d.side === side);
    const [vi, en] = sides[side].split(' / ');
    if (!members.length) problems[`delegates.${side}`] = { vi: `Chưa có thành phần ${vi}.`, en: `No delegates of ${en}.` };
    else if (!members.some((d) => d.role === 'head')) problems[`delegates.${side}`] = { vi: `Chưa ghi trưởng đoàn ${vi}.`, en: `No head of delegation for ${en}.` };
  }
  return problems;
}
