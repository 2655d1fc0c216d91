import { ADMIN_UNITS, LAST_DAY_BEFORE_REFORM, REFORM_DAY, khProvince, vnProvinceBefore2025, vnProvinceFrom2025 } from './admin-units.js';
import type { AgencyKind, AgencySeed } from './types.js';

/**
 * Agencies of both sides that BLO records name (delegations, referrals, notifications), with validity.
 *
 * Two Vietnamese changes in 2025 are modelled:
 * - 1 Mar 2025: the Ministry and the provincial Departments of Labour, Invalids and Social Affairs ended.
 *   Labour went to Home Affairs; social protection, child protection and social-evils prevention (the victim
 *   support BLOs refer to) went to Health — confirmed for Ho Chi Minh City's department (Tuổi Trẻ, 3 Mar 2025),
 *   assumed for the border provinces (`verified: false`). The successor chain follows the victim-support role.
 * - 1 Jul 2025: provincial agencies follow their provinces into the merged ones (assumed, `verified: false`).
 * Only the consulates were confirmed by a source read for this (VietnamPlus 2021/2022, VOV 2024, SGGP 2023).
 * Border Guard stations at the gates are left for the administrator to add with the office's own names.
 */

const MOLISA_LAST_DAY = '2025-02-28';

/** Vietnamese border provinces before the reform, and the 8 after it. */
const VN_OLD_BORDER = ['kien-giang', 'an-giang', 'dong-thap', 'long-an', 'tay-ninh', 'binh-phuoc', 'dak-nong', 'dak-lak', 'gia-lai', 'kon-tum'];
const VN_NEW_BORDER = ['an-giang', 'dong-thap', 'tay-ninh', 'dong-nai', 'lam-dong', 'dak-lak', 'gia-lai', 'quang-ngai'];
const KH_BORDER = ['kampot', 'kep', 'takeo', 'kandal', 'prey-veng', 'svay-rieng', 'tbong-khmum', 'kratie', 'mondulkiri', 'ratanakiri'];

function unit(code: string) {
  const found = ADMIN_UNITS.find((u) => u.code === code);
  if (found === undefined || found.km === undefined || found.en === undefined) throw new Error(`Admin unit ${code} lacks names`);
  return { vi: found.vi.replace(/^Tỉnh /, ''), km: found.km, en: found.en.replace(/ Province$/, ''), successorCode: found.successorCode };
}

interface ProvincialTemplate {
  key: string;
  kind: AgencyKind;
  vi: (province: string) => string;
  /** Khmer name; `provinceKm` already carries ខេត្ត. */
  km: (provinceKm: string) => string;
  en: (province: string) => string;
}

const VN_PROVINCIAL: readonly ProvincialTemplate[] = [
  {
    key: 'border-guard',
    kind: 'border_guard',
    vi: (p) => `Bộ Chỉ huy Bộ đội Biên phòng tỉnh ${p}`,
    km: (p) => `បញ្ជាការដ្ឋានកងការពារព្រំដែន${p}`,
    en: (p) => `${p} Provincial Border Guard Command`,
  },
  { key: 'police', kind: 'police', vi: (p) => `Công an tỉnh ${p}`, km: (p) => `នគរបាល${p}`, en: (p) => `${p} Provincial Police` },
  {
    key: 'immigration',
    kind: 'immigration',
    vi: (p) => `Phòng Quản lý xuất nhập cảnh, Công an tỉnh ${p}`,
    km: (p) => `នគរបាលអន្តោប្រវេសន៍ ${p}`,
    en: (p) => `Immigration Division, ${p} Provincial Police`,
  },
  { key: 'health', kind: 'health', vi: (p) => `Sở Y tế tỉnh ${p}`, km: (p) => `មន្ទីរសុខាភិបាល${p}`, en: (p) => `${p} Department of Health` },
];

