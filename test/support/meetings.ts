import type { MeetingFields } from '../../src-shared/contract/index.js';

/** A BLO–BLO meeting hosted by the Cambodian side: 2 + 2 delegates and an interpreter, one confidential item. */
export const MEETING: MeetingFields = {
  type: 'regular',
  level: 'bloBlo',
  counterpartCode: 'kh-kampot-blo',
  startAt: '2026-11-05T08:30',
  endAt: '2026-11-05T11:00',
  host: 'KH',
  place: 'Văn phòng liên lạc biên giới Prek Chak',
  placeKm: 'ការិយាល័យទំនាក់ទំនងព្រំដែនព្រែកចាក',
  delegates: [
    { side: 'VN', name: 'Trần Văn Quản', nameKm: 'ត្រឹន វ៉ាន់ ក្វាន', rank: 'Thiếu tá', position: 'Trưởng văn phòng', role: 'head' },
    { side: 'VN', name: 'Lê Minh Tâm', nameKm: 'លេ មិញ តឹម', rank: 'Đại úy', position: 'Cán bộ', role: 'member' },
    { side: 'KH', name: 'Sok Sophea', nameKm: 'សុខ សុភា', rank: 'វរសេនីយ៍ទោ', position: 'Trưởng văn phòng', positionKm: 'ប្រធានការិយាល័យ', role: 'head' },
    { side: 'KH', name: 'Chan Dara', nameKm: 'ចាន់ ដារ៉ា', position: 'Cán bộ', role: 'member' },
    { side: 'KH', name: 'Keo Vanna', nameKm: 'កែវ វណ្ណា', role: 'interpreter' },
  ],
  agenda: [{ text: 'Trao đổi tình hình xuất nhập cảnh trái phép tháng 10', textKm: 'ការផ្លាស់ប្តូរព័ត៌មានអំពីការឆ្លងដែនខុសច្បាប់' }],
  exchanges: [
    { topic: 'illegalCrossing', direction: 'given', summary: 'Phát hiện 14 lượt xuất cảnh trái phép qua khu vực mốc 313.' },
    { topic: 'trafficking', direction: 'received', summary: 'Phía bạn giải cứu 6 phụ nữ Việt Nam tại Sihanoukville.' },
    { topic: 'wantedPersons', direction: 'received', summary: 'Đối tượng Nguyễn Văn Bí mật đang lẩn trốn tại Kampot.', sensitivity: 'confidential' },
  ],
  actions: [
    { text: 'Xác minh nhân thân 6 phụ nữ', ownerSide: 'VN', owner: 'Công an tỉnh An Giang', due: '2026-11-20' },
    { text: 'Tuần tra song phương khu vực mốc 313', ownerSide: 'both', owner: 'Hai văn phòng', due: '2026-12-31' },
  ],
};
