import type { InterceptedPersonInput, InterceptionFields } from '../../src-shared/contract/index.js';

const person = (fullNameVi: string, extra: Partial<NonNullable<InterceptedPersonInput['person']>> = {}) => ({
  fullNameVi,
  sex: 'female',
  nationality: 'VN',
  birth: { exact: '1998-04-12', year: null, estimatedAge: null },
  address: { country: 'VN', provinceCode: null, districtCode: null, communeCode: null, villageCode: null, line: 'Kiên Lương, An Giang' },
  ...extra,
});

/**
 * Six people leaving Viet Nam at marker 314 near Hà Tiên one night: a 16-year-old without a guardian, two recruited
 * by an online job offer, a driver and his car; three returned across the line, two possible victims.
 */
export const GROUP: InterceptionFields = {
  at: '2026-11-20T23:40',
  marker: '314',
  coordinates: { lat: 10.43, lon: 104.47 },
  placeDescription: 'Đường mòn cách mốc 314 khoảng 200 m về phía Việt Nam',
  unit: 'Đồn Biên phòng Giang Thành',
  direction: 'leaving_vn',
  crossingMethod: 'on_foot',
  persons: [
    {
      person: person('Lê Thị Mai', { birth: { exact: '2010-05-02', year: null, estimatedAge: null } }),
      guardianPresent: false,
      purpose: 'job_offer',
      destination: 'Phnom Penh',
      destinationCountry: 'KH',
      screening: [{ indicator: 'recruited_online', answer: 'yes', note: 'Quen qua Facebook' }],
      outcomes: ['possible_victim'],
    },
    {
      person: person('Nguyễn Thị Hương'),
      purpose: 'job_offer',
      screening: [
        { indicator: 'deceptive_job_offer', answer: 'yes' },
        { indicator: 'debt', answer: 'yes' },
        { indicator: 'recruited_online', answer: 'yes' },
      ],
      outcomes: ['possible_victim'],
    },
    { person: person('Trần Văn Phúc', { sex: 'male' }), documentsCarried: [{ type: 'vn_citizen_id', number: '091098001234' }], outcomes: ['returned_across_line'] },
    { person: person('Sok Dara', { sex: 'male', nationality: 'KH', nameKm: 'សុខ ដារ៉ា' }), outcomes: ['returned_across_line'] },
    { person: person('Chan Sreymom', { nationality: 'KH', nameKm: 'ចាន់ ស្រីមុំ' }), outcomes: ['returned_across_line', 'administrative_sanction'], sanctionDecision: '15/QĐ-XPHC' },
    { person: person('Phạm Văn Tài', { sex: 'male' }), outcomes: ['referred_for_investigation'], investigationUnit: 'Công an tỉnh An Giang' },
  ],
  facilitators: [{ person: person('Võ Văn Lái', { sex: 'male' }), role: 'transporter', note: 'Lái xe đưa nhóm đến gần mốc' }],
  vehicles: [{ type: 'car', plate: '68A-123.45', owner: 'Võ Văn Lái' }],
  items: [{ description: 'Điện thoại di động', quantity: 2 }],
};
