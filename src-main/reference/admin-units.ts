import type { AdminUnitSeed, BorderBox } from './types.js';

/**
 * Administrative units on both sides of the border, with validity.
 *
 * Viet Nam: from 1 Jul 2025 the provinces were merged (63 → 34) and the district level was abolished
 * (province → commune/ward/special zone). Records keep the unit valid at their own date; `currentSuccessor()`
 * walks the chain to the unit valid at another date.
 *
 * Sources for the provincial mergers (checked): Viet Nam News 2025-07-04 "Việt Nam sets two-tier local
 * government system"; vietaustralia.com list of the 34 units after Resolution of 12 Jun 2025; baotayninh.vn
 * (Tây Ninh + Long An → Tây Ninh, centre Tân An); baodongnai/vietnam.vn (Bình Phước + Đồng Nai → Đồng Nai);
 * DOMAIN.md (Kiên Giang + An Giang → An Giang, centre Rạch Giá). The National Assembly resolution was passed
 * on 12 Jun 2025; the merged provincial governments started on 1 Jul 2025, the date used here.
 *
 * Only the provinces on the Cambodian border and those merged into them are listed, plus the old border
 * districts (not confirmed by a source; `verified: false`). New communes are left for the administrator.
 */

/** Last day of the old provinces and of the district level in Viet Nam. */
export const LAST_DAY_BEFORE_REFORM = '2025-06-30';
/** First day of the merged provinces and the two-level local government. */
export const REFORM_DAY = '2025-07-01';

interface OldProvince {
  slug: string;
  vi: string;
  km: string;
  en: string;
  successor: string;
  border: boolean;
}

/**
 * Rough bounding boxes (decimal degrees, with a margin) of the old border provinces, from general maps: not
 * confirmed by a survey source, so they are reference data an administrator can correct. An interception's
 * coordinates must fall inside the box of the office's province; a merged province's box is the union of the
 * boxes of the old border provinces it took in (`borderBoxOf`).
 */
const OLD_BORDER_BOXES: Readonly<Record<string, BorderBox>> = {
  'kien-giang': { south: 9.25, west: 103.45, north: 10.62, east: 105.55 },
  'an-giang': { south: 10.18, west: 104.75, north: 10.98, east: 105.6 },
  'dong-thap': { south: 10.1, west: 105.2, north: 10.98, east: 105.95 },
  'long-an': { south: 10.4, west: 105.5, north: 11.05, east: 106.8 },
  'tay-ninh': { south: 10.95, west: 105.8, north: 11.8, east: 106.45 },
  'binh-phuoc': { south: 11.3, west: 106.4, north: 12.3, east: 107.45 },
  'dak-nong': { south: 11.7, west: 107.2, north: 12.85, east: 108.15 },
  'dak-lak': { south: 12.15, west: 107.45, north: 13.45, east: 108.95 },
  'gia-lai': { south: 12.95, west: 107.45, north: 14.6, east: 108.9 },
  'kon-tum': { south: 13.9, west: 107.3, north: 15.45, east: 108.55 },
};

/** The smallest box holding every box given. */
export function unionBox(boxes: readonly BorderBox[]): BorderBox | undefined {
  if (!boxes.length) return undefined;
  return {
    south: Math.min(...boxes.map((b) => b.south)),
    west: Math.min(...boxes.map((b) => b.west)),
    north: Math.max(...boxes.map((b) => b.north)),
    east: Math.max(...boxes.map((b) => b.east)),
  };
}

/** A new province's border area: the union of the old border provinces merged into it. */
const borderBoxOf = (newSlug: string) => unionBox(OLD_PROVINCES.filter((p) => p.border && p.successor === newSlug).flatMap((p) => OLD_BORDER_BOXES[p.slug] ?? []));

interface NewProvince {
  slug: string;
  vi: string;
  km: string;
  en: string;
  note: string;
}

