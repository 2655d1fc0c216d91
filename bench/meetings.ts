/**
 * The meetings log on a generated vault of realistic size: 10 years × 20 counterpart offices ≈ 5 000 meetings
 * with 3 information items and 3 agreed actions each (≈ 15 000 actions). Goals: the first page of the log ≤ 20 ms,
 * a topic filter ≤ 50 ms. Baseline in the same run: the same page read with one bare SQL statement.
 */
import { performance } from 'node:perf_hooks';
import { v7 as uuidv7 } from 'uuid';
import { EXCHANGE_TOPICS } from '../src-shared/contract/index.js';
import { foldForSearch } from '../src-shared/text/fold.js';
import { withMeetingTables } from '../src-main/meetings/db.js';
import type { Suite } from './run.js';
import { channelTimer, median, random, withCommander } from './commander.js';
import { newRecordColumns } from '../src-main/records/tables.js';

const AGENDA = [
  'Trao đổi tình hình xuất nhập cảnh trái phép',
  'Phối hợp xác minh nạn nhân bị mua bán',
  'Tuần tra song phương',
  'Trao trả người vi phạm',
  'Phòng chống buôn lậu ma túy qua biên giới',
];

export const run: Suite = async ({ quick }, report) => {
  const years = quick ? 2 : 10;
  await withCommander('meet', async (engine) => {
    const vault = engine.ctx.vault.open();
    const counterparts = vault.sqlite
      .prepare("SELECT code FROM reference_items WHERE kind = 'agency' AND json_extract(data, '$.side') = 'KH' ORDER BY code LIMIT 20")
      .pluck()
      .all() as string[];
    const next = random(7);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
    const at = new Date().toISOString();
    const by = engine.ctx.session!.accountId;
    let meetings = 0;
    await vault.write({ accountId: by, username: 'bench' }, async (raw) => {
      const trx = withMeetingTables(raw);
      for (let y = 0; y < years; y++)
        for (const counterpart of counterparts)
          for (let k = 0; k < 25; k++) {
            const id = uuidv7();
            const day = `${2016 + y}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
            const agenda = [pick(AGENDA), pick(AGENDA)];
            await trx
              .insertInto('meetings')
              .values({
                id,
                meeting_number: `HD-${2016 + y}-B${++meetings}`,
                type: 'regular',
                level: 'bloBlo',
                counterpart_code: counterpart,
                start_at: `${day}T08:30`,
                end_at: null,
                event_date: day,
                host: next() < 0.5 ? 'VN' : 'KH',
                place: 'Văn phòng liên lạc',
                place_km: '',
                delegates: '[]',
                agenda: JSON.stringify(agenda.map((text) => ({ text, textKm: '' }))),
                proposals: '',
                notes: '',
                vn_delegates: 3,
                kh_delegates: 3,
                search_text: foldForSearch(agenda.join(' ')),
                ...newRecordColumns(at, by),
              })
              .execute();
            for (let i = 0; i < 3; i++) {
              await trx
                .insertInto('meeting_exchanges')
                .values({
                  meeting_id: id,
                  sort: i,
                  topic: pick(EXCHANGE_TOPICS),
                  direction: next() < 0.5 ? 'given' : 'received',
                  summary: 'Nội dung trao đổi',
                  summary_km: '',
                  sensitivity: next() < 0.1 ? 'confidential' : 'normal',
                })
                .execute();
              await trx
                .insertInto('meeting_actions')
                .values({
                  id: uuidv7(),
                  meeting_id: id,
                  sort: i,
                  text: 'Việc đã thống nhất',
                  text_km: '',
                  owner_side: 'VN',
                  owner: '',
                  owner_km: '',
                  due: day,
                  status: pick(['open', 'in_progress', 'done', 'done', 'dropped']),
                  follow_ups: '[]',
                  carried_from: null,
                })
                .execute();
            }
          }
    });

    const time = channelTimer(engine, 'meetings.list', report);
    report('meetings.generated', meetings, 'meetings');
    const firstPage = await time('meetings.log_first_page_ms', { limit: 50 });
    await time('meetings.filter_topic_ms', { topics: ['drugs'], limit: 50 });
    await time('meetings.filter_text_ms', { query: 'xac minh nan nhan', limit: 50 });
    await time('meetings.filter_overdue_ms', { overdueOnly: true, limit: 50 });
    const bare = vault.sqlite.prepare('SELECT * FROM meetings WHERE deleted_at IS NULL ORDER BY event_date DESC, start_at DESC LIMIT 50');
    const bareTimes: number[] = [];
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      bare.all();
      bareTimes.push(performance.now() - start);
    }
    report('meetings.first_page_vs_bare_sql', firstPage / median(bareTimes), 'ratio');
  });
};
