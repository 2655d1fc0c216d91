/**
 * Realistic sample inputs for every template (fictitious people). Used by `npm run doc:sample`, the tests
 * and the benchmark, so everyone looks at and measures the same documents.
 */
import { toKhmerDigits } from '../layout/dates.js';
import type { OfficeProfile } from '../layout/headers.js';
import type { PersonRow } from '../layout/persons-table.js';
import type { Delegations } from '../templates/common.js';
import type { InternalHandoverInput } from '../templates/internal-handover.js';
import type { LiaisonNoticeInput } from '../templates/liaison-notice.js';
import type { MeetingReportInput } from '../templates/meeting-report.js';
import type { MeetingMinutesInput } from '../templates/meeting-minutes.js';
import type { ReturnedCrossersInput } from '../templates/returned-crossers.js';
import type { VictimHandoverInput } from '../templates/victim-handover.js';

export const SAMPLE_OFFICE: OfficeProfile = {
  code: 'VPLL.HT',
  issuingBody: {
    vi: ['Bộ đội Biên phòng tỉnh An Giang', 'Văn phòng liên lạc biên giới Hà Tiên'],
    km: ['ការិយាល័យទំនាក់ទំនងព្រំដែនហាទៀង'],
  },
  place: { vi: 'Hà Tiên', km: 'ហាទៀង' },
};

export const SAMPLE_DELEGATIONS: Delegations = {
  VN: [
    {
      name: 'Nguyễn Văn Thắng',
      nameKm: 'ង្វៀន វ៉ាន់ថាំង',
      rank: 'Thượng tá',
      position: 'Trưởng Văn phòng liên lạc biên giới Hà Tiên',
      positionKm: 'ប្រធានការិយាល័យទំនាក់ទំនងព្រំដែនហាទៀង',
      agency: 'Bộ đội Biên phòng tỉnh An Giang',
      role: 'head',
    },
    { name: 'Trần Thị Thu Hằng', rank: 'Thiếu tá', position: 'Cán bộ', agency: 'Phòng Cảnh sát hình sự, Công an tỉnh An Giang', role: 'member' },
    { name: 'Lê Minh Đức', position: 'Chuyên viên', agency: 'Sở Nội vụ tỉnh An Giang', role: 'member' },
    { name: 'Thạch Sô Phanh', position: 'Phiên dịch viên', agency: 'Đồn Biên phòng cửa khẩu quốc tế Hà Tiên', role: 'interpreter' },
  ],
  KH: [
    {
      name: 'Heng Sophea',
      nameKm: 'ហេង សុភា',
      rank: 'Đại tá',
      position: 'Trưởng Văn phòng liên lạc biên giới Prek Chak',
      positionKm: 'វរសេនីយ៍ឯក ប្រធានការិយាល័យទំនាក់ទំនងព្រំដែនព្រែកចាក',
      agency: 'Công an tỉnh Kampot',
      role: 'head',
    },
    {
      name: 'Chan Thida',
      nameKm: 'ចាន់ ធីតា',
      rank: 'Thiếu tá',
      position: 'Cán bộ',
      positionKm: 'វរសេនីយ៍ត្រី មន្ត្រី',
      agency: 'Cảnh sát xuất nhập cảnh / នគរបាលអន្តោប្រវេសន៍',
      role: 'member',
    },
    { name: 'សុខ ពិសិដ្ឋ (Sok Piseth)', position: 'មន្ត្រី', agency: 'មន្ទីរសង្គមកិច្ច ខេត្តកំពត', role: 'member' },
    { name: 'ឡុង ដារ៉ា (Long Dara)', position: 'អ្នកបកប្រែ', agency: 'ស្នងការដ្ឋាននគរបាលខេត្តកំពត', role: 'interpreter' },
  ],
};

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Hoàng', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Thạch', 'Danh'];
const MIDDLE_F = ['Thị', 'Thị Ngọc', 'Thị Thu', 'Thị Kim', 'Ngọc'];
const MIDDLE_M = ['Văn', 'Minh', 'Hữu', 'Quốc', 'Thanh'];
const GIVEN_F = ['Hương', 'Lan', 'Mai', 'Trang', 'Thảo', 'Yến', 'Nhung', 'Diễm', 'Huyền', 'Ngân', 'Phượng', 'Xuân'];
const GIVEN_M = ['Hùng', 'Dũng', 'Tuấn', 'Phúc', 'Khánh', 'Long', 'Sơn', 'Đạt', 'Tài', 'Lộc', 'Nghĩa', 'Quý'];
const KHMER_NAMES = ['សុខ ស្រីនាង', 'គឹម សុភ័ក្រ', 'ស៊ាង សុវណ្ណារី', 'ពៅ ស្រីពៅ', 'ម៉ៅ ចំរើន', 'នួន សុខឿន', 'ញឹម បូរ៉ា', 'ខៀវ សុផល', 'ឌួង សុវត្ថិ', 'ភួង បញ្ញា'];
const ADDRESSES_VN = [
  'Ấp Rạch Vược, xã Vĩnh Điều, tỉnh An Giang',
  'Khóm 3, phường Đông Hồ, tỉnh An Giang',
  'Ấp Trà Phô, xã Phú Mỹ, tỉnh An Giang',
  'Khu phố 5, phường Tân Châu, tỉnh An Giang',
  'Ấp Phước Lợi, xã Phước Long, tỉnh Tây Ninh',
  'Thôn 2, xã Ea Tóh, tỉnh Đắk Lắk',
];
const ADDRESSES_KH = ['ភូមិព្រែកចាក ឃុំព្រែកក្រែង ស្រុកកំពង់ត្រាច ខេត្តកំពត', 'ភូមិត្រពាំងស្រែ ឃុំកោះខ្យង ក្រុងកែប ខេត្តកែប', 'ភូមិថ្មី ឃុំបាវិត ក្រុងបាវិត ខេត្តស្វាយរៀង', 'ភូមិស្វាយ ឃុំតាអូរ ស្រុកគិរីវង់ ខេត្តតាកែវ'];