/** Provinces as they were until 30 Jun 2025. The Khmer names are transliterations awaiting review. */
const OLD_PROVINCES: readonly OldProvince[] = [
  { slug: 'kien-giang', vi: 'Tỉnh Kiên Giang', km: 'ខេត្តគៀនយ៉ាង', en: 'Kien Giang Province', successor: 'an-giang', border: true },
  { slug: 'an-giang', vi: 'Tỉnh An Giang', km: 'ខេត្តអានយ៉ាង', en: 'An Giang Province', successor: 'an-giang', border: true },
  { slug: 'dong-thap', vi: 'Tỉnh Đồng Tháp', km: 'ខេត្តដុងថាប', en: 'Dong Thap Province', successor: 'dong-thap', border: true },
  { slug: 'tien-giang', vi: 'Tỉnh Tiền Giang', km: 'ខេត្តទៀនយ៉ាង', en: 'Tien Giang Province', successor: 'dong-thap', border: false },
  { slug: 'long-an', vi: 'Tỉnh Long An', km: 'ខេត្តឡុងអាន', en: 'Long An Province', successor: 'tay-ninh', border: true },
  { slug: 'tay-ninh', vi: 'Tỉnh Tây Ninh', km: 'ខេត្តតៃនិញ', en: 'Tay Ninh Province', successor: 'tay-ninh', border: true },
  { slug: 'binh-phuoc', vi: 'Tỉnh Bình Phước', km: 'ខេត្តប៊ិញភឿក', en: 'Binh Phuoc Province', successor: 'dong-nai', border: true },
  { slug: 'dong-nai', vi: 'Tỉnh Đồng Nai', km: 'ខេត្តដុងណៃ', en: 'Dong Nai Province', successor: 'dong-nai', border: false },
  { slug: 'dak-nong', vi: 'Tỉnh Đắk Nông', km: 'ខេត្តដាក់នង', en: 'Dak Nong Province', successor: 'lam-dong', border: true },
  { slug: 'lam-dong', vi: 'Tỉnh Lâm Đồng', km: 'ខេត្តឡាំដុង', en: 'Lam Dong Province', successor: 'lam-dong', border: false },
  { slug: 'binh-thuan', vi: 'Tỉnh Bình Thuận', km: 'ខេត្តប៊ិញធួន', en: 'Binh Thuan Province', successor: 'lam-dong', border: false },
  { slug: 'dak-lak', vi: 'Tỉnh Đắk Lắk', km: 'ខេត្តដាក់ឡាក់', en: 'Dak Lak Province', successor: 'dak-lak', border: true },
  { slug: 'phu-yen', vi: 'Tỉnh Phú Yên', km: 'ខេត្តភូយ៉េន', en: 'Phu Yen Province', successor: 'dak-lak', border: false },
  { slug: 'gia-lai', vi: 'Tỉnh Gia Lai', km: 'ខេត្តយ៉ាឡាយ', en: 'Gia Lai Province', successor: 'gia-lai', border: true },
  { slug: 'binh-dinh', vi: 'Tỉnh Bình Định', km: 'ខេត្តប៊ិញឌិញ', en: 'Binh Dinh Province', successor: 'gia-lai', border: false },
  { slug: 'kon-tum', vi: 'Tỉnh Kon Tum', km: 'ខេត្តកុងទុំ', en: 'Kon Tum Province', successor: 'quang-ngai', border: true },
  { slug: 'quang-ngai', vi: 'Tỉnh Quảng Ngãi', km: 'ខេត្តក្វាងង៉ាយ', en: 'Quang Ngai Province', successor: 'quang-ngai', border: false },
];

/** Provinces from 1 Jul 2025 (all border Cambodia). */
const NEW_PROVINCES: readonly NewProvince[] = [
  { slug: 'an-giang', vi: 'Tỉnh An Giang', km: 'ខេត្តអានយ៉ាង', en: 'An Giang Province', note: 'Kiên Giang + An Giang; centre Rạch Giá.' },
  { slug: 'dong-thap', vi: 'Tỉnh Đồng Tháp', km: 'ខេត្តដុងថាប', en: 'Dong Thap Province', note: 'Tiền Giang + Đồng Tháp.' },
  { slug: 'tay-ninh', vi: 'Tỉnh Tây Ninh', km: 'ខេត្តតៃនិញ', en: 'Tay Ninh Province', note: 'Long An + Tây Ninh; centre Tân An.' },
  {
    slug: 'dong-nai',
    vi: 'Tỉnh Đồng Nai',
    km: 'ខេត្តដុងណៃ',
    en: 'Dong Nai Province',
    note: 'Bình Phước + Đồng Nai; centre Biên Hòa. A proposal to make it a centrally-run city (Thành phố Đồng Nai) was reported in 2025: check and add a successor if adopted.',
  },
  { slug: 'lam-dong', vi: 'Tỉnh Lâm Đồng', km: 'ខេត្តឡាំដុង', en: 'Lam Dong Province', note: 'Đắk Nông + Lâm Đồng + Bình Thuận.' },
  { slug: 'dak-lak', vi: 'Tỉnh Đắk Lắk', km: 'ខេត្តដាក់ឡាក់', en: 'Dak Lak Province', note: 'Phú Yên + Đắk Lắk.' },
  { slug: 'gia-lai', vi: 'Tỉnh Gia Lai', km: 'ខេត្តយ៉ាឡាយ', en: 'Gia Lai Province', note: 'Bình Định + Gia Lai.' },
  { slug: 'quang-ngai', vi: 'Tỉnh Quảng Ngãi', km: 'ខេត្តក្វាងង៉ាយ', en: 'Quang Ngai Province', note: 'Kon Tum + Quảng Ngãi.' },
];

