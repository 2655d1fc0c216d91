/**
 * Converts the official administrative-unit lists in ../shared/data into the seeds the app ships
 * (`src-main/reference/seeds/*.json`). Run again only when a source file changes:
 *
 *   node --import tsx scripts/convert-admin-units.ts [--data ../shared/data]
 *
 * The app never reads ../shared at run time. Every source row is checked (codes, nesting, counts); any
 * surprise stops the conversion rather than writing a seed that silently lacks a unit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { ADMIN_UNITS, LAST_DAY_BEFORE_REFORM, REFORM_DAY, khProvince, vnProvinceBefore2025, vnProvinceFrom2025, vnSlug } from '../src-main/reference/admin-units.js';
import { adminUnitKeys, khUnitId, vnCommuneId, vnDistrictId, type KhSeed, type SeedUnit, type VnSeed } from '../src-main/reference/admin-unit-seeds.js';

const { values } = parseArgs({ options: { data: { type: 'string', default: '../shared/data' } } });
const dataDir = path.resolve(values.data!);
const outDir = path.resolve('src-main/reference/seeds');

function fail(message: string): never {
  throw new Error(`convert-admin-units: ${message}`);
}
const nfc = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
/** Labels an administrator already curated for the border provinces (Khmer transliteration, English). */
const curated = new Map(ADMIN_UNITS.map((unit) => [unit.code, unit]));

// ——— Viet Nam before 1 Jul 2025 ———

interface Ward {
  Code: string;
  FullName: string;
}
interface District {
  Code: string;
  FullName: string;
  Ward: Ward[] | null;
}
interface Province {
  Code: string;
  FullName: string;
  District: District[] | null;
}