/** Deterministic pseudo-random: the same seed gives the same list (stable hashes, stable samples). */
function generator(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state % n;
  };
}

/** Vietnamese victims as listed by the Cambodian side: about one in three a child. */
export function samplePersons(count: number, seed = 7): PersonRow[] {
  const pick = generator(seed);
  return Array.from({ length: count }, (_, i): PersonRow => {
    const female = pick(10) < 6;
    const name = `${FAMILY[pick(FAMILY.length)]} ${female ? MIDDLE_F[pick(MIDDLE_F.length)] : MIDDLE_M[pick(MIDDLE_M.length)]} ${female ? GIVEN_F[pick(GIVEN_F.length)] : GIVEN_M[pick(GIVEN_M.length)]}`;
    const child = pick(3) === 0;
    const year = child ? 2009 + pick(8) : 1975 + pick(30);
    const birth =
      i % 7 === 3
        ? { estimatedAge: child ? 15 : 24 }
        : i % 5 === 1
          ? { year }
          : { date: `${year}-${String(1 + pick(12)).padStart(2, '0')}-${String(1 + pick(28)).padStart(2, '0')}` };
    return {
      fullName: name,
      otherName: i % 6 === 0 ? `${female ? 'Bé' : 'Út'} ${female ? GIVEN_F[pick(GIVEN_F.length)] : GIVEN_M[pick(GIVEN_M.length)]}` : undefined,
      sex: female ? 'female' : 'male',
      birth,
      nationality: { vi: 'Việt Nam', km: 'វៀតណាម' },
      homeAddress: ADDRESSES_VN[pick(ADDRESSES_VN.length)],
      identityDocument: i % 3 === 0 ? `CCCD ${String(89_000_000_000 + pick(999_999_999)).padStart(12, '0')}` : undefined,
      remarks: i % 9 === 4 ? 'Giải cứu khỏi cơ sở lừa đảo trực tuyến' : undefined,
    };
  });
}