/** Code of a Vietnamese province valid until 30 Jun 2025. */
export function vnProvinceBefore2025(slug: string): string {
  return `vn-${slug}`;
}

/** Code of a Vietnamese province valid from 1 Jul 2025. */
export function vnProvinceFrom2025(slug: string): string {
  return `vn-${slug}-2025`;
}

const vnOldProvinces: AdminUnitSeed[] = OLD_PROVINCES.map((p) => ({
  code: vnProvinceBefore2025(p.slug),
  country: 'VN',
  level: 'province',
  vi: p.vi,
  km: p.km,
  en: p.en,
  kmNeedsReview: true,
  validTo: LAST_DAY_BEFORE_REFORM,
  successorCode: vnProvinceFrom2025(p.successor),
  border: p.border,
  ...(OLD_BORDER_BOXES[p.slug] ? { borderBox: OLD_BORDER_BOXES[p.slug] } : {}),
  verified: true,
}));

const vnNewProvinces: AdminUnitSeed[] = NEW_PROVINCES.map((p) => ({
  code: vnProvinceFrom2025(p.slug),
  country: 'VN',
  level: 'province',
  vi: p.vi,
  km: p.km,
  en: p.en,
  kmNeedsReview: true,
  validFrom: REFORM_DAY,
  border: true,
  ...(borderBoxOf(p.slug) ? { borderBox: borderBoxOf(p.slug) } : {}),
  verified: true,
  note: p.note,
}));

/** Border districts until 30 Jun 2025, grouped by their province. Not confirmed by a source. */
const OLD_BORDER_DISTRICTS: Readonly<Record<string, readonly string[]>> = {
  'kien-giang': ['Thành phố Hà Tiên', 'Huyện Giang Thành'],
  'an-giang': ['Thị xã Tịnh Biên', 'Huyện Tri Tôn', 'Huyện An Phú', 'Thị xã Tân Châu', 'Thành phố Châu Đốc'],
  'dong-thap': ['Huyện Tân Hồng', 'Huyện Hồng Ngự', 'Thành phố Hồng Ngự'],
  'long-an': ['Huyện Tân Hưng', 'Huyện Vĩnh Hưng', 'Thị xã Kiến Tường', 'Huyện Mộc Hóa', 'Huyện Đức Huệ'],
  'tay-ninh': ['Huyện Tân Biên', 'Huyện Tân Châu', 'Huyện Châu Thành', 'Huyện Bến Cầu', 'Thị xã Trảng Bàng'],
  'binh-phuoc': ['Huyện Lộc Ninh', 'Huyện Bù Đốp', 'Huyện Bù Gia Mập'],
  'dak-nong': ['Huyện Tuy Đức', 'Huyện Đắk Mil', 'Huyện Cư Jút', 'Huyện Đắk Song'],
  'dak-lak': ['Huyện Ea Súp', 'Huyện Buôn Đôn'],
  'gia-lai': ['Huyện Ia Grai', 'Huyện Đức Cơ', 'Huyện Chư Prông'],
  'kon-tum': ['Huyện Ngọc Hồi', 'Huyện Sa Thầy', "Huyện Ia H'Drai"],
};

