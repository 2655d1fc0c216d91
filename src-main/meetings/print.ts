import type { MeetingView } from '../../src-shared/contract/index.js';
import { printMeetingMinutes } from '../documents/register/print.js';
import { meetingDb } from './db.js';
import { counterpartLabels } from './counterparts.js';
import { getMeeting, type MeetingDesk } from './meetings.js';

const bilingual = (vi: string, km: string) => ({ vi, km });
const time = (localDateTime: string) => localDateTime.slice(11, 16);

/** A meeting as the bilingual minutes (b) print it; the register's schema checks it again before printing. */
export function minutesOf(meeting: MeetingView, counterpart: { vi: string; km: string }) {
  const side = (s: 'VN' | 'KH') =>
    meeting.delegates
      .filter((d) => d.side === s)
      .map((d) => ({ name: d.name, nameKm: d.nameKm, rank: d.rank, position: d.position, positionKm: d.positionKm, agency: d.agency, role: d.role }));
  const endDay = meeting.endAt?.slice(0, 10);
  return {
    type: meeting.type,
    level: meeting.level,
    counterpart,
    date: meeting.eventDate,
    startTime: time(meeting.startAt),
    endDate: endDay && endDay !== meeting.eventDate ? endDay : undefined,
    endTime: meeting.endAt ? time(meeting.endAt) : undefined,
    place: bilingual(meeting.place, meeting.placeKm),
    host: meeting.host,
    delegations: { VN: side('VN'), KH: side('KH') },
    agenda: meeting.agenda.map((item) => bilingual(item.text, item.textKm)),
    exchanges: meeting.exchanges.map((item) => ({ topic: item.topic, direction: item.direction, summary: bilingual(item.summary, item.summaryKm), sensitivity: item.sensitivity })),
    actions: meeting.actions.map((action) => ({
      text: bilingual(action.text, action.textKm),
      ownerSide: action.ownerSide,
      owner: bilingual(action.owner || '—', action.ownerKm),
      due: action.due ?? undefined,
    })),
  };
}

export interface MeetingPrintRequest {
  id: string;
  template: 'minutes' | 'report' | 'liaison_notice';
  notice: { purpose: string; actionId: string | null; body: string; bodyKm: string } | null;
  onProgress?: (fraction: number) => void;
}

/** Prints a document of a meeting through the register (numbered, copy mark on re-print, QR, audited). */
export async function printMeeting(desk: MeetingDesk, request: MeetingPrintRequest) {
  const meeting = await getMeeting(desk, request.id, false);
  const counterpart = (await counterpartLabels(meetingDb(desk.service))).get(meeting.counterpartCode) ?? { vi: meeting.counterpartCode, km: '' };
  return printMeetingMinutes(desk.service, { recordId: meeting.id, minutes: minutesOf(meeting, counterpart), timeZone: desk.timeZone, onProgress: request.onProgress });
}