export function sampleCambodianPersons(count: number, seed = 11): PersonRow[] {
  const pick = generator(seed);
  return Array.from({ length: count }, (_, i): PersonRow => {
    const nameKhmer = KHMER_NAMES[pick(KHMER_NAMES.length)];
    const child = pick(3) === 0;
    return {
      fullName: ['Sok Sreyneang', 'Kim Sopheak', 'Seang Sovannary', 'Pov Sreypov', 'Mao Chamroeun', 'Nuon Sokhoeun', 'Nhim Bora', 'Khiev Sophal', 'Duong Sovath', 'Phoung Panha'][
        KHMER_NAMES.indexOf(nameKhmer)
      ],
      nameKhmer,
      sex: pick(2) === 0 ? 'female' : 'male',
      birth: child ? { year: 2010 + pick(6) } : { date: `${1985 + pick(20)}-0${1 + pick(9)}-1${pick(9)}` },
      nationality: { vi: 'Campuchia', km: 'កម្ពុជា' },
      homeAddress: ADDRESSES_KH[pick(ADDRESSES_KH.length)],
      identityDocument: i % 2 === 0 ? `${100_000_000 + pick(899_999_999)}` : undefined,
      remarks: child ? 'Đi cùng mẹ' : undefined,
    };
  });
}

export function sampleVictimHandover(persons = 10): VictimHandoverInput {
  return {
    number: 12,
    date: '2026-03-05',
    direction: 'receive',
    startTime: '09:30',
    endTime: '11:45',
    gate: { vi: 'Quốc tế Hà Tiên – Prek Chak', km: 'អន្តរជាតិព្រែកចាក – ហាទៀង' },
    legalBasis: [{ vi: 'Công hàm số 215/2026 của Đại sứ quán Hoàng gia Campuchia tại Hà Nội;', km: 'លិខិតការទូតលេខ ២១៥/២០២៦ របស់ស្ថានទូតកម្ពុជាប្រចាំនៅហាណូយ;' }],
    delegations: SAMPLE_DELEGATIONS,
    persons: samplePersons(persons),
    documents: [
      { description: { vi: 'Danh sách nạn nhân có xác nhận của phía Campuchia', km: 'បញ្ជីរាយនាមជនរងគ្រោះដែលមានការបញ្ជាក់ពីភាគីកម្ពុជា' }, quantity: { vi: '01 bản', km: '០១ ច្បាប់' } },
      {
        description: { vi: 'Biên bản lấy lời khai ban đầu', km: 'កំណត់ហេតុសាកសួរបឋម' },
        quantity: { vi: `${String(persons).padStart(2, '0')} bản`, km: `${toKhmerDigits(String(persons).padStart(2, '0'))} ច្បាប់` },
      },
      {
        description: { vi: 'Hộ chiếu phổ thông', km: 'លិខិតឆ្លងដែនធម្មតា' },
        quantity: { vi: '03 cuốn', km: '០៣ ក្បាល' },
        owner: { vi: 'Nguyễn Thị Hương và 02 người khác', km: 'Nguyễn Thị Hương និងអ្នកផ្សេងទៀត ០២ នាក់' },
      },
    ],
    belongings: [
      { description: { vi: 'Điện thoại di động', km: 'ទូរសព្ទដៃ' }, quantity: { vi: '07 chiếc', km: '០៧ គ្រឿង' } },
      { description: { vi: 'Tiền mặt 1.250.000 riel', km: 'ប្រាក់សុទ្ធ ១ ២៥០ ០០០ រៀល' }, quantity: { vi: '01 phong bì', km: '០១ ស្រោមសំបុត្រ' }, owner: { vi: 'Trần Văn Hùng' } },
    ],
    healthStatus: {
      vi: 'Tất cả nạn nhân tỉnh táo, đi lại bình thường; 01 người bị sốt nhẹ đã được phía Campuchia cấp thuốc.',
      km: 'ជនរងគ្រោះទាំងអស់មានស្មារតីល្អ ដើរបានធម្មតា; ម្នាក់មានគ្រុនក្តៅស្រាល ហើយភាគីកម្ពុជាបានផ្តល់ថ្នាំរួចហើយ។',
    },
    copies: 2,
  };
}