/** ASCII slug of a Vietnamese name: `Thị xã Tịnh Biên` → `tinh-bien` (the unit type is dropped). */
export function vnSlug(name: string): string {
  return name
    .replace(/^(Thành phố|Thị xã|Huyện|Tỉnh|Xã|Phường) /u, '')
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const UNIT_TYPE_ABBREVIATIONS: Readonly<Record<string, string>> = { 'Thành phố': 'tp', 'Thị xã': 'tx', Huyện: 'h' };

/**
 * Code segment for a district: unit type + slug, since names repeat across types
 * (Huyện Hồng Ngự and Thành phố Hồng Ngự were different districts).
 */
export function vnDistrictSlug(name: string): string {
  const type = Object.keys(UNIT_TYPE_ABBREVIATIONS).find((t) => name.startsWith(`${t} `));
  if (type === undefined) throw new RangeError(`No district type in ${JSON.stringify(name)}`);
  return `${UNIT_TYPE_ABBREVIATIONS[type]}-${vnSlug(name)}`;
}

const vnOldDistricts: AdminUnitSeed[] = Object.entries(OLD_BORDER_DISTRICTS).flatMap(([province, names]) =>
  names.map((vi) => ({
    code: `${vnProvinceBefore2025(province)}.${vnDistrictSlug(vi)}`,
    country: 'VN' as const,
    level: 'district' as const,
    parentCode: vnProvinceBefore2025(province),
    vi,
    validTo: LAST_DAY_BEFORE_REFORM,
    border: true,
    verified: false,
    note: 'Border district from memory, not confirmed by a source; the district level ended on 1 Jul 2025 (no successor at the same level — use the province successor).',
  })),
);

interface KhProvince {
  slug: string;
  vi: string;
  km: string;
  en: string;
  border?: boolean;
  note?: string;
}

/** Cambodian provinces along the border (and Stung Treng, asked for, whose border with Viet Nam is unconfirmed). */
const KH_PROVINCES: readonly KhProvince[] = [
  { slug: 'kampot', vi: 'Tỉnh Kampot', km: 'ខេត្តកំពត', en: 'Kampot Province', border: true },
  { slug: 'kep', vi: 'Tỉnh Kep', km: 'ខេត្តកែប', en: 'Kep Province', note: 'Land border with Viet Nam not confirmed.' },
  { slug: 'takeo', vi: 'Tỉnh Takeo', km: 'ខេត្តតាកែវ', en: 'Takeo Province', border: true },
  { slug: 'kandal', vi: 'Tỉnh Kandal', km: 'ខេត្តកណ្ដាល', en: 'Kandal Province', border: true },
  { slug: 'prey-veng', vi: 'Tỉnh Prey Veng', km: 'ខេត្តព្រៃវែង', en: 'Prey Veng Province', border: true },
  { slug: 'svay-rieng', vi: 'Tỉnh Svay Rieng', km: 'ខេត្តស្វាយរៀង', en: 'Svay Rieng Province', border: true },
  {
    slug: 'tbong-khmum',
    vi: 'Tỉnh Tbong Khmum',
    km: 'ខេត្តត្បូងឃ្មុំ',
    en: 'Tbong Khmum Province',
    border: true,
    note: 'Created from the eastern districts of Kampong Cham by royal decree (VietnamPlus); exact start date not confirmed.',
  },
  {
    slug: 'kampong-cham',
    vi: 'Tỉnh Kampong Cham',
    km: 'ខេត្តកំពង់ចាម',
    en: 'Kampong Cham Province',
    note: 'Bordered Viet Nam (Tây Ninh) until its eastern districts became Tbong Khmum; kept for older records.',
  },
  { slug: 'kratie', vi: 'Tỉnh Kratie', km: 'ខេត្តក្រចេះ', en: 'Kratie Province', border: true },
  { slug: 'mondulkiri', vi: 'Tỉnh Mondulkiri', km: 'ខេត្តមណ្ឌលគិរី', en: 'Mondulkiri Province', border: true },
  { slug: 'ratanakiri', vi: 'Tỉnh Ratanakiri', km: 'ខេត្តរតនគិរី', en: 'Ratanakiri Province', border: true },
  { slug: 'stung-treng', vi: 'Tỉnh Stung Treng', km: 'ខេត្តស្ទឹងត្រែង', en: 'Stung Treng Province', note: 'A border with Viet Nam is not confirmed (it borders Laos).' },
];

export function khProvince(slug: string): string {
  return `kh-${slug}`;
}

const khProvinces: AdminUnitSeed[] = KH_PROVINCES.map((p) => ({
  code: khProvince(p.slug),
  country: 'KH',
  level: 'province',
  vi: p.vi,
  km: p.km,
  en: p.en,
  kmNeedsReview: true,
  ...(p.border === undefined ? {} : { border: p.border }),
  verified: p.border === true && p.note === undefined,
  ...(p.note === undefined ? {} : { note: p.note }),
}));

export const ADMIN_UNITS: readonly AdminUnitSeed[] = [...vnOldProvinces, ...vnNewProvinces, ...vnOldDistricts, ...khProvinces];
