import { REFORM_DAY, khProvince, vnProvinceBefore2025, vnProvinceFrom2025 } from './admin-units.js';
import { compareDates, parseIsoDate } from '../../src-shared/people/iso-date.js';
import type { BorderGateSeed, GateLevel, IsoDate } from './types.js';

/**
 * Vietnamese–Cambodian border gate pairs, south to north.
 *
 * `verified: true` means a public source read for this confirmed the pair and the level of the Vietnamese gate:
 * - Hà Tiên (ex Xà Xía)–Prek Chak, Tịnh Biên–Phnom Den, Mộc Bài–Bavet, Xa Mát–Trapeang Phlong, Hoa Lư–Trapeang Sre,
 *   Lệ Thanh–O Yadav: the international pairs of the road-transport agreement (VietnamPlus 2011, 2017; VOV).
 * - Vĩnh Xương–Kaam Samnor: international road and waterway gate opened 23 Feb 2023 (VietnamPlus, SGGP).
 * - Thường Phước–Koh Roka: international land and waterway pair opened 2025 (Viet Nam News 2026).
 * - Dinh Bà–Bontia Chakrey: Dinh Bà listed as international (Báo Đồng Tháp); the pair named by VietnamPlus 2011.
 * - Tân Nam–Meun Chey: Tân Nam upgraded to international by Resolution 111/NQ-CP (2019).
 * Everything else is from memory and flagged. The Khmer spellings of the counterparts all await a translator.
 * "Vàm Rây – Phnom Den" from the brief was not found in any source and is not listed (Phnom Den faces Tịnh Biên).
 */

interface GateRow {
  slug: string;
  vnName: string;
  /** Province slug after 1 Jul 2025, and before when different. */
  vn: string;
  vnBefore?: string;
  khName: string;
  khNameLatin: string;
  kh: string;
  level: GateLevel;
  verified: boolean;
  note?: string;
}

const KH_PROVINCE_NAMES: Readonly<Record<string, { km: string; latin: string }>> = {
  kampot: { km: 'ខេត្តកំពត', latin: 'Kampot' },
  takeo: { km: 'ខេត្តតាកែវ', latin: 'Takeo' },
  kandal: { km: 'ខេត្តកណ្ដាល', latin: 'Kandal' },
  'prey-veng': { km: 'ខេត្តព្រៃវែង', latin: 'Prey Veng' },
  'svay-rieng': { km: 'ខេត្តស្វាយរៀង', latin: 'Svay Rieng' },
  'tbong-khmum': { km: 'ខេត្តត្បូងឃ្មុំ', latin: 'Tbong Khmum' },
  kratie: { km: 'ខេត្តក្រចេះ', latin: 'Kratie' },
  mondulkiri: { km: 'ខេត្តមណ្ឌលគិរី', latin: 'Mondulkiri' },
  ratanakiri: { km: 'ខេត្តរតនគិរី', latin: 'Ratanakiri' },
};