function convertVietnam(): VnSeed {
  const vnDir = path.join(dataDir, 'vn-admin-units');
  const before = JSON.parse(readFileSync(path.join(vnDir, 'before-2025-07/units-decree-1365.json'), 'utf8')) as Province[];
  const units: SeedUnit[] = [];
  const ids = new Set<string>();
  type Unkeyed = SeedUnit extends [...infer Head, string, string] ? Head : never;
  const add = (unit: Unkeyed) => {
    if (ids.has(unit[0])) fail(`duplicate id ${unit[0]}`);
    ids.add(unit[0]);
    const [, , , , vi, km, en] = unit;
    units.push([...unit, ...adminUnitKeys([vi, en, km], vi)]);
  };
  const oldProvinceId = new Map<string, string>();
  const labels = (id: string) => [curated.get(id)?.km ?? '', curated.get(id)?.en ?? ''] as const;
  for (const province of before) {
    const id = vnProvinceBefore2025(vnSlug(nfc(province.FullName)));
    oldProvinceId.set(province.Code, id);
    add([id, 'province', province.Code, null, nfc(province.FullName), ...labels(id), null, LAST_DAY_BEFORE_REFORM]);
    for (const district of province.District ?? []) {
      const districtId = vnDistrictId(district.Code);
      add([districtId, 'district', district.Code, id, nfc(district.FullName), '', '', null, LAST_DAY_BEFORE_REFORM]);
      for (const ward of district.Ward ?? []) add([vnCommuneId(ward.Code, false), 'commune', ward.Code, districtId, nfc(ward.FullName), '', '', null, LAST_DAY_BEFORE_REFORM]);
    }
  }

  // ——— from 1 Jul 2025: provinces (CSV), communes (Appendix I of 1027/CTK-CSCL, a Markdown table) ———
  const newProvinceId = new Map<string, string>();
  const newProvinceByName = new Map<string, string>();
  const csv = readFileSync(path.join(vnDir, 'from-2025-07/provinces-915-CTK-CSCL.csv'), 'utf8').trim().split(/\r?\n/).slice(1);
  for (const line of csv) {
    const [, code, rawName] = line.split(',');
    if (!/^\d{2}$/.test(code ?? '') || !rawName) fail(`bad province line ${JSON.stringify(line)}`);
    const name = nfc(rawName);
    // The CSV omits "Tỉnh" before a province; the decree's names carry it. Keep one form: with the type.
    const fullName = /^(Thành phố|Tỉnh) /u.test(name) ? name : `Tỉnh ${name}`;
    const id = vnProvinceFrom2025(vnSlug(fullName));
    newProvinceId.set(code, id);
    newProvinceByName.set(fullName, id);
    add([id, 'province', code, null, fullName, ...labels(id), REFORM_DAY, null]);
  }
  const md = readFileSync(path.join(vnDir, 'from-2025-07/communes-1027-CTK-CSCL.md'), 'utf8');
  let communes = 0;
  for (const line of md.split(/\r?\n/)) {
    const cells = line.split('|').map((cell) => nfc(cell.replace(/<br>/g, ' ')));
    if (cells.length < 6 || !/^\d+$/.test(cells[1]!)) continue;
    const [, , code, name, provinceName] = cells;
    if (!/^\d{5}$/.test(code!)) fail(`bad commune code in ${JSON.stringify(line)}`);
    // The province column abbreviates "Thành phố" as "Tp" on some pages.
    const provinceId = newProvinceByName.get(provinceName!.replace(/^Tp /u, 'Thành phố '));
    if (!provinceId) fail(`unknown province ${JSON.stringify(provinceName)}`);
    add([vnCommuneId(code!, true), 'commune', code!, provinceId, name!, '', '', REFORM_DAY, null]);
    communes += 1;
  }
  if (communes !== 3321) fail(`expected 3,321 communes from 1 Jul 2025, read ${communes}`);

  // ——— old → new links, from the merges (each new unit lists the old units it was made from) ———
  interface Merge {
    old_id: string;
    type: 'full' | 'partial';
  }
  const merges = JSON.parse(readFileSync(path.join(vnDir, 'from-2025-07/merges-new-to-old.json'), 'utf8')) as {
    data: { level1_id: string; merges: Merge[]; level2s: { level2_id: string; merges: Merge[] }[] }[];
  };
  const links: VnSeed['links'] = [];
  const skipped: string[] = [];
  for (const province of merges.data) {
    const to = newProvinceId.get(province.level1_id) ?? fail(`merge into unknown province ${province.level1_id}`);
    for (const merge of province.merges) links.push([oldProvinceId.get(merge.old_id) ?? fail(`unknown old province ${merge.old_id}`), to, merge.type]);
    for (const commune of province.level2s) {
      const toCommune = vnCommuneId(commune.level2_id, true);
      if (!ids.has(toCommune)) fail(`merge into unknown commune ${commune.level2_id}`);
      for (const merge of commune.merges) {
        // Island districts without communes became special zones whole: their 3-digit code is a district's.
        const from = merge.old_id.length === 3 ? vnDistrictId(merge.old_id) : vnCommuneId(merge.old_id, false);
        // A few old codes in the merges predate Resolution 1365 (units dissolved before 1 Mar 2025): no row to link.
        if (!ids.has(from)) skipped.push(merge.old_id);
        else links.push([from, toCommune, merge.type]);
      }
    }
  }
  const counts = countLevels(units);
  console.log(`VN: ${JSON.stringify(counts)}; ${links.length} links; ${skipped.length} links from codes not in the 1 Mar 2025 list skipped (${skipped.join(', ')})`);
  return {
    source:
      'Before 1 Jul 2025: "Vietnamese Provinces Database" v2.4.0 (ThangLeQuoc, MIT), General Statistics Office codes, Resolution 1365/NQ-UBTVQH15. From 1 Jul 2025: Official Letters 915/CTK-CSCL (provinces) and 1027/CTK-CSCL Appendix I (communes) of the Statistics Office; old → new links from the dvhcvn/20250701 project (MIT), extracted from Resolutions 1654–1687/NQ-UBTVQH15.',
    units,
    links,
  };
}

function countLevels(units: readonly { 1: string }[]) {
  const counts: Record<string, number> = {};
  for (const unit of units) counts[unit[1]] = (counts[unit[1]] ?? 0) + 1;
  return counts;
}

// ——— Cambodia: the NCDD gazetteer, one sheet per province ———

/** Khmer names of the provinces (the sheets name them in Latin only). Ids already used by the app are kept. */
const KH_PROVINCES: Record<string, { km: string; slug?: string }> = {
  '01': { km: 'ខេត្តបន្ទាយមានជ័យ' },
  '02': { km: 'ខេត្តបាត់ដំបង' },
  '03': { km: 'ខេត្តកំពង់ចាម' },
  '04': { km: 'ខេត្តកំពង់ឆ្នាំង' },
  '05': { km: 'ខេត្តកំពង់ស្ពឺ' },
  '06': { km: 'ខេត្តកំពង់ធំ' },
  '07': { km: 'ខេត្តកំពត' },
  '08': { km: 'ខេត្តកណ្ដាល' },
  '09': { km: 'ខេត្តកោះកុង' },
  '10': { km: 'ខេត្តក្រចេះ' },
  '11': { km: 'ខេត្តមណ្ឌលគិរី', slug: 'mondulkiri' },
  '12': { km: 'រាជធានីភ្នំពេញ' },
  '13': { km: 'ខេត្តព្រះវិហារ' },
  '14': { km: 'ខេត្តព្រៃវែង' },
  '15': { km: 'ខេត្តពោធិ៍សាត់' },
  '16': { km: 'ខេត្តរតនគិរី', slug: 'ratanakiri' },
  '17': { km: 'ខេត្តសៀមរាប', slug: 'siem-reap' },
  '18': { km: 'ខេត្តព្រះសីហនុ' },
  '19': { km: 'ខេត្តស្ទឹងត្រែង' },
  '20': { km: 'ខេត្តស្វាយរៀង' },
  '21': { km: 'ខេត្តតាកែវ' },
  '22': { km: 'ខេត្តឧត្តរមានជ័យ' },
  '23': { km: 'ខេត្តកែប' },
  '24': { km: 'ខេត្តប៉ៃលិន' },
  '25': { km: 'ខេត្តត្បូងឃ្មុំ', slug: 'tbong-khmum' },
};

