/**
 * The wiring of src-main/shell/main.ts, run under plain Node with `electron` replaced by a recording fake
 * (the Electron binary is not needed). Checks that every guard the pure modules decide is actually installed.
 */
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY } from '../../src-main/shell/app-origin.js';
import { APP_SCHEME_PRIVILEGES, ELECTRON_CSP } from '../../src-main/shell/app-protocol.js';
import { NATIVE_BINDING_ENV, USER_DATA_DIR_ENV } from '../../src-main/shell/launch-settings.js';
import { printOptions } from '../../src-main/shell/print.js';
import { mainWindowOptions } from '../../src-main/shell/window-options.js';

type Listener = (...args: never[]) => unknown;

const fake = vi.hoisted(() => {
  const state = {
    log: [] as string[],
    lock: true,
    app: new Map<string, Listener[]>(),
    power: new Map<string, Listener[]>(),
    sessionEvents: new Map<string, Listener[]>(),
    handlers: {} as Record<string, Listener>,
    schemes: [] as unknown[],
    windows: [] as { options: unknown; contents: Record<string, unknown>; loaded: string[] }[],
    menu: null as unknown,
    engine: null as null | { options: Record<string, unknown>; invoke: ReturnType<typeof vi.fn>; power: ReturnType<typeof vi.fn>; stop: ReturnType<typeof vi.fn> },
  };
  const add = (map: Map<string, Listener[]>, name: string, fn: Listener) => map.set(name, [...(map.get(name) ?? []), fn]);
  const app = {
    isPackaged: false,
    enableSandbox: vi.fn(() => state.log.push('enableSandbox')),
    setPath: vi.fn((name: string, value: string) => state.log.push(`setPath ${name} ${value}`)),
    requestSingleInstanceLock: vi.fn(() => (state.log.push('requestSingleInstanceLock'), state.lock)),
    on: vi.fn((name: string, fn: Listener) => add(state.app, name, fn)),
    quit: vi.fn(() => state.log.push('quit')),
    whenReady: vi.fn(() => (state.log.push('whenReady'), Promise.resolve())),
    getPath: vi.fn(() => '/profile'),
    getVersion: vi.fn(() => '0.1.0'),
  };
  class BrowserWindow {
    contents: Record<string, unknown>;
    constructor(options: unknown) {
      const listeners = new Map<string, Listener[]>();
      this.contents = {
        listeners,
        on: (name: string, fn: Listener) => add(listeners, name, fn),
        send: vi.fn(),
        executeJavaScript: vi.fn(async () => undefined),
        print: vi.fn(),
      };
      const record = { options, contents: this.contents, loaded: [] as string[] };
      state.windows.push(record);
      this.loadURL = async (url: string) => void record.loaded.push(url);
    }
    loadURL: (url: string) => Promise<void>;
    get webContents() {
      return this.contents;
    }
    once() {}
    on() {}
    show() {}
    isMinimized() {
      return false;
    }
    focus() {}
  }
  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn((fn: Listener) => void (state.handlers.permissionRequest = fn)),
      setPermissionCheckHandler: vi.fn((fn: Listener) => void (state.handlers.permissionCheck = fn)),
      setDevicePermissionHandler: vi.fn((fn: Listener) => void (state.handlers.devicePermission = fn)),
      webRequest: { onBeforeRequest: vi.fn((fn: Listener) => void (state.handlers.beforeRequest = fn)) },
      on: vi.fn((name: string, fn: Listener) => add(state.sessionEvents, name, fn)),
    },
  };
  const electron = {
    app,
    BrowserWindow,
    session,
    ipcMain: { handle: vi.fn((channel: string, fn: Listener) => void (state.handlers[`ipc:${channel}`] = fn)) },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn((menu: unknown) => void (state.menu = menu)) },
    powerMonitor: { on: vi.fn((name: string, fn: Listener) => add(state.power, name, fn)) },
    protocol: {
      registerSchemesAsPrivileged: vi.fn((schemes: unknown[]) => (state.log.push('registerSchemesAsPrivileged'), state.schemes.push(...schemes))),
      handle: vi.fn((scheme: string, fn: Listener) => void (state.handlers[`protocol:${scheme}`] = fn)),
    },
  };
  return { state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));
