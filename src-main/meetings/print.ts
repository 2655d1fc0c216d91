import type { MeetingView } from '../../src-shared/contract/index.js';
import type { z } from 'zod';
import type { meetingPrintInput } from '../../src-shared/contract/index.js';
import { printLiaisonNotice, printMeetingMinutes, printMeetingReport } from '../documents/register/print.js';
import { EngineError } from '../kernel/engine-error.js';
import { accountNames } from '../vault/accounts-store.js';
import { meetingDb } from './db.js';
import { counterpartLabels } from './counterparts.js';
import { getMeeting, readingFor, type MeetingDesk } from './meetings.js';

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

/** The actions' statuses as the report names them. */
const REPORT_STATUS = { open: 'open', in_progress: 'inProgress', done: 'done', dropped: 'dropped' } as const;
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const DEFAULT_RECIPIENTS = ['Cấp trên trực tiếp (để báo cáo)', 'Lưu: VT, VPLL'];

type Request = z.output<typeof meetingPrintInput> & { onProgress?: (fraction: number) => void };

/**
 * Prints a document of a meeting through the register (numbered, copy mark on re-print, QR, audited): the
 * bilingual minutes, the Vietnamese internal report to superiors, or a bilingual liaison notice to the counterpart.
 */
export async function printMeeting(desk: MeetingDesk, request: Request) {
  const meeting = await getMeeting(desk, request.id, false);
  const db = meetingDb(desk.service);
  const counterpart = (await counterpartLabels(db)).get(meeting.counterpartCode) ?? { vi: meeting.counterpartCode, km: '' };
  const minutes = minutesOf(meeting, counterpart);
  const common = { recordId: meeting.id, timeZone: desk.timeZone, onProgress: request.onProgress };
  if (request.template === 'minutes') return printMeetingMinutes(desk.service, { ...common, minutes });

  const me = await accountNames(db);
  const signatory = request.signatory ?? {
    position: 'Trưởng Văn phòng',
    positionKm: 'ប្រធានការិយាល័យ',
    onBehalfOf: '',
    rank: '',
    name: me(desk.service.actor().accountId),
    nameKm: '',
  };
  const today = readingFor(desk).today;
  const minutesIssued = meeting.documents.filter((doc) => doc.template === 'meeting_minutes').at(-1);
  if (request.template === 'report') {
    // The report shows confidential items only to a reader who may see them, and only when asked.
    const confidential = request.includeConfidential && readingFor(desk).confidential;
    return printMeetingReport(desk.service, {
      ...common,
      includeConfidential: confidential,
      report: {
        ...minutes,
        exchanges: minutes.exchanges.filter((item) => confidential || item.sensitivity === 'normal'),
        actions: meeting.actions.map((action, i) => ({ ...minutes.actions[i], status: REPORT_STATUS[action.status] })),
        reportDate: today,
        minutesNumber: minutesIssued?.number,
        proposals: meeting.proposals,
        recipients: request.recipients.length ? request.recipients : DEFAULT_RECIPIENTS,
        signatory,
      },
    });
  }
  const notice = request.notice ?? { purpose: 'actionConfirmation' as const, actionId: null, reference: '', body: '', bodyKm: '' };
  const action = meeting.actions.find((a) => a.id === notice.actionId);
  if (notice.purpose === 'actionConfirmation' && !action)
    throw new EngineError(
      'invalid_input',
      { vi: 'Hãy chọn việc đã thống nhất cần xác nhận.', en: 'Choose the agreed action to confirm.' },
      {
        'notice.actionId': { vi: 'Hãy chọn việc đã thống nhất cần xác nhận.', en: 'Choose the agreed action to confirm.' },
      },
    );
  const agreedIn = `${minutesIssued ? `Biên bản hội đàm số ${minutesIssued.number}` : `Cuộc hội đàm ${meeting.meetingNumber}`} ngày ${dmy(meeting.eventDate)}`;
  return printLiaisonNotice(desk.service, {
    ...common,
    recordType: 'meeting',
    notice: {
      purpose: notice.purpose,
      date: today,
      counterpart,
      reference: notice.reference,
      facts: action ? { action: bilingual(action.text, action.textKm), actionDue: action.due ?? undefined, agreedIn } : {},
      body: { vi: notice.body, km: notice.bodyKm },
      signatory,
    },
  });
}
