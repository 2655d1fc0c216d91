import type { MenuItemConstructorOptions } from 'electron';

/** The Vietnamese application menu. Pure; the shell builds it with Menu.buildFromTemplate. */
export function applicationMenu(actions: { navigate: (hash: string) => void; print: () => void }): MenuItemConstructorOptions[] {
  return [
    {
      label: 'Tệp',
      submenu: [
        { label: 'In…', accelerator: 'CmdOrCtrl+P', click: actions.print },
        { type: 'separator' },
        { label: 'Thoát', role: 'quit' },
      ],
    },
    {
      label: 'Sửa',
      submenu: [
        { label: 'Hoàn tác', role: 'undo' },
        { label: 'Làm lại', role: 'redo' },
        { type: 'separator' },
        { label: 'Cắt', role: 'cut' },
        { label: 'Sao chép', role: 'copy' },
        { label: 'Dán', role: 'paste' },
        { label: 'Chọn tất cả', role: 'selectAll' },
      ],
    },
    {
      label: 'Đi tới',
      submenu: [
        { label: 'Hội đàm', accelerator: 'CmdOrCtrl+1', click: () => actions.navigate('meetings') },
        { label: 'Hồi hương nạn nhân', accelerator: 'CmdOrCtrl+2', click: () => actions.navigate('repatriations') },
        { label: 'Ngăn chặn vượt biên', accelerator: 'CmdOrCtrl+3', click: () => actions.navigate('interceptions') },
        { label: 'Báo cáo', accelerator: 'CmdOrCtrl+4', click: () => actions.navigate('reports') },
        { label: 'Quản trị', accelerator: 'CmdOrCtrl+5', click: () => actions.navigate('administration') },
        { label: 'Hệ thống', click: () => actions.navigate('system') },
      ],
    },
    {
      label: 'Hiển thị',
      submenu: [
        { label: 'Phóng to', role: 'zoomIn' },
        { label: 'Thu nhỏ', role: 'zoomOut' },
        { label: 'Cỡ chữ mặc định', role: 'resetZoom' },
        { type: 'separator' },
        { label: 'Toàn màn hình', role: 'togglefullscreen' },
      ],
    },
  ];
}
