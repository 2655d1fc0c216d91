import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  navigate: (hash: string) => void;
  print: () => void;
}

/**
 * The Vietnamese application menu. Pure; the shell builds it with Menu.buildFromTemplate.
 * `developer` (development only, never in a packaged app) adds reload and the DevTools.
 */
export function applicationMenu(actions: MenuActions, options: { developer: boolean } = { developer: false }): MenuItemConstructorOptions[] {
  const developerItems: MenuItemConstructorOptions[] = options.developer
    ? [{ type: 'separator' }, { label: 'Tải lại', role: 'reload' }, { label: 'Công cụ phát triển', role: 'toggleDevTools' }]
    : [];
  return [
    {
      label: 'Tệp',
      submenu: [{ label: 'In…', accelerator: 'CmdOrCtrl+P', click: actions.print }, { type: 'separator' }, { label: 'Thoát', role: 'quit' }],
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
        { label: 'Hệ thống', accelerator: 'CmdOrCtrl+6', click: () => actions.navigate('system') },
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
        ...developerItems,
      ],
    },
  ];
}

/** The script the menu runs in the page to switch route: only plain route names, so nothing else can be injected. */
export function hashNavigationScript(route: string): string {
  if (!/^[a-z][a-z-]*$/.test(route)) throw new Error(`not a route: ${route}`);
  return `location.hash = ${JSON.stringify(`#/${route}`)}`;
}
