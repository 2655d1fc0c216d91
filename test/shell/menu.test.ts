import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { applicationMenu, hashNavigationScript } from '../../src-main/shell/menu.js';
import { printOptions } from '../../src-main/shell/print.js';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}
const byLabel = (items: MenuItemConstructorOptions[], label: string) => flatten(items).find((item) => item.label === label);
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as unknown as (() => void) | undefined)?.();

describe('applicationMenu', () => {
  const actions = { navigate: vi.fn(), print: vi.fn() };
  const menu = applicationMenu(actions);

  it('has the Vietnamese top-level menus', () => {
    expect(menu.map((item) => item.label)).toEqual(['Tệp', 'Sửa', 'Đi tới', 'Hiển thị']);
  });

  it('labels every item in Vietnamese (no English menu text)', () => {
    for (const item of flatten(menu)) {
      if (item.type === 'separator') continue;
      expect(item.label, JSON.stringify(item)).toBeTruthy();
      expect(item.label).not.toMatch(/^(File|Edit|View|Go|Print|Quit|Exit|Undo|Redo|Cut|Copy|Paste|Select All|Zoom|Reload|Toggle)/);
    }
    expect(flatten(menu).some((item) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(item.label ?? ''))).toBe(true);
  });

  it.each([
    ['Hội đàm', 'CmdOrCtrl+1', 'meetings'],
    ['Hồi hương nạn nhân', 'CmdOrCtrl+2', 'repatriations'],
    ['Ngăn chặn vượt biên', 'CmdOrCtrl+3', 'interceptions'],
    ['Báo cáo', 'CmdOrCtrl+4', 'reports'],
    ['Quản trị', 'CmdOrCtrl+5', 'administration'],
    ['Hệ thống', 'CmdOrCtrl+6', 'system'],
  ])('"%s" has %s and opens #/%s', (label, accelerator, route) => {
    const item = byLabel(menu, label);
    expect(item?.accelerator).toBe(accelerator);
    click(item);
    expect(actions.navigate).toHaveBeenLastCalledWith(route);
  });

  it('prints with Ctrl+P and quits through the quit role', () => {
    const print = byLabel(menu, 'In…');
    expect(print?.accelerator).toBe('CmdOrCtrl+P');
    click(print);
    expect(actions.print).toHaveBeenCalledOnce();
    expect(byLabel(menu, 'Thoát')?.role).toBe('quit');
  });

  it('keeps the standard editing shortcuts through roles', () => {
    const roles = flatten(menu)
      .map((item) => item.role)
      .filter(Boolean);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']) expect(roles).toContain(role);
  });

  it('has no shortcut twice', () => {
    const accelerators = flatten(menu)
      .map((item) => item.accelerator)
      .filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('offers reload and DevTools only in development', () => {
    const roles = (items: MenuItemConstructorOptions[]) => flatten(items).map((item) => item.role);
    expect(roles(menu)).not.toContain('toggleDevTools');
    expect(roles(menu)).not.toContain('reload');
    expect(roles(menu)).not.toContain('forceReload');
    const developer = applicationMenu(actions, { developer: true });
    expect(roles(developer)).toContain('toggleDevTools');
    expect(roles(developer)).toContain('reload');
    expect(byLabel(developer, 'Công cụ phát triển')?.role).toBe('toggleDevTools');
  });
});

describe('hashNavigationScript', () => {
  it('sets the hash route', () => {
    expect(hashNavigationScript('system')).toBe('location.hash = "#/system"');
    expect(hashNavigationScript('repatriations')).toBe('location.hash = "#/repatriations"');
  });
  it('refuses anything that is not a plain route name', () => {
    for (const bad of ['', 'System', '"; alert(1); "', 'a/b', '../x', 'x y', '1abc']) expect(() => hashNavigationScript(bad), bad).toThrow();
  });
});

describe('printOptions', () => {
  it('always shows the print dialog, on A4, portrait, with backgrounds', () => {
    expect(printOptions()).toEqual({ silent: false, printBackground: true, pageSize: 'A4', landscape: false, color: true });
  });
});
