/** The Electron main process: windows, menu, protocol, power events. Thin by design — all data work is in the engine worker. */
import { app, BrowserWindow, ipcMain, Menu, powerMonitor, protocol, session } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IPC_EVENT, IPC_INVOKE, type Result } from '../../src-shared/contract/index.js';
import { startEngine, type EngineClient } from '../engine/engine-client.js';
import { APP_ENTRY, APP_SCHEME, allowNavigation, isTrustedSender, resolveAppFile } from './app-origin.js';
import { contentSecurityPolicy } from './csp.js';
import { applicationMenu } from './menu.js';
import { powerEventToLock, WATCHED_POWER_EVENTS } from './power-events.js';
import { mainWindowOptions } from './window-options.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '../renderer');
const CSP = contentSecurityPolicy({ connectSelf: false });
const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.ttf': 'font/ttf', '.png': 'image/png' };
const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: { vi: 'Yêu cầu không đến từ cửa sổ ứng dụng.', en: 'Request did not come from the application window.' } },
};

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, codeCache: true } }]);

let window: BrowserWindow | null = null;
let engine: EngineClient;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!allowNavigation(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void engine?.stop());
  void app.whenReady().then(start);
}

async function start() {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(request.url, rendererDir);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });

  engine = startEngine({
    dataDir: join(app.getPath('userData'), 'vault'),
    appVersion: app.getVersion(),
    workerFile: join(here, 'engine-worker.mjs'),
    restart: true,
  });
  engine.on((name, payload) => window?.webContents.send(IPC_EVENT, name, payload));

  ipcMain.handle(IPC_INVOKE, (event, channel: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url)) return FORBIDDEN;
    return engine.invoke(String(channel), input);
  });

  for (const name of WATCHED_POWER_EVENTS) {
    powerMonitor.on(name as 'suspend', () => {
      const lock = powerEventToLock(name);
      if (lock) engine.power(lock);
    });
  }

  window = new BrowserWindow(mainWindowOptions(join(here, 'preload.cjs')));
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      applicationMenu({
        navigate: (hash) => void window?.webContents.executeJavaScript(`location.hash = ${JSON.stringify(`#/${hash}`)}`),
        print: () => window?.webContents.print(),
      }),
    ),
  );
  window.once('ready-to-show', () => window?.show());
  window.on('closed', () => (window = null));
  await window.loadURL(APP_ENTRY);
}