const KH_LEVELS: Record<string, { level: SeedUnit[1]; digits: number }> = {
  ស្រុក: { level: 'district', digits: 4 },
  ក្រុង: { level: 'district', digits: 4 },
  ខណ្ឌ: { level: 'district', digits: 4 },
  ឃុំ: { level: 'commune', digits: 6 },
  សង្កាត់: { level: 'commune', digits: 6 },
  ភូមិ: { level: 'village', digits: 8 },
};

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((part) => part.text).join('');
  return String(value);
};

async function convertCambodia(): Promise<KhSeed> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(dataDir, 'kh-admin-units/ncdd-gazetteer-2024-10-14.xlsx'));
  const units: KhSeed['units'] = [];
  const ids = new Set<string>();
  for (const sheet of workbook.worksheets) {
    const title = /^(\d+)\. (.+)$/.exec(sheet.name.trim()) ?? fail(`sheet title ${sheet.name}`);
    const code = title[1]!.padStart(2, '0');
    const latin = nfc(title[2]!);
    const known = KH_PROVINCES[code] ?? fail(`no Khmer name for province ${code}`);
    const provinceId = khProvince(known.slug ?? vnSlug(latin));
    const provinceKm = curated.get(provinceId)?.km ?? known.km;
    units.push([provinceId, 'province', code, null, provinceKm, latin, '', ...adminUnitKeys([latin, provinceKm], latin)]);
    ids.add(provinceId);
    const header = sheet.getRow(3).values as ExcelJS.CellValue[];
    if (cellText(header[1]) !== 'Type' || cellText(header[2]) !== 'Code') fail(`header of sheet ${sheet.name}`);
    sheet.eachRow((row, number) => {
      if (number <= 3) return;
      const type = nfc(cellText(row.getCell(1).value));
      const rawCode = nfc(cellText(row.getCell(2).value));
      if (!type && !rawCode) return;
      const kind = KH_LEVELS[type] ?? fail(`unknown type ${JSON.stringify(type)} in ${sheet.name} row ${number}`);
      const unitCode = rawCode.padStart(kind.digits, '0');
      if (!/^\d+$/.test(rawCode) || unitCode.length !== kind.digits || !unitCode.startsWith(code)) fail(`bad code ${rawCode} in ${sheet.name} row ${number}`);
      const parentId = kind.level === 'district' ? provinceId : khUnitId(unitCode.slice(0, kind.digits - 2));
      if (!ids.has(parentId)) fail(`parent of ${unitCode} not listed before it`);
      const id = khUnitId(unitCode);
      if (ids.has(id)) fail(`duplicate code ${unitCode}`);
      ids.add(id);
      const [km, latin] = [nfc(cellText(row.getCell(3).value)), nfc(cellText(row.getCell(4).value))];
      units.push([id, kind.level, unitCode, parentId, km, latin, type, ...adminUnitKeys([latin, km], latin)]);
    });
  }
  console.log(`KH: ${JSON.stringify(countLevels(units))}`);
  return {
    source:
      'Gazetteer of the National Committee for Sub-National Democratic Development (NCDD), Royal Government of Cambodia, 14 Oct 2024, as published in the "cambo-gazetteer" repository (MIT for the repository). Province names in Khmer added by BLO Desk.',
    units,
  };
}

const vn = convertVietnam();
const kh = await convertCambodia();
// One unit per line: diffs stay readable when a source changes.
const write = (file: string, seed: { source: string; units: unknown[]; links?: unknown[] }) => {
  const lines = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).join(',\n');
  const body = [`{"source":${JSON.stringify(seed.source)},`, `"units":[\n${lines(seed.units)}\n]`, seed.links ? `,"links":[\n${lines(seed.links)}\n]` : '', '}\n'].join('');
  writeFileSync(path.join(outDir, file), body);
};
write('vn-admin-units.json', vn);
write('kh-admin-units.json', kh);