const vnProvincial: AgencySeed[] = [
  ...VN_OLD_BORDER.flatMap((slug) => {
    const p = unit(vnProvinceBefore2025(slug));
    const rows: AgencySeed[] = VN_PROVINCIAL.map((t) => ({
      code: `vn-${slug}-${t.key}`,
      side: 'VN',
      kind: t.kind,
      vi: t.vi(p.vi),
      km: t.km(p.km),
      en: t.en(p.en),
      kmNeedsReview: true,
      validTo: LAST_DAY_BEFORE_REFORM,
      successorCode: `${p.successorCode}-${t.key}`,
      provinceCode: vnProvinceBefore2025(slug),
      verified: false,
    }));
    rows.push({
      code: `vn-${slug}-dolisa`,
      side: 'VN',
      kind: 'social_affairs',
      vi: `Sở Lao động – Thương binh và Xã hội tỉnh ${p.vi}`,
      km: `មន្ទីរសង្គមកិច្ច${p.km}`,
      en: `${p.en} Department of Labour, Invalids and Social Affairs`,
      kmNeedsReview: true,
      validTo: MOLISA_LAST_DAY,
      successorCode: `vn-${slug}-health`,
      provinceCode: vnProvinceBefore2025(slug),
      verified: false,
      note: 'From 1 Mar 2025 labour functions went to the Department of Home Affairs and social protection / child protection / victim support to the Department of Health.',
    });
    return rows;
  }),
  ...VN_NEW_BORDER.flatMap((slug) => {
    const p = unit(vnProvinceFrom2025(slug));
    return VN_PROVINCIAL.map((t): AgencySeed => ({
      code: `${vnProvinceFrom2025(slug)}-${t.key}`,
      side: 'VN',
      kind: t.kind,
      vi: t.vi(p.vi),
      km: t.km(p.km),
      en: t.en(p.en),
      kmNeedsReview: true,
      validFrom: REFORM_DAY,
      provinceCode: vnProvinceFrom2025(slug),
      verified: false,
    }));
  }),
];

const KH_PROVINCIAL: readonly ProvincialTemplate[] = [
  { key: 'police', kind: 'police', vi: (p) => `Công an tỉnh ${p} (Campuchia)`, km: (p) => `ស្នងការដ្ឋាននគរបាល${p}`, en: (p) => `${p} Provincial Police Commissariat` },
  {
    key: 'immigration',
    kind: 'immigration',
    vi: (p) => `Cảnh sát xuất nhập cảnh tỉnh ${p}`,
    km: (p) => `នគរបាលអន្តោប្រវេសន៍${p}`,
    en: (p) => `${p} Provincial Immigration Police`,
  },
  {
    key: 'dosvy',
    kind: 'social_affairs',
    vi: (p) => `Sở Xã hội, Cựu chiến binh và Phục hồi thanh thiếu niên tỉnh ${p}`,
    km: (p) => `មន្ទីរសង្គមកិច្ច អតីតយុទ្ធជន និងយុវនីតិសម្បទា${p}`,
    en: (p) => `${p} Provincial Department of Social Affairs, Veterans and Youth Rehabilitation`,
  },
];

const khProvincial: AgencySeed[] = KH_BORDER.flatMap((slug) => {
  const p = unit(khProvince(slug));
  return KH_PROVINCIAL.map((t): AgencySeed => ({
    code: `${khProvince(slug)}-${t.key}`,
    side: 'KH',
    kind: t.kind,
    vi: t.vi(p.vi),
    km: t.km(p.km),
    en: t.en(p.en),
    kmNeedsReview: true,
    provinceCode: khProvince(slug),
    verified: false,
  }));
});