vi.mock('../../src-main/engine/engine-client.js', () => ({
  startEngine: (options: Record<string, unknown>) => {
    const engine = {
      options,
      invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
      power: vi.fn(),
      stop: vi.fn(async () => undefined),
      on: vi.fn(),
    };
    fake.state.engine = engine;
    return engine;
  },
}));

const SHELL_DIR = join(import.meta.dirname, '..', '..', 'src-main', 'shell');
const { state } = fake;
const emit = (map: Map<string, Listener[]>, name: string, ...args: unknown[]) => (map.get(name) ?? []).map((fn) => (fn as (...a: unknown[]) => unknown)(...args));
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function loadShell(env: Record<string, string> = {}) {
  vi.resetModules();
  Object.assign(state, { log: [], app: new Map(), power: new Map(), sessionEvents: new Map(), handlers: {}, schemes: [], windows: [], menu: null, engine: null });
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    await import('../../src-main/shell/main.js');
    await flush();
  } finally {
    process.env = saved;
  }
}

describe('shell wiring (electron faked)', () => {
  beforeEach(() => {
    state.lock = true;
  });

  it('before ready: sandboxes every renderer, uses the given profile folder, registers app:// privileged, takes the single-instance lock', async () => {
    await loadShell({ [USER_DATA_DIR_ENV]: '/tmp/blo-profile' });
    expect(state.log.slice(0, 5)).toEqual(['enableSandbox', 'setPath userData /tmp/blo-profile', 'registerSchemesAsPrivileged', 'requestSingleInstanceLock', 'whenReady']);
    expect(state.schemes).toEqual([APP_SCHEME_PRIVILEGES]);
  });

  it('a second instance quits at once and only focuses the first', async () => {
    state.lock = false;
    await loadShell();
    expect(state.log).toContain('quit');
    expect(state.log).not.toContain('whenReady');
    expect(state.windows).toHaveLength(0);
    state.lock = true;
    await loadShell();
    expect(state.app.get('second-instance')).toHaveLength(1);
  });

  it('opens one window with the hardened options on app://blo/index.html', async () => {
    await loadShell();
    expect(state.windows).toHaveLength(1);
    expect(state.windows[0].options).toEqual(mainWindowOptions(join(SHELL_DIR, 'preload.cjs'), { devTools: true }));
    expect(state.windows[0].loaded).toEqual([APP_ENTRY]);
  });

  it('starts the engine with the vault folder and (development) the binding from the environment', async () => {
    await loadShell({ [NATIVE_BINDING_ENV]: '/cache/better_sqlite3.node' });
    expect(state.engine?.options).toMatchObject({
      dataDir: join('/profile', 'vault'),
      appVersion: '0.1.0',
      workerFile: join(SHELL_DIR, 'engine-worker.mjs'),
      nativeBinding: '/cache/better_sqlite3.node',
      restart: true,
    });
  });

  it('guards every web contents: no navigation, no redirects, no webview, no new windows', async () => {
    await loadShell();
    const listeners = new Map<string, Listener[]>();
    let openHandler: (() => unknown) | undefined;
    const contents = { on: (name: string, fn: Listener) => listeners.set(name, [fn]), setWindowOpenHandler: (fn: () => unknown) => (openHandler = fn) };
    emit(state.app, 'web-contents-created', {}, contents);

    const event = () => ({ preventDefault: vi.fn() });
    const navigate = event();
    emit(listeners, 'will-navigate', navigate, 'https://example.com/');
    expect(navigate.preventDefault).toHaveBeenCalled();
    const own = event();
    emit(listeners, 'will-navigate', own, 'app://blo/other.html');
    expect(own.preventDefault).toHaveBeenCalled();

    const mainFrame = { ...event(), url: 'https://example.com/', isMainFrame: true };
    emit(listeners, 'will-frame-navigate', mainFrame);
    expect(mainFrame.preventDefault).toHaveBeenCalled();
    const preview = { ...event(), url: 'blob:app://blo/123', isMainFrame: false };
    emit(listeners, 'will-frame-navigate', preview);
    expect(preview.preventDefault).not.toHaveBeenCalled();

    for (const name of ['will-redirect', 'will-attach-webview']) {
      const e = event();
      emit(listeners, name, e);
      expect(e.preventDefault, name).toHaveBeenCalled();
    }
    expect(openHandler?.()).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check, every device, every download, and every non-app request', async () => {
    await loadShell();
    const granted: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])
      (state.handlers.permissionRequest as (...a: unknown[]) => void)({}, permission, (grant: boolean) => granted.push(grant));
    expect(granted).toEqual([false, false, false, false, false]);
    expect((state.handlers.permissionCheck as (...a: unknown[]) => boolean)({}, 'media')).toBe(false);
    expect((state.handlers.devicePermission as (...a: unknown[]) => boolean)({ deviceType: 'usb' })).toBe(false);

    const decide = (url: string) => {
      let answer: unknown;
      (state.handlers.beforeRequest as (...a: unknown[]) => void)({ url }, (response: unknown) => (answer = response));
      return answer;
    };
    expect(decide('https://example.com/')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
    expect(decide('app://blo/assets/index.js')).toEqual({ cancel: false });

    const download = { preventDefault: vi.fn() };
    emit(state.sessionEvents, 'will-download', download, { getURL: () => 'blob:app://blo/1' });
    expect(download.preventDefault).toHaveBeenCalled();
  });

  it('serves app:// with the CSP header on errors too, and only for reads', async () => {
    await loadShell();
    const handle = state.handlers['protocol:app'] as (request: Request) => Promise<Response>;
    const missing = await handle(new Request('app://blo/no-such-file.js'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(ELECTRON_CSP);
    const traversal = await handle(new Request('app://blo/..%2f..%2fshell%2fmain.ts'));
    expect(traversal.status).toBe(404);
    const post = await handle(new Request('app://blo/index.html', { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
    expect(post.headers.get('content-security-policy')).toBe(ELECTRON_CSP);
  });

  it('answers IPC only from the top frame of app://blo', async () => {
    await loadShell();
    const handler = state.handlers['ipc:blo:invoke'] as (event: unknown, channel: unknown, input: unknown) => unknown;
    const invoke = async (event: unknown, channel: unknown, input: unknown) => handler(event, channel, input);
    await expect(invoke({ senderFrame: { url: `${APP_ENTRY}#/system`, parent: null } }, 'system.info', {})).resolves.toEqual({
      ok: true,
      value: { channel: 'system.info', input: {} },
    });
    for (const senderFrame of [{ url: 'https://example.com/', parent: null }, { url: 'file:///x/index.html', parent: null }, { url: APP_ENTRY, parent: { url: APP_ENTRY } }, null])
      await expect(invoke({ senderFrame }, 'system.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(state.engine?.invoke).toHaveBeenCalledTimes(1);
    await invoke({ senderFrame: { url: APP_ENTRY, parent: null } }, { toString: () => 'system.info' }, {});
    expect(state.engine?.invoke).toHaveBeenLastCalledWith('', {});
  });

  // Each event on its own: a shell that listened to one only would pass a test emitting both.
  it.each(['suspend', 'lock-screen'])('locks the vault on %s', async (event) => {
    await loadShell();
    emit(state.power, event);
    expect(state.engine?.power.mock.calls).toEqual([[event]]);
  });

  it('locks the vault on suspend and screen lock, and on nothing else', async () => {
    await loadShell();
    for (const event of ['resume', 'unlock-screen', 'on-battery', 'suspend', 'lock-screen']) emit(state.power, event);
    expect(state.engine?.power.mock.calls).toEqual([['suspend'], ['lock-screen']]);
  });

  it('wires the menu to hash navigation and the print dialog', async () => {
    await loadShell();
    const items = (state.menu as { submenu?: { label?: string; click?: () => void }[] }[]).flatMap((item) => item.submenu ?? []);
    items.find((item) => item.label === 'Hệ thống')?.click?.();
    items.find((item) => item.label === 'In…')?.click?.();
    const contents = state.windows[0].contents as { executeJavaScript: ReturnType<typeof vi.fn>; print: ReturnType<typeof vi.fn> };
    expect(contents.executeJavaScript).toHaveBeenCalledWith('location.hash = "#/system"');
    expect(contents.print).toHaveBeenCalledWith(printOptions());
  });

  it('quits only after the engine has closed the vault', async () => {
    await loadShell();
    const event = { preventDefault: vi.fn() };
    emit(state.app, 'before-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(state.engine?.stop).toHaveBeenCalledOnce();
    await flush();
    expect(state.log).toContain('quit');
    const again = { preventDefault: vi.fn() };
    emit(state.app, 'before-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });
});