/** `actions`: how many agreed actions (the sample's three, repeated), to fill the actions table as a long list would. */
export function sampleMeetingMinutes(actions = 3): MeetingMinutesInput {
  const agreed = SAMPLE_ACTIONS;
  return {
    number: 7,
    date: '2026-02-03',
    startTime: '08:30',
    endTime: '11:00',
    type: 'regular',
    level: 'bloBlo',
    counterpart: { vi: 'Văn phòng liên lạc biên giới Prek Chak', km: 'ការិយាល័យទំនាក់ទំនងព្រំដែនព្រែកចាក' },
    place: { vi: 'Văn phòng liên lạc biên giới Prek Chak, tỉnh Kampot', km: 'ការិយាល័យទំនាក់ទំនងព្រំដែនព្រែកចាក ខេត្តកំពត' },
    host: 'KH',
    delegations: MEETING_DELEGATIONS,
    agenda: [
      { vi: 'Thông báo tình hình an ninh trật tự khu vực biên giới tháng 01/2026', km: 'ជូនដំណឹងអំពីស្ថានភាពសន្តិសុខ សណ្តាប់ធ្នាប់ តំបន់ព្រំដែន ខែមករា ឆ្នាំ២០២៦' },
      { vi: 'Phối hợp xác minh, hồi hương nạn nhân bị mua bán từ các cơ sở lừa đảo trực tuyến', km: 'សហការផ្ទៀងផ្ទាត់ និងធ្វើមាតុភូមិនិវត្តន៍ជនរងគ្រោះពីការជួញដូរមនុស្ស' },
    ],
    exchanges: [
      {
        topic: 'trafficking',
        direction: 'received',
        sensitivity: 'normal',
        summary: {
          vi: 'Phía Campuchia thông báo đã giải cứu 37 công dân Việt Nam tại một cơ sở ở thị xã Bokor, dự kiến bàn giao trong tháng 3.',
          km: 'ភាគីកម្ពុជាជូនដំណឹងថា បានជួយសង្គ្រោះពលរដ្ឋវៀតណាមចំនួន ៣៧ នាក់ នៅទីតាំងមួយក្នុងក្រុងបូកគោ ហើយគ្រោងប្រគល់ក្នុងខែមីនា។',
        },
      },
      {
        topic: 'illegalCrossing',
        direction: 'given',
        sensitivity: 'normal',
        summary: {
          vi: 'Tháng 01/2026 phía Việt Nam phát hiện 14 lượt người xuất cảnh trái phép qua khu vực mốc 313, đã bàn giao cho phía Campuchia 9 người.',
          km: 'ក្នុងខែមករា ឆ្នាំ២០២៦ ភាគីវៀតណាមបានរកឃើញជនឆ្លងដែនខុសច្បាប់ ១៤ លើក នៅតំបន់បង្គោលលេខ ៣១៣ ហើយបានប្រគល់ជូនភាគីកម្ពុជា ៩ នាក់។',
        },
      },
      { topic: 'wantedPersons', direction: 'given', sensitivity: 'confidential', summary: { vi: SAMPLE_CONFIDENTIAL, km: 'ព័ត៌មានសម្ងាត់' } },
      {
        topic: 'drugs',
        direction: 'given',
        sensitivity: 'normal',
        summary: { vi: 'Đề nghị phía bạn tăng cường kiểm soát đường sông Giang Thành.', km: 'ស្នើភាគីកម្ពុជាពង្រឹងការត្រួតពិនិត្យផ្លូវទឹកយ៉ាងថាញ់។' },
      },
    ],
    actions: Array.from({ length: actions }, (_, i) => agreed[i % agreed.length]),
    copies: 2,
  };
}

