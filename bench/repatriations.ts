/**
 * Search and list figures on a generated vault of realistic size: 100 000 people (20 000 with --quick) in
 * cases of two, searched the way the app searches (trigram index over folded names) and the naïve way
 * (LIKE over every row), in the same run.
 */
import { performance } from 'node:perf_hooks';
import { v7 as uuidv7 } from 'uuid';
import { personSchema } from '../src-shared/contract/index.js';
import { foldForSearch } from '../src-shared/text/fold.js';
import { withRepatriationTables } from '../src-main/repatriations/db.js';
import { personColumns } from '../src-main/people/store.js';
import type { Suite } from './run.js';
import { median, random, withCommander } from './commander.js';
import { newRecordColumns } from '../src-main/records/tables.js';

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Thạch', 'Danh', 'Kim', 'Sơn'];
const MIDDLE = ['Thị', 'Văn', 'Hữu', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Đức', 'Kim', 'Hoài'];
const GIVEN = [
  'Hương',
  'Toàn',
  'Mai',
  'Lan',
  'Hùng',
  'Dũng',
  'Thảo',
  'Nam',
  'Linh',
  'Phúc',
  'Đạt',
  'Tâm',
  'Yến',
  'Khánh',
  'Sang',
  'Vy',
  'Bảo',
  'Trinh',
  'Hiếu',
  'Nhung',
  'Sophal',
  'Dara',
  'Sokha',
  'Chantha',
];
const KHMER = ['សុខ', 'ចាន់', 'ដារា', 'សុភា', 'វណ្ណា', 'រតនា', 'ស្រីមុំ', 'ពិសី', 'គឹម', 'ហេង'];

export const run: Suite = async ({ quick }, report) => {
  const peopleCount = quick ? 20_000 : 100_000;
  await withCommander('rep', async (engine) => {
    const vault = engine.ctx.vault.open();
    const next = random(42);
    const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
    const at = new Date().toISOString();
    const by = engine.ctx.session!.accountId;
    await vault.write({ accountId: by, username: 'bench' }, async (raw) => {
      const trx = withRepatriationTables(raw);
      for (let start = 0; start < peopleCount; start += 2) {
        const caseId = uuidv7();
        const year = 2016 + Math.floor(next() * 10);
        const requested = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
        await trx
          .insertInto('repatriation_cases')
          .values({
            id: caseId,
            case_number: `HH-${year}-B${start}`,
            direction: next() < 0.8 ? 'receiving_from_kh' : 'handing_over_to_kh',
            stage: pick(['requested', 'verifying', 'agreed', 'handed_over', 'closed']),
            request_source: 'kh_side',
            counterpart_reference: '',
            requested_on: requested,
            verification_deadline: requested,
            agreed_date: null,
            gate_code: 'gate-ha-tien',
            transport_mode: 'car',
            handover_at: null,
            place_note: '',
            dossier_checked: 0,
            identity_check_done: 0,
            health_summary: '',
            summary: '',
            event_date: requested,
            person_count: 2,
            child_count: next() < 0.3 ? 1 : 0,
            ...newRecordColumns(at, by),
          })
          .execute();
        await trx.insertInto('case_details').values({ case_id: caseId, delegations: '[]', items: '[]', referrals: '[]', internal_handover: null }).execute();
        for (let k = 0; k < 2; k++) {
          const person = personSchema.parse({
            fullNameVi: `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`,
            nameKm: next() < 0.3 ? `${pick(KHMER)} ${pick(KHMER)}` : '',
            sex: next() < 0.6 ? 'female' : 'male',
            birth: { exact: null, year: 1970 + Math.floor(next() * 45), estimatedAge: null },
            nationality: 'VN',
          });
          const id = uuidv7();
          await trx
            .insertInto('people')
            .values({ id, ...personColumns(person), created_at: at, created_by: by, updated_at: at, updated_by: by, version: 1 })
            .execute();
          await trx
            .insertInto('case_members')
            .values({
              case_id: caseId,
              person_id: id,
              sort: k,
              role: 'confirmed_victim',
              exploitation_types: '[]',
              means_of_control: '[]',
              recruitment: null,
              exploitation_place: '',
              exploitation_country: null,
              health_status: 'good',
              health_note: '',
              needs: '',
              consent_to_share: 0,
              remarks: '',
            })
            .execute();
        }
      }
    });

    const queries = [
      'nguyen thi huong',
      'dang van toan',
      'tran ngoc',
      'le thi mai',
      'vo van dat',
      'thach kim sang',
      'huynh thanh',
      'sophal',
      'ស្រីមុំ',
      'ដារា ពិ',
      'hoai linh',
      'bui duc',
    ];
    const appTimes: number[] = [];
    const scanTimes: number[] = [];
    const scan = vault.sqlite.prepare("SELECT id, full_name_vi FROM people WHERE search_text LIKE '%' || ? || '%' ORDER BY full_name_vi LIMIT 20");
    for (let round = 0; round < (quick ? 2 : 4); round++)
      for (const query of queries) {
        let start = performance.now();
        const result = await engine.dispatch('people.search', { query, limit: 20 });
        appTimes.push(performance.now() - start);
        if (!result.ok) throw new Error(result.error.message.en);
        start = performance.now();
        scan.all(foldForSearch(query));
        scanTimes.push(performance.now() - start);
      }
    report(`search.people_${quick ? '20k' : '100k'}_p50_ms`, median(appTimes), 'ms');
    report('search.speedup_vs_scan', median(scanTimes) / median(appTimes), 'ratio');

    const listTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const result = await engine.dispatch('repatriations.list', { limit: 100 });
      listTimes.push(performance.now() - start);
      if (!result.ok) throw new Error(result.error.message.en);
    }
    report('list.first_page_ms', median(listTimes), 'ms');
  });
};