const national: AgencySeed[] = [
  {
    code: 'vn-border-guard-command',
    side: 'VN',
    kind: 'border_guard',
    vi: 'Bộ Tư lệnh Bộ đội Biên phòng',
    km: 'បញ្ជាការដ្ឋានកងការពារព្រំដែនវៀតណាម',
    en: 'Viet Nam Border Guard Command',
    kmNeedsReview: true,
    verified: false,
  },
  {
    code: 'vn-immigration-department',
    side: 'VN',
    kind: 'immigration',
    vi: 'Cục Quản lý xuất nhập cảnh, Bộ Công an',
    km: 'នាយកដ្ឋានគ្រប់គ្រងអន្តោប្រវេសន៍ ក្រសួងសន្តិសុខសាធារណៈវៀតណាម',
    en: 'Immigration Department, Ministry of Public Security',
    kmNeedsReview: true,
    verified: false,
  },
  {
    code: 'vn-molisa',
    side: 'VN',
    kind: 'social_affairs',
    vi: 'Bộ Lao động – Thương binh và Xã hội',
    km: 'ក្រសួងការងារ អតីតយុទ្ធជន និងសង្គមកិច្ចវៀតណាម',
    en: 'Ministry of Labour, Invalids and Social Affairs (MOLISA)',
    kmNeedsReview: true,
    validTo: MOLISA_LAST_DAY,
    successorCode: 'vn-moh',
    verified: false,
    note: 'Merged into the Ministry of Home Affairs on 1 Mar 2025; social protection and child protection moved to the Ministry of Health. Check which ministry now leads victim support.',
  },
  { code: 'vn-moh', side: 'VN', kind: 'health', vi: 'Bộ Y tế', km: 'ក្រសួងសុខាភិបាលវៀតណាម', en: 'Ministry of Health', kmNeedsReview: true, verified: false },
  {
    code: 'vn-moha',
    side: 'VN',
    kind: 'home_affairs',
    vi: 'Bộ Nội vụ',
    km: 'ក្រសួងមហាផ្ទៃវៀតណាម',
    en: 'Ministry of Home Affairs',
    kmNeedsReview: true,
    verified: false,
    note: 'Took over labour functions of MOLISA from 1 Mar 2025.',
  },
  {
    code: 'vn-mofa-consular',
    side: 'VN',
    kind: 'foreign_affairs',
    vi: 'Cục Lãnh sự, Bộ Ngoại giao',
    km: 'នាយកដ្ឋានកុងស៊ុល ក្រសួងការបរទេសវៀតណាម',
    en: 'Consular Department, Ministry of Foreign Affairs',
    kmNeedsReview: true,
    verified: true,
  },
  {
    code: 'vn-embassy-phnom-penh',
    side: 'VN',
    kind: 'embassy',
    vi: 'Đại sứ quán Việt Nam tại Campuchia',
    km: 'ស្ថានទូតវៀតណាមប្រចាំកម្ពុជា',
    en: 'Embassy of Viet Nam in Cambodia',
    kmNeedsReview: true,
    verified: true,
  },
  {
    code: 'vn-consulate-battambang',
    side: 'VN',
    kind: 'consulate',
    vi: 'Tổng Lãnh sự quán Việt Nam tại Battambang',
    km: 'អគ្គកុងស៊ុលវៀតណាមប្រចាំខេត្តបាត់ដំបង',
    en: 'Consulate General of Viet Nam in Battambang',
    kmNeedsReview: true,
    verified: true,
  },
  {
    code: 'vn-consulate-sihanoukville',
    side: 'VN',
    kind: 'consulate',
    vi: 'Tổng Lãnh sự quán Việt Nam tại Preah Sihanouk',
    km: 'អគ្គកុងស៊ុលវៀតណាមប្រចាំខេត្តព្រះសីហនុ',
    en: 'Consulate General of Viet Nam in Preah Sihanouk (Sihanoukville)',
    kmNeedsReview: true,
    verified: true,
    note: 'Serves Preah Sihanouk, Kampot, Kep, Koh Kong, Kampong Speu and Takeo (VietnamPlus 2021).',
  },
  {
    code: 'kh-mosvy',
    side: 'KH',
    kind: 'social_affairs',
    vi: 'Bộ Xã hội, Cựu chiến binh và Phục hồi thanh thiếu niên Campuchia',
    km: 'ក្រសួងសង្គមកិច្ច អតីតយុទ្ធជន និងយុវនីតិសម្បទា',
    en: 'Ministry of Social Affairs, Veterans and Youth Rehabilitation (MoSVY)',
    kmNeedsReview: true,
    verified: false,
  },
  {
    code: 'kh-immigration-department',
    side: 'KH',
    kind: 'immigration',
    vi: 'Tổng cục Xuất nhập cảnh Campuchia',
    km: 'អគ្គនាយកដ្ឋានអន្តោប្រវេសន៍',
    en: 'General Department of Immigration',
    kmNeedsReview: true,
    verified: false,
  },
  {
    code: 'kh-anti-trafficking-police',
    side: 'KH',
    kind: 'anti_trafficking',
    vi: 'Cục Phòng chống mua bán người và Bảo vệ người chưa thành niên, Cảnh sát quốc gia Campuchia',
    km: 'នាយកដ្ឋានប្រឆាំងការជួញដូរមនុស្ស និងការពារអនីតិជន',
    en: 'Department of Anti-Human Trafficking and Juvenile Protection, National Police',
    kmNeedsReview: true,
    verified: false,
  },
  {
    code: 'kh-ncct',
    side: 'KH',
    kind: 'anti_trafficking',
    vi: 'Ủy ban quốc gia phòng, chống mua bán người Campuchia',
    km: 'គណៈកម្មាធិការជាតិប្រយុទ្ធប្រឆាំងការជួញដូរមនុស្ស',
    en: 'National Committee for Counter Trafficking (NCCT)',
    kmNeedsReview: true,
    verified: false,
  },
  {
    code: 'kh-embassy-hanoi',
    side: 'KH',
    kind: 'embassy',
    vi: 'Đại sứ quán Campuchia tại Việt Nam',
    km: 'ស្ថានទូតកម្ពុជាប្រចាំវៀតណាម',
    en: 'Royal Embassy of Cambodia in Viet Nam',
    kmNeedsReview: true,
    verified: false,
  },
  {
    code: 'kh-consulate-hcmc',
    side: 'KH',
    kind: 'consulate',
    vi: 'Tổng Lãnh sự quán Campuchia tại Thành phố Hồ Chí Minh',
    km: 'អគ្គកុងស៊ុលកម្ពុជាប្រចាំទីក្រុងហូជីមិញ',
    en: 'Consulate General of Cambodia in Ho Chi Minh City',
    kmNeedsReview: true,
    verified: true,
  },
  {
    code: 'kh-consulate-can-tho',
    side: 'KH',
    kind: 'consulate',
    vi: 'Tổng Lãnh sự quán Campuchia tại Cần Thơ',
    km: 'អគ្គកុងស៊ុលកម្ពុជាប្រចាំទីក្រុងកឺនថើ',
    en: 'Consulate General of Cambodia in Can Tho',
    kmNeedsReview: true,
    verified: false,
    note: 'Existence not confirmed by a source read for this seed.',
  },
];

/**
 * The Cambodian border liaison offices across from ours: the counterparts of most BLO–BLO meetings. Names follow
 * the glossary (ការិយាល័យទំនាក់ទំនងព្រំដែន); one office per border province is assumed, for the administrator to
 * correct with the real offices (`verified: false`). Appended last so that earlier seeds keep their sort order.
 */
const khLiaisonOffices: AgencySeed[] = KH_BORDER.map((slug) => {
  const p = unit(khProvince(slug));
  return {
    code: `${khProvince(slug)}-blo`,
    side: 'KH',
    kind: 'border_liaison',
    vi: `Văn phòng liên lạc biên giới tỉnh ${p.vi} (Campuchia)`,
    km: `ការិយាល័យទំនាក់ទំនងព្រំដែន${p.km}`,
    en: `${p.en} Border Liaison Office`,
    kmNeedsReview: true,
    provinceCode: khProvince(slug),
    verified: false,
  };
});

export const AGENCIES: readonly AgencySeed[] = [...national, ...vnProvincial, ...khProvincial, ...khLiaisonOffices];