/** A confidential information item of the sample meeting: never printed in the bilingual minutes. */
export const SAMPLE_CONFIDENTIAL = 'Đối tượng Nguyễn Văn X. đang lẩn trốn tại khu vực chợ Prek Chak (tin mật, không đưa vào biên bản).';

/** The meeting's delegations: the Vietnamese side brings a note-taker. */
const MEETING_DELEGATIONS: Delegations = {
  VN: [
    ...SAMPLE_DELEGATIONS.VN,
    { name: 'Danh Thị Sa Ly', nameKm: 'ដាញ់ ធី សាលី', rank: 'Đại úy', position: 'Trợ lý', agency: 'Văn phòng liên lạc biên giới Hà Tiên', role: 'noteTaker' },
  ],
  KH: SAMPLE_DELEGATIONS.KH,
};

const SAMPLE_ACTIONS: MeetingMinutesInput['actions'] = [
  {
    text: { vi: 'Trao đổi danh sách 37 nạn nhân để xác minh nhân thân', km: 'ផ្លាស់ប្តូរបញ្ជីរាយនាមជនរងគ្រោះ ៣៧ នាក់ ដើម្បីផ្ទៀងផ្ទាត់អត្តសញ្ញាណ' },
    ownerSide: 'KH',
    owner: { vi: 'Heng Sophea', km: 'ហេង សុភា' },
    due: '2026-02-10',
  },
  {
    text: { vi: 'Xác minh nhân thân và thông báo kết quả cho phía Campuchia', km: 'ផ្ទៀងផ្ទាត់អត្តសញ្ញាណ និងជូនដំណឹងលទ្ធផលដល់ភាគីកម្ពុជា' },
    ownerSide: 'VN',
    owner: { vi: 'Trần Thị Thu Hằng' },
    due: '2026-02-28',
  },
  {
    text: { vi: 'Tuần tra song phương khu vực mốc 313–315', km: 'ល្បាតរួមគ្នាតំបន់បង្គោលលេខ ៣១៣–៣១៥' },
    ownerSide: 'both',
    owner: { vi: 'Hai Văn phòng liên lạc', km: 'ការិយាល័យទំនាក់ទំនងទាំងពីរ' },
    due: '2026-03-15',
  },
];

export function sampleReturnedCrossers(persons = 9): ReturnedCrossersInput {
  return {
    number: 3,
    date: '2026-01-21',
    handover: 'toKH',
    startTime: '14:00',
    endTime: '15:10',
    gate: { vi: 'Quốc tế Hà Tiên – Prek Chak', km: 'អន្តរជាតិព្រែកចាក – ហាទៀង' },
    delegations: SAMPLE_DELEGATIONS,
    interception: {
      unit: { vi: 'Đồn Biên phòng Phú Mỹ', km: 'ប៉ុស្តិ៍ការពារព្រំដែនភូមី' },
      date: '2026-01-20',
      time: '22:40',
      direction: 'enteringVN',
      method: 'onFoot',
      coordinates: { lat: 10.4512, lon: 104.5123 },
      place: { vi: 'Ấp Trà Phô, xã Phú Mỹ, tỉnh An Giang', km: 'ភូមិត្រាផូ ឃុំភូមី ខេត្តអានយ៉ាង' },
      borderMarker: '313',
      description: { vi: 'Nhóm người đi bộ theo đường mòn qua biên giới, không có giấy tờ xuất nhập cảnh.', km: 'ក្រុមមនុស្សដើរតាមផ្លូវលំឆ្លងព្រំដែន ដោយគ្មានលិខិតឆ្លងដែន។' },
    },
    persons: sampleCambodianPersons(persons).map(({ identityDocument, ...person }) => ({
      ...person,
      identityDocuments: identityDocument ? [{ type: 'CMND Campuchia', number: identityDocument }] : [],
    })),
    documents: [
      {
        description: { vi: 'Biên bản vi phạm hành chính', km: 'កំណត់ហេតុល្មើសរដ្ឋបាល' },
        quantity: { vi: `${String(persons).padStart(2, '0')} bản`, km: `${toKhmerDigits(String(persons).padStart(2, '0'))} ច្បាប់` },
      },
    ],
    belongings: [{ description: { vi: 'Ba lô, quần áo cá nhân', km: 'កាបូបស្ពាយ និងសម្លៀកបំពាក់ផ្ទាល់ខ្លួន' }, quantity: { vi: '09 bộ', km: '០៩ កញ្ចប់' } }],
    copies: 2,
  };
}

