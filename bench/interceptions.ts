/**
 * The interceptions list on a generated vault of realistic size: 10 years of interceptions at 12 border markers
 * by 4 units, 1–6 persons each (≈ 50 000 persons, ≈ 15 000 interceptions), with their screening levels and
 * outcomes. Goal: the first page with the statistics of the filtered set ≤ 20 ms. Baseline in the same run: the
 * same page read with one bare SQL statement. Rows are written straight into the tables (the engine's own rules
 * are tested elsewhere; here only the reading is measured).
 */
import { performance } from 'node:perf_hooks';
import { v7 as uuidv7 } from 'uuid';
import { foldForSearch } from '../src-shared/text/fold.js';
import { withInterceptionTables } from '../src-main/interceptions/db.js';
import { personColumns } from '../src-main/people/store.js';
import { newRecordColumns } from '../src-main/records/tables.js';
import { personSchema } from '../src-shared/contract/index.js';
import type { Suite } from './run.js';
import { channelTimer, median, random, withCommander } from './commander.js';

const NAMES = ['Nguyễn Thị Hương', 'Trần Văn Phúc', 'Lê Thị Mai', 'Phạm Văn Tài', 'Sok Dara', 'Chan Sreymom', 'Võ Văn Em', 'Kim Sovann', 'Đào Thị Thu', 'Hồ Thị Nga'];
const UNITS = ['Đồn Biên phòng Giang Thành', 'Đồn Biên phòng Hà Tiên', 'Đồn Biên phòng Vĩnh Điều', 'Đồn Biên phòng Phú Mỹ'];
const OUTCOMES = ['returned_across_line', 'administrative_sanction', 'referred_for_investigation', 'possible_victim'] as const;
const LEVELS = ['none', 'none', 'none', 'some', 'strong'] as const;

export const run: Suite = async ({ quick }, report) => {
  const target = quick ? 10_000 : 50_000;
  await withCommander('icpt', async (engine) => {
    const vault = engine.ctx.vault.open();
    const next = random(12);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const at = new Date().toISOString();
    const by = engine.ctx.session!.accountId;
    let persons = 0;
    let interceptions = 0;
    await vault.write({ accountId: by, username: 'bench' }, async (raw) => {
      const trx = withInterceptionTables(raw);
      while (persons < target) {
        const id = uuidv7();
        const year = 2016 + Math.floor(next() * 10);
        const day = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
        const size = 1 + Math.floor(next() * 6);
        const unit = pick(UNITS);
        const marker = String(300 + Math.floor(next() * 12));
        const members = Array.from({ length: size }, () => ({
          id: uuidv7(),
          child: next() < 0.15,
          level: pick(LEVELS),
          outcome: pick(OUTCOMES),
        }));
        const count = (test: (m: (typeof members)[number]) => boolean) => members.filter(test).length;
        await trx
          .insertInto('interceptions')
          .values({
            id,
            interception_number: `NC-${year}-B${++interceptions}`,
            at: `${day}T${String(Math.floor(next() * 24)).padStart(2, '0')}:30`,
            event_date: day,
            marker,
            marker_key: marker,
            coordinates: null,
            place_description: '',
            unit,
            unit_key: foldForSearch(unit),
            direction: next() < 0.7 ? 'leaving_vn' : 'entering_vn',
            crossing_method: pick(['on_foot', 'motorbike', 'boat', 'vehicle']),
            vehicles: '[]',
            items: '[]',
            notes: '',
            person_count: size,
            child_count: count((m) => m.child),
            returned_count: count((m) => m.outcome === 'returned_across_line'),
            sanction_count: count((m) => m.outcome === 'administrative_sanction'),
            investigation_count: count((m) => m.outcome === 'referred_for_investigation'),
            victim_count: count((m) => m.outcome === 'possible_victim'),
            no_outcome_count: 0,
            none_count: count((m) => m.level === 'none'),
            some_count: count((m) => m.level === 'some'),
            strong_count: count((m) => m.level === 'strong'),
            ...newRecordColumns(at, by),
          })
          .execute();
        for (const [sort, m] of members.entries()) {
          const person = personSchema.parse({ fullNameVi: pick(NAMES), birth: { year: m.child ? year - 15 : year - 30 } });
          await trx
            .insertInto('people')
            .values({ id: m.id, ...personColumns(person), created_at: at, created_by: by, updated_at: at, updated_by: by, version: 1 })
            .execute();
          await trx
            .insertInto('interception_persons')
            .values({
              interception_id: id,
              person_id: m.id,
              part: 'intercepted',
              sort,
              role: '',
              child: m.child ? 1 : 0,
              screening_level: m.level,
              details: JSON.stringify({ outcomes: [m.outcome], screening: [] }),
              screening_result: JSON.stringify({ level: m.level, reasons: [] }),
              victim_case_id: null,
            })
            .execute();
        }
        persons += size;
      }
    });

    const time = channelTimer(engine, 'interceptions.list', report);
    report('interceptions.generated', interceptions, 'interceptions');
    report('interceptions.generated_persons', persons, 'persons');
    const firstPage = await time('interceptions.list_first_page_ms', { limit: 50 });
    await time('interceptions.filter_period_ms', { from: '2024-01-01', to: '2024-12-31', limit: 50 });
    await time('interceptions.filter_victims_ms', { outcomes: ['possible_victim'], limit: 50 });
    await time('interceptions.filter_children_strong_ms', { childrenOnly: true, levels: ['strong'], limit: 50 });
    await time('interceptions.filter_marker_unit_ms', { marker: '305', unit: 'don bien phong ha tien', limit: 50 });
    const bare = vault.sqlite.prepare('SELECT * FROM interceptions WHERE deleted_at IS NULL ORDER BY event_date DESC, at DESC, id DESC LIMIT 50');
    const bareTimes: number[] = [];
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      bare.all();
      bareTimes.push(performance.now() - start);
    }
    report('interceptions.first_page_vs_bare_sql', firstPage / median(bareTimes), 'ratio');
  });
};
