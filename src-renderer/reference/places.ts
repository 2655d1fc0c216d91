/**
 * Provinces on the Cambodian border (from 1 Jul 2025) and the border gates, as codes the engine's reference
 * tables use (`vn-<slug>-2025`, `gate-<slug>`). A copy for the setup wizard, which runs before the vault (and
 * its reference tables) exists; the engine has no reference channel yet.
 */
export const BORDER_PROVINCES: readonly { code: string; vi: string; en: string }[] = [
  { code: 'vn-an-giang-2025', vi: 'Tỉnh An Giang', en: 'An Giang Province' },
  { code: 'vn-dong-thap-2025', vi: 'Tỉnh Đồng Tháp', en: 'Dong Thap Province' },
  { code: 'vn-tay-ninh-2025', vi: 'Tỉnh Tây Ninh', en: 'Tay Ninh Province' },
  { code: 'vn-dong-nai-2025', vi: 'Tỉnh Đồng Nai', en: 'Dong Nai Province' },
  { code: 'vn-lam-dong-2025', vi: 'Tỉnh Lâm Đồng', en: 'Lam Dong Province' },
  { code: 'vn-dak-lak-2025', vi: 'Tỉnh Đắk Lắk', en: 'Dak Lak Province' },
  { code: 'vn-gia-lai-2025', vi: 'Tỉnh Gia Lai', en: 'Gia Lai Province' },
  { code: 'vn-quang-ngai-2025', vi: 'Tỉnh Quảng Ngãi', en: 'Quang Ngai Province' },
];

/** Vietnamese gate – Cambodian counterpart, with the province code; `verified: false` pairs are marked in the list. */
export const BORDER_GATES: readonly { code: string; vn: string; kh: string; province: string; verified: boolean }[] = [
  { code: 'gate-ha-tien', vn: 'Hà Tiên', kh: 'Prek Chak', province: 'vn-an-giang-2025', verified: true },
  { code: 'gate-giang-thanh', vn: 'Giang Thành', kh: 'Ton Hon', province: 'vn-an-giang-2025', verified: false },
  { code: 'gate-tinh-bien', vn: 'Tịnh Biên', kh: 'Phnom Den', province: 'vn-an-giang-2025', verified: true },
  { code: 'gate-khanh-binh', vn: 'Khánh Bình', kh: 'Chrey Thom', province: 'vn-an-giang-2025', verified: false },
  { code: 'gate-vinh-xuong', vn: 'Vĩnh Xương', kh: 'Kaam Samnor', province: 'vn-an-giang-2025', verified: true },
  { code: 'gate-thuong-phuoc', vn: 'Thường Phước', kh: 'Koh Roka', province: 'vn-dong-thap-2025', verified: true },
  { code: 'gate-dinh-ba', vn: 'Dinh Bà', kh: 'Bontia Chakrey', province: 'vn-dong-thap-2025', verified: true },
  { code: 'gate-binh-hiep', vn: 'Bình Hiệp', kh: 'Prey Vor', province: 'vn-tay-ninh-2025', verified: false },
  { code: 'gate-my-quy-tay', vn: 'Mỹ Quý Tây', kh: 'Samrong', province: 'vn-tay-ninh-2025', verified: false },
  { code: 'gate-moc-bai', vn: 'Mộc Bài', kh: 'Bavet', province: 'vn-tay-ninh-2025', verified: true },
  { code: 'gate-phuoc-tan', vn: 'Phước Tân', kh: 'Bosmon', province: 'vn-tay-ninh-2025', verified: false },
  { code: 'gate-xa-mat', vn: 'Xa Mát', kh: 'Trapeang Phlong', province: 'vn-tay-ninh-2025', verified: true },
  { code: 'gate-tan-nam', vn: 'Tân Nam', kh: 'Meun Chey', province: 'vn-tay-ninh-2025', verified: false },
  { code: 'gate-ka-tum', vn: 'Kà Tum', kh: 'Chan Moul', province: 'vn-tay-ninh-2025', verified: false },
  { code: 'gate-chang-riec', vn: 'Chàng Riệc', kh: 'Da', province: 'vn-tay-ninh-2025', verified: false },
  { code: 'gate-hoa-lu', vn: 'Hoa Lư', kh: 'Trapeang Sre', province: 'vn-dong-nai-2025', verified: true },
  { code: 'gate-hoang-dieu', vn: 'Hoàng Diệu', kh: 'Lapakhe', province: 'vn-dong-nai-2025', verified: false },
  { code: 'gate-bu-prang', vn: 'Bu Prăng', kh: 'O Raing', province: 'vn-lam-dong-2025', verified: false },
  { code: 'gate-dak-peur', vn: 'Đắk Peur', kh: 'Nam Lear', province: 'vn-lam-dong-2025', verified: false },
  { code: 'gate-dak-rue', vn: 'Đắk Ruê', kh: 'Chi Miet', province: 'vn-dak-lak-2025', verified: false },
  { code: 'gate-le-thanh', vn: 'Lệ Thanh', kh: 'O Yadav', province: 'vn-gia-lai-2025', verified: true },
];