export function sampleInternalHandover(persons = 10): InternalHandoverInput {
  return {
    number: 13,
    date: '2026-03-05',
    startTime: '14:00',
    endTime: '15:30',
    place: 'Đồn Biên phòng cửa khẩu quốc tế Hà Tiên',
    reference: '12/BB-VPLL.HT',
    giver: {
      unit: 'Đồn Biên phòng cửa khẩu quốc tế Hà Tiên',
      members: [
        { name: 'Phạm Quốc Bảo', rank: 'Trung tá', position: 'Đồn trưởng', role: 'head' },
        { name: 'Huỳnh Thanh Tâm', rank: 'Đại úy', position: 'Đội trưởng Đội vũ trang', role: 'member' },
      ],
    },
    receiver: {
      unit: 'Công an tỉnh An Giang',
      members: [
        { name: 'Võ Minh Triết', rank: 'Trung tá', position: 'Phó Trưởng phòng Cảnh sát hình sự', role: 'head' },
        { name: 'Trần Thị Thu Hằng', rank: 'Thiếu tá', position: 'Cán bộ', role: 'member' },
      ],
    },
    persons: samplePersons(persons),
    documents: [{ description: { vi: 'Biên bản giao, nhận nạn nhân số 12/BB-VPLL.HT (bản chính)' }, quantity: { vi: '01 bản', km: '០១ ច្បាប់' } }],
    belongings: [{ description: { vi: 'Điện thoại di động' }, quantity: { vi: '07 chiếc', km: '០៧ គ្រឿង' } }],
    healthStatus: 'Tất cả nạn nhân tỉnh táo, sức khỏe bình thường.',
    copies: 2,
  };
}

const REPORT_STATUSES = ['done', 'inProgress', 'open'] as const;

/**
 * The internal report of the sample meeting (Vietnamese only), with the confidential item included: `actions` as
 * in sampleMeetingMinutes. The caller leaves confidential items out for an officer who may not read them.
 */
export function sampleMeetingReport(actions = 3): MeetingReportInput {
  const { number: _minutes, copies: _copies, ...meeting } = sampleMeetingMinutes(actions);
  return {
    ...meeting,
    number: 5,
    reportDate: '2026-02-05',
    minutesNumber: '07/BB-VPLL.HT',
    actions: meeting.actions.map((action, i) => ({ ...action, status: REPORT_STATUSES[i % REPORT_STATUSES.length] })),
    proposals: [
      'Đề nghị Bộ Chỉ huy Bộ đội Biên phòng tỉnh chỉ đạo Đồn Biên phòng cửa khẩu quốc tế Hà Tiên chuẩn bị lực lượng, phương tiện tiếp nhận 37 công dân dự kiến trong tháng 3/2026.',
      'Đề nghị Công an tỉnh An Giang cử cán bộ tham gia xác minh nhân thân theo danh sách do phía Campuchia cung cấp.',
    ].join('\n'),
    recipients: ['Bộ Chỉ huy BĐBP tỉnh An Giang (để báo cáo)', 'Phòng Trinh sát BĐBP tỉnh', 'Công an tỉnh An Giang (để phối hợp)', 'Lưu: VT, VPLL'],
    signatory: { position: 'Trưởng Văn phòng', rank: 'Thượng tá', name: 'Nguyễn Văn Thắng' },
  };
}

