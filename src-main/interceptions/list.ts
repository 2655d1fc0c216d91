import { sql } from 'kysely';
import type { z } from 'zod';
import type { InterceptionListRow, InterceptionOutcome, InterceptionStats, interceptionListFilter, ScreeningLevel } from '../../src-shared/contract/index.js';
import { INTERCEPTION_DIRECTIONS } from '../../src-shared/contract/index.js';
import { reviewStatus, type ReviewState } from '../../src-shared/records/review.js';
import { foldForSearch } from '../../src-shared/text/fold.js';
import { live } from '../records/live.js';
import { interceptionDb, type InterceptionDb } from './db.js';
import type { InterceptionDesk } from './interceptions.js';
import type { InterceptionRow } from './view.js';

type Filter = z.output<typeof interceptionListFilter>;

/** The per-person count column of each outcome and level: the filters and statistics read these, not the persons. */
const OUTCOME_COLUMNS = {
  returned_across_line: 'returned_count',
  administrative_sanction: 'sanction_count',
  referred_for_investigation: 'investigation_count',
  possible_victim: 'victim_count',
} as const satisfies Record<InterceptionOutcome, string>;
const LEVEL_COLUMNS = { none: 'none_count', some: 'some_count', strong: 'strong_count' } as const satisfies Record<ScreeningLevel, string>;

/** The list's filters, applied to the live interceptions. */
function filtered(db: InterceptionDb, filter: Filter) {
  let query = db.selectFrom('interceptions').where(live('interceptions'));
  if (filter.from) query = query.where('event_date', '>=', filter.from);
  if (filter.to) query = query.where('event_date', '<=', filter.to);
  if (filter.direction) query = query.where('direction', '=', filter.direction);
  if (filter.unit) query = query.where('unit_key', '=', foldForSearch(filter.unit));
  if (filter.marker) query = query.where('marker_key', '=', foldForSearch(filter.marker));
  if (filter.outcomes.length) query = query.where((eb) => eb.or(filter.outcomes.map((outcome) => eb(OUTCOME_COLUMNS[outcome], '>', 0))));
  if (filter.levels.length) query = query.where((eb) => eb.or(filter.levels.map((level) => eb(LEVEL_COLUMNS[level], '>', 0))));
  if (filter.childrenOnly) query = query.where('child_count', '>', 0);
  return query;
}

const toRow = (row: InterceptionRow & { review_state: string | null; changed: number | null }): InterceptionListRow => ({
  id: row.id,
  interceptionNumber: row.interception_number,
  at: row.at,
  eventDate: row.event_date,
  direction: row.direction as InterceptionListRow['direction'],
  unit: row.unit,
  marker: row.marker,
  crossingMethod: row.crossing_method,
  persons: row.person_count,
  children: row.child_count,
  outcomes: {
    returned_across_line: row.returned_count,
    administrative_sanction: row.sanction_count,
    referred_for_investigation: row.investigation_count,
    possible_victim: row.victim_count,
  },
  levels: { none: row.none_count, some: row.some_count, strong: row.strong_count },
  review: reviewStatus({ state: (row.review_state ?? 'draft') as ReviewState, changedSinceApproval: row.changed === 1, events: [] }),
  updatedAt: row.updated_at,
});

/** Counts of the whole filtered set (every page), by direction; persons by outcome. One pass over the count columns. */
async function statsOf(query: ReturnType<typeof filtered>): Promise<InterceptionStats> {
  const rows = await query
    .select([
      'direction',
      (eb) => eb.fn.countAll<number>().as('interceptions'),
      sql<number>`coalesce(sum(person_count), 0)`.as('persons'),
      sql<number>`coalesce(sum(returned_count), 0)`.as('returned'),
      sql<number>`coalesce(sum(sanction_count), 0)`.as('sanction'),
      sql<number>`coalesce(sum(investigation_count), 0)`.as('investigation'),
      sql<number>`coalesce(sum(victim_count), 0)`.as('victim'),
      sql<number>`coalesce(sum(no_outcome_count), 0)`.as('none'),
    ])
    .groupBy('direction')
    .execute();
  const sum = (pick: (row: (typeof rows)[number]) => number) => rows.reduce((total, row) => total + Number(pick(row)), 0);
  const byDirection = Object.fromEntries(
    INTERCEPTION_DIRECTIONS.map((direction) => {
      const row = rows.find((r) => r.direction === direction);
      return [direction, { interceptions: Number(row?.interceptions ?? 0), persons: Number(row?.persons ?? 0) }];
    }),
  ) as InterceptionStats['byDirection'];
  return {
    interceptions: sum((r) => r.interceptions),
    persons: sum((r) => r.persons),
    byDirection,
    byOutcome: {
      returned_across_line: sum((r) => r.returned),
      administrative_sanction: sum((r) => r.sanction),
      referred_for_investigation: sum((r) => r.investigation),
      possible_victim: sum((r) => r.victim),
      none: sum((r) => r.none),
    },
  };
}

/** One page of interceptions, newest first, with the statistics of the filtered set. Rows carry counts, never names. */
export async function listInterceptions(desk: InterceptionDesk, filter: Filter): Promise<{ rows: InterceptionListRow[]; total: number; stats: InterceptionStats }> {
  const db = interceptionDb(desk.service);
  const query = filtered(db, filter);
  const stats = await statsOf(query);
  const rows = await query
    .leftJoin('record_reviews', (join) => join.onRef('record_reviews.record_id', '=', 'interceptions.id').on('record_reviews.record_kind', '=', 'interception'))
    .selectAll('interceptions')
    .select(['record_reviews.state as review_state', 'record_reviews.changed_since_approval as changed'])
    .orderBy('event_date', 'desc')
    .orderBy('at', 'desc')
    .orderBy('interceptions.id', 'desc')
    .offset(filter.offset)
    .limit(filter.limit)
    .execute();
  return { rows: rows.map(toRow), total: stats.interceptions, stats };
}