const GATES: readonly GateRow[] = [
  {
    slug: 'ha-tien',
    vnName: 'Cửa khẩu quốc tế Hà Tiên',
    vn: 'an-giang',
    vnBefore: 'kien-giang',
    khName: 'ព្រែកចាក',
    khNameLatin: 'Prek Chak',
    kh: 'kampot',
    level: 'international',
    verified: true,
    note: 'Called Xà Xía in older documents.',
  },
  {
    slug: 'giang-thanh',
    vnName: 'Cửa khẩu Giang Thành',
    vn: 'an-giang',
    vnBefore: 'kien-giang',
    khName: 'តុនហុង',
    khNameLatin: 'Ton Hon',
    kh: 'kampot',
    level: 'main',
    verified: false,
    note: 'Pair and level not confirmed by a source.',
  },
  { slug: 'tinh-bien', vnName: 'Cửa khẩu quốc tế Tịnh Biên', vn: 'an-giang', khName: 'ភ្នំដិន', khNameLatin: 'Phnom Den', kh: 'takeo', level: 'international', verified: true },
  {
    slug: 'khanh-binh',
    vnName: 'Cửa khẩu quốc gia Khánh Bình',
    vn: 'an-giang',
    khName: 'ជ្រៃធំ',
    khNameLatin: 'Chrey Thom',
    kh: 'kandal',
    level: 'main',
    verified: false,
    note: 'Khánh Bình is a national (main) gate (SGGP 2023); the counterpart name is not confirmed. An upgrade to international was being surveyed in Dec 2025.',
  },
  {
    slug: 'vinh-xuong',
    vnName: 'Cửa khẩu quốc tế Vĩnh Xương',
    vn: 'an-giang',
    khName: 'ក្អមសំណរ',
    khNameLatin: 'Kaam Samnor',
    kh: 'kandal',
    level: 'international',
    verified: true,
    note: 'Road and waterway gate; also spelled Kaorm Samnor.',
  },
  {
    slug: 'thuong-phuoc',
    vnName: 'Cửa khẩu quốc tế Thường Phước',
    vn: 'dong-thap',
    khName: 'កោះរកា',
    khNameLatin: 'Koh Roka',
    kh: 'prey-veng',
    level: 'international',
    verified: true,
    note: 'Land and waterway gate; also spelled Kaoh Roka.',
  },
  {
    slug: 'dinh-ba',
    vnName: 'Cửa khẩu quốc tế Dinh Bà',
    vn: 'dong-thap',
    khName: 'បន្ទាយចក្រី',
    khNameLatin: 'Bontia Chakrey',
    kh: 'prey-veng',
    level: 'international',
    verified: true,
    note: 'Also spelled Bontia Chak Cray.',
  },
  {
    slug: 'binh-hiep',
    vnName: 'Cửa khẩu quốc tế Bình Hiệp',
    vn: 'tay-ninh',
    vnBefore: 'long-an',
    khName: 'ព្រៃវ៉រ',
    khNameLatin: 'Prey Vor',
    kh: 'svay-rieng',
    level: 'international',
    verified: false,
    note: 'Bình Hiệp opened as an international gate facing Svay Rieng in 2011 (VNS); the counterpart name is not confirmed.',
  },
  {
    slug: 'my-quy-tay',
    vnName: 'Cửa khẩu Mỹ Quý Tây',
    vn: 'tay-ninh',
    vnBefore: 'long-an',
    khName: 'សំរោង',
    khNameLatin: 'Samrong',
    kh: 'svay-rieng',
    level: 'main',
    verified: false,
    note: 'Pair and level not confirmed by a source.',
  },
  { slug: 'moc-bai', vnName: 'Cửa khẩu quốc tế Mộc Bài', vn: 'tay-ninh', khName: 'បាវិត', khNameLatin: 'Bavet', kh: 'svay-rieng', level: 'international', verified: true },
  {
    slug: 'phuoc-tan',
    vnName: 'Cửa khẩu Phước Tân',
    vn: 'tay-ninh',
    khName: 'បុស្សមន',
    khNameLatin: 'Bosmon',
    kh: 'svay-rieng',
    level: 'main',
    verified: false,
    note: 'Pair and level not confirmed by a source.',
  },
  {
    slug: 'xa-mat',
    vnName: 'Cửa khẩu quốc tế Xa Mát',
    vn: 'tay-ninh',
    khName: 'ត្រពាំងផ្លុង',
    khNameLatin: 'Trapeang Phlong',
    kh: 'tbong-khmum',
    level: 'international',
    verified: true,
    note: 'Counterpart was in Kampong Cham before Tbong Khmum was created.',
  },
  {
    slug: 'tan-nam',
    vnName: 'Cửa khẩu quốc tế Tân Nam',
    vn: 'tay-ninh',
    khName: 'មុនជ័យ',
    khNameLatin: 'Meun Chey',
    kh: 'prey-veng',
    level: 'international',
    verified: false,
    note: 'Tân Nam international since Resolution 111/NQ-CP (2019), counterpart Mon Chay (VietnamPlus); the Cambodian province is not confirmed.',
  },
  {
    slug: 'ka-tum',
    vnName: 'Cửa khẩu Kà Tum',
    vn: 'tay-ninh',
    khName: 'ចាន់មូល',
    khNameLatin: 'Chan Moul',
    kh: 'tbong-khmum',
    level: 'main',
    verified: false,
    note: 'Pair and level not confirmed by a source.',
  },
  {
    slug: 'chang-riec',
    vnName: 'Cửa khẩu Chàng Riệc',
    vn: 'tay-ninh',
    khName: 'ដា',
    khNameLatin: 'Da',
    kh: 'tbong-khmum',
    level: 'main',
    verified: false,
    note: 'Pair and level not confirmed by a source.',
  },
  {
    slug: 'hoa-lu',
    vnName: 'Cửa khẩu quốc tế Hoa Lư',
    vn: 'dong-nai',
    vnBefore: 'binh-phuoc',
    khName: 'ត្រពាំងស្រែ',
    khNameLatin: 'Trapeang Sre',
    kh: 'kratie',
    level: 'international',
    verified: true,
  },
  {
    slug: 'hoang-dieu',
    vnName: 'Cửa khẩu Hoàng Diệu',
    vn: 'dong-nai',
    vnBefore: 'binh-phuoc',
    khName: 'ឡាប៉ាខេ',
    khNameLatin: 'Lapakhe',
    kh: 'mondulkiri',
    level: 'main',
    verified: false,
    note: 'Pair and level not confirmed by a source.',
  },
  {
    slug: 'bu-prang',
    vnName: 'Cửa khẩu Bu Prăng',
    vn: 'lam-dong',
    vnBefore: 'dak-nong',
    khName: 'អូររាំង',
    khNameLatin: 'O Raing',
    kh: 'mondulkiri',
    level: 'main',
    verified: false,
    note: 'Pair confirmed (road-transport gates, VNS 2011); whether the Vietnamese gate is international or main is not.',
  },
  {
    slug: 'dak-peur',
    vnName: 'Cửa khẩu Đắk Peur',
    vn: 'lam-dong',
    vnBefore: 'dak-nong',
    khName: 'ណាំលៀ',
    khNameLatin: 'Nam Lear',
    kh: 'mondulkiri',
    level: 'main',
    verified: false,
    note: 'Pair and level not confirmed by a source.',
  },
  {
    slug: 'dak-rue',
    vnName: 'Cửa khẩu Đắk Ruê',
    vn: 'dak-lak',
    khName: 'ជីមៀត',
    khNameLatin: 'Chi Miet',
    kh: 'mondulkiri',
    level: 'main',
    verified: false,
    note: 'Pair and level not confirmed by a source.',
  },
  {
    slug: 'le-thanh',
    vnName: 'Cửa khẩu quốc tế Lệ Thanh',
    vn: 'gia-lai',
    khName: 'អូរយ៉ាដាវ',
    khNameLatin: 'O Yadav',
    kh: 'ratanakiri',
    level: 'international',
    verified: true,
    note: 'Also spelled Oyadav.',
  },
];