/** A notice agreeing a handover date, gate and transport with the Cambodian liaison office (the other purposes: change `purpose`). */
export function sampleLiaisonNotice(purpose: LiaisonNoticeInput['purpose'] = 'handoverArrangement'): LiaisonNoticeInput {
  return {
    number: 3,
    purpose,
    date: '2026-03-02',
    counterpart: { vi: 'Văn phòng liên lạc biên giới Prek Chak, tỉnh Kampot', km: 'ការិយាល័យទំនាក់ទំនងព្រំដែនព្រែកចាក ខេត្តកំពត' },
    reference: '125/KPT-BLO',
    facts: {
      handoverDate: '2026-03-12',
      handoverTime: '09:00',
      gate: { vi: 'Quốc tế Hà Tiên – Prek Chak', km: 'អន្តរជាតិព្រែកចាក – ហាទៀង' },
      transport: { vi: 'Xe ô tô khách 29 chỗ của phía Campuchia', km: 'រថយន្តដឹកអ្នកដំណើរ ២៩ កៅអី របស់ភាគីកម្ពុជា' },
      persons: { total: 37, children: 4 },
      ...(purpose === 'verificationResult'
        ? {
            verification: {
              vi: 'Đã xác minh 35/37 người là công dân Việt Nam; 02 người chưa xác định được nơi thường trú, đề nghị phía bạn cung cấp thêm thông tin.',
              km: 'បានផ្ទៀងផ្ទាត់ ៣៥/៣៧ នាក់ ថាជាពលរដ្ឋវៀតណាម; ២ នាក់ មិនទាន់កំណត់ទីលំនៅអចិន្ត្រៃយ៍បាន សូមភាគីកម្ពុជាផ្តល់ព័ត៌មានបន្ថែម។',
            },
          }
        : {}),
      ...(purpose === 'actionConfirmation'
        ? {
            action: { vi: 'Tuần tra song phương khu vực mốc 313–315', km: 'ល្បាតរួមគ្នាតំបន់បង្គោលលេខ ៣១៣–៣១៥' },
            actionDue: '2026-03-15',
            agreedIn: 'Biên bản hội đàm số 07/BB-VPLL.HT ngày 03/02/2026',
          }
        : {}),
    },
    body: {
      vi: 'Đề nghị phía bạn gửi trước danh sách, ảnh và bản sao giấy tờ của từng người ít nhất 03 ngày trước ngày bàn giao để phía Việt Nam chuẩn bị tiếp nhận.\nMọi thay đổi xin liên hệ qua đường dây nóng của Văn phòng liên lạc biên giới Hà Tiên.',
      km: 'សូមភាគីកម្ពុជាផ្ញើបញ្ជីរាយនាម រូបថត និងច្បាប់ចម្លងឯកសាររបស់មនុស្សម្នាក់ៗ យ៉ាងហោចណាស់ ៣ ថ្ងៃមុនថ្ងៃប្រគល់ ដើម្បីឱ្យភាគីវៀតណាមរៀបចំទទួល។\nរាល់ការផ្លាស់ប្តូរ សូមទាក់ទងតាមទូរស័ព្ទបន្ទាន់របស់ការិយាល័យទំនាក់ទំនងព្រំដែនហាទៀង។',
    },
    signatory: { position: 'Trưởng Văn phòng', positionKm: 'ប្រធានការិយាល័យ', rank: 'Thượng tá', name: 'Nguyễn Văn Thắng', nameKm: 'ង្វៀន វ៉ាន់ថាំង' },
  };
}
