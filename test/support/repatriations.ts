import type { CaseFields, CaseMemberInput, PersonInput } from '../../src-shared/contract/index.js';

export const BASE_FIELDS: CaseFields = {
  direction: 'receiving_from_kh',
  requestSource: 'kh_side',
  counterpartReference: 'KH-POL-2026/117',
  requestedOn: '2026-03-02',
  summary: 'Nhóm người Việt được giải cứu khỏi cơ sở lừa đảo trực tuyến ở Sihanoukville.',
};

export const person = (fullNameVi: string, birth: PersonInput['birth'], extra: Partial<PersonInput> = {}): CaseMemberInput => ({
  person: {
    fullNameVi,
    sex: 'female',
    nationality: 'VN',
    birth,
    address: { country: 'VN', provinceCode: null, districtCode: null, communeCode: null, line: 'Ấp Ba Hòn, xã Kiên Lương, An Giang' },
    ...extra,
  },
  participation: { role: 'confirmed_victim', exploitationTypes: [], healthStatus: 'good' },
});

export const THREE_PERSONS: CaseMemberInput[] = [
  person('Nguyễn Thị Hương', { exact: '1999-04-12', year: null, estimatedAge: null }, { nameKm: 'ង្វៀន ធី ហឿង' }),
  person('Đặng Văn Toàn', { exact: null, year: 1990, estimatedAge: null }, { sex: 'male' }),
  person('Lê Thị Mai', { exact: '2010-08-30', year: null, estimatedAge: null }),
];

export const HANDOVER_READY: Partial<CaseFields> = {
  agreedDate: '2026-03-20',
  gateCode: 'gate-ha-tien',
  transportMode: 'car',
  handoverAt: '2026-03-20T09:30',
  identityCheckDone: true,
  dossierChecked: true,
  healthSummary: 'Sức khỏe bình thường; một người cần theo dõi.',
  delegations: [
    { side: 'VN', name: 'Trần Văn Quản', rank: 'Thiếu tá', position: 'Trưởng văn phòng', agency: 'VPLL Hà Tiên', isHead: true },
    { side: 'KH', name: 'សុខ សុភា', rank: 'វរសេនីយ៍ទោ', position: 'ប្រធានការិយាល័យ', agency: 'BLO Prek Chak', isHead: true },
    { side: 'KH', name: 'Chan Dara', rank: '', position: 'Phiên dịch', agency: '', isInterpreter: true },
  ],
  items: [{ kind: 'document', description: 'Danh sách nạn nhân có xác nhận của phía Campuchia', quantity: 1 }],
};