export const BORDER_GATES: readonly BorderGateSeed[] = GATES.map((g) => ({
  code: `gate-${g.slug}`,
  vnName: g.vnName,
  vnProvinceCode: vnProvinceFrom2025(g.vn),
  vnProvinceCodeBefore2025: vnProvinceBefore2025(g.vnBefore ?? g.vn),
  khName: g.khName,
  khNameLatin: g.khNameLatin,
  khProvinceCode: khProvince(g.kh),
  khProvince: KH_PROVINCE_NAMES[g.kh],
  level: g.level,
  verified: g.verified,
  khNameNeedsReview: true,
  ...(g.note === undefined ? {} : { note: g.note }),
}));

const LEVEL_EN: Readonly<Record<GateLevel, string>> = { international: 'International Border Gate', main: 'National Border Gate', secondary: 'Secondary Border Gate' };

/**
 * The gate pair in English, as English-language correspondence writes it: the Vietnamese place without diacritics
 * ("Cửa khẩu quốc tế Hà Tiên" → "Ha Tien International Border Gate"), then the Cambodian counterpart in Latin script.
 */
export function gateNameEn(gate: Pick<BorderGateSeed, 'vnName' | 'khNameLatin' | 'level'>): string {
  const place = gate.vnName
    .replace(/^Cửa khẩu (quốc tế |quốc gia |phụ )?/u, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  return `${place} ${LEVEL_EN[gate.level]} – ${gate.khNameLatin}`;
}

/** The Vietnamese province holding a gate on a given date (before 1 Jul 2025, the old province). */
export function gateProvinceCodeAt(gate: BorderGateSeed, isoDate: IsoDate): string {
  return compareDates(parseIsoDate(isoDate), parseIsoDate(REFORM_DAY)) < 0 ? gate.vnProvinceCodeBefore2025 : gate.vnProvinceCode;
}
