/** Vietnamese UI catalogue (the default). Keys are grouped by screen; `en.ts` mirrors this shape. */
export const vi = {
  app: {
    name: 'BLO Desk',
    subtitle: 'Văn phòng liên lạc biên giới',
    language: 'Ngôn ngữ',
  },
  nav: {
    meetings: 'Hội đàm',
    repatriations: 'Hồi hương nạn nhân',
    interceptions: 'Ngăn chặn vượt biên',
    reports: 'Báo cáo',
    administration: 'Quản trị',
    system: 'Hệ thống',
  },
  pages: {
    meetings: { title: 'Hội đàm với phía Campuchia', empty: 'Chức năng ghi nhận hội đàm sẽ có trong phiên bản sau.' },
    repatriations: { title: 'Hồi hương nạn nhân bị mua bán', empty: 'Chức năng hồi hương sẽ có trong phiên bản sau.' },
    interceptions: { title: 'Ngăn chặn xuất nhập cảnh trái phép', empty: 'Chức năng ngăn chặn sẽ có trong phiên bản sau.' },
    reports: { title: 'Báo cáo định kỳ', empty: 'Chức năng báo cáo sẽ có trong phiên bản sau.' },
    administration: { title: 'Quản trị', empty: 'Chức năng quản trị sẽ có trong phiên bản sau.' },
  },
  system: {
    title: 'Thông tin hệ thống',
    appVersion: 'Phiên bản ứng dụng',
    engineUptime: 'Thời gian bộ xử lý đã chạy',
    engineStartedAt: 'Bộ xử lý khởi động lúc',
    dataDir: 'Thư mục dữ liệu',
    vaultState: 'Trạng thái kho dữ liệu',
    nodeVersion: 'Phiên bản Node',
    sqliteVersion: 'Phiên bản SQLite',
    refresh: 'Làm mới',
    seconds_one: '{{count}} giây',
    seconds_other: '{{count}} giây',
    vault: {
      uninitialised: 'Chưa thiết lập',
      locked: 'Đã khóa',
      unlocked: 'Đang mở',
    },
  },
  errors: {
    engineCrashed: 'Bộ xử lý dữ liệu vừa dừng đột ngột và đã khởi động lại.',
  },
};
export type Catalogue = typeof vi;
