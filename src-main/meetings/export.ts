import type { z } from 'zod';
import type { meetingListFilter, MeetingListRow, SpreadsheetFile } from '../../src-shared/contract/index.js';
import { loadLabels } from '../documents/register/labels-store.js';
import { workbookFile } from '../documents/workbook.js';
import { meetingDb } from './db.js';
import { counterpartNames } from './counterparts.js';
import { carriedOnIds, listMeetings } from './log.js';
import { readingFor, type MeetingDesk } from './meetings.js';
import { actionOverdue } from './view.js';

const PAGE = 500;
const dmy = (iso: string | null) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');

const STATUS = { open: 'Chưa thực hiện', in_progress: 'Đang thực hiện', done: 'Đã xong', dropped: 'Không thực hiện' } as const;
const REVIEW = { not_submitted: 'Chưa trình', submitted: 'Chờ duyệt', returned: 'Trả lại', approved: 'Đã duyệt', changed_since_approval: 'Đã sửa sau duyệt' } as const;
const SIDE = { VN: 'Việt Nam', KH: 'Campuchia', both: 'Hai bên' } as const;

/**
 * The filtered log as a workbook: one sheet of meetings, one of their agreed actions. Facts and counts only: the
 * text of information items (confidential or not) never leaves in a spreadsheet. Audited.
 */
export async function exportMeetings(desk: MeetingDesk, filter: z.output<typeof meetingListFilter>): Promise<SpreadsheetFile> {
  const db = meetingDb(desk.service);
  const labels = await loadLabels(db);
  const counterparts = await counterpartNames(db);
  const { today } = readingFor(desk);
  const meetings: MeetingListRow[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await listMeetings(desk, { ...filter, offset, limit: PAGE });
    meetings.push(...page.rows);
    if (offset + PAGE >= page.total) break;
  }
  const label = (key: string) => (labels as Record<string, { vi: string }>)[key]?.vi ?? key;
  const meetingRows = meetings.map((m) => [
    m.meetingNumber,
    dmy(m.eventDate),
    m.startAt.slice(11, 16),
    label(`meeting.type.${m.type}`),
    label(`meeting.level.${m.level}`),
    counterparts.get(m.counterpartCode) ?? m.counterpartCode,
    SIDE[m.host],
    m.place,
    m.delegates.VN,
    m.delegates.KH,
    m.topics.map((topic) => label(`topic.${topic}`)).join('; '),
    m.actions.total,
    m.actions.pending,
    m.actions.overdue,
    REVIEW[m.review],
  ]);
  const numbers = new Map(meetings.map((m) => [m.id, m]));
  const actions: (string | number)[][] = [];
  const ids = meetings.map((m) => m.id);
  for (let i = 0; i < ids.length; i += PAGE) {
    const rows = await db
      .selectFrom('meeting_actions')
      .selectAll()
      .where('meeting_id', 'in', ids.slice(i, i + PAGE))
      .orderBy('meeting_id')
      .orderBy('sort')
      .execute();
    const carried = await carriedOnIds(
      db,
      rows.map((r) => r.id),
    );
    for (const a of rows) {
      const m = numbers.get(a.meeting_id)!;
      const followUps = JSON.parse(a.follow_ups) as { on: string; note: string }[];
      const last = followUps.at(-1);
      actions.push([
        m.meetingNumber,
        dmy(m.eventDate),
        counterparts.get(m.counterpartCode) ?? m.counterpartCode,
        a.text,
        SIDE[a.owner_side as keyof typeof SIDE],
        a.owner,
        dmy(a.due),
        STATUS[a.status as keyof typeof STATUS],
        last ? `${dmy(last.on)}: ${last.note}` : '',
        actionOverdue(a, today, carried.has(a.id)) ? 'Quá hạn' : '',
        carried.has(a.id) ? 'Đã chuyển tiếp' : '',
      ]);
    }
  }
  await desk.service.audit({ action: 'meeting.export', recordType: 'meeting', detail: { meetings: meetingRows.length, actions: actions.length } });
  return workbookFile('so-hoi-dam.xlsx', [
    {
      name: 'Hội đàm',
      rows: [
        [
          'Số',
          'Ngày',
          'Giờ',
          'Hình thức',
          'Cấp',
          'Đơn vị phía bạn',
          'Chủ trì',
          'Địa điểm',
          'Thành phần VN',
          'Thành phần CPC',
          'Chủ đề trao đổi',
          'Số việc thống nhất',
          'Việc chưa xong',
          'Việc quá hạn',
          'Phê duyệt',
        ],
        ...meetingRows,
      ],
      widths: [14, 12, 8, 24, 22, 40, 12, 30, 10, 10, 40, 10, 10, 10, 16],
    },
    {
      name: 'Việc đã thống nhất',
      rows: [
        ['Số hội đàm', 'Ngày', 'Đơn vị phía bạn', 'Nội dung', 'Bên thực hiện', 'Người phụ trách', 'Thời hạn', 'Trạng thái', 'Theo dõi gần nhất', 'Quá hạn', 'Chuyển tiếp'],
        ...actions,
      ],
      widths: [14, 12, 36, 60, 14, 24, 12, 16, 40, 10, 14],
    },
  ]);
}
