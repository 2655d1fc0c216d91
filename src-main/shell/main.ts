/**
 * The Electron main process: windows, menu, protocol, power events. Thin by design — every decision is a pure
 * function in a sibling module (tested in test/shell/), and all data work is in the engine worker.
 */
import { app, BrowserWindow, ipcMain, Menu, powerMonitor, protocol, session } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IPC_EVENT, IPC_INVOKE, type Result } from '../../src-shared/contract/index.js';
import { startEngine, type EngineClient } from '../engine/engine-client.js';
import { APP_ENTRY, APP_SCHEME, allowFrameNavigation, allowNavigation, allowRequest, isTrustedSender, resolveAppFile } from './app-origin.js';
import { APP_SCHEME_PRIVILEGES, appResponseHeaders, isAllowedMethod } from './app-protocol.js';
import { launchSettings, vaultDir } from './launch-settings.js';
import { applicationMenu, hashNavigationScript } from './menu.js';
import { allowDownload, grantDevicePermission, grantPermissionCheck, grantPermissionRequest } from './permissions.js';
import { powerEventToLock, WATCHED_POWER_EVENTS } from './power-events.js';
import { printOptions } from './print.js';
import { mainWindowOptions } from './window-options.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '../renderer');
const settings = launchSettings({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, env: process.env });
const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: { vi: 'Yêu cầu không đến từ cửa sổ ứng dụng.', en: 'Request did not come from the application window.' } },
};

// Before `ready`: every renderer sandboxed whatever its options say; our own profile folder (development only);
// app:// registered as a privileged standard scheme.
app.enableSandbox();
if (settings.userDataDir) app.setPath('userData', settings.userDataDir);
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

let window: BrowserWindow | null = null;
let engine: EngineClient | undefined;
let engineStopped = false;

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
    contents.on('will-frame-navigate', (event) => {
      if (!allowFrameNavigation({ url: event.url, isMainFrame: event.isMainFrame })) event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.on('window-all-closed', () => app.quit());
  // Quit waits for the engine to close the vault (WAL checkpoint, key dropped).
  app.on('before-quit', (event) => {
    if (!engine || engineStopped) return;
    event.preventDefault();
    const stopping = engine;
    engine = undefined;
    // Bounded: a quit must never hang on a worker that is already gone.
    const timeout = new Promise((resolve) => setTimeout(resolve, 8000));
    void Promise.race([stopping.stop(), timeout]).finally(() => {
      engineStopped = true;
      app.quit();
    });
  });
  void app.whenReady().then(start);
}

function guardSession() {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(grantPermissionRequest(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => grantPermissionCheck(permission));
  ses.setDevicePermissionHandler((details) => grantDevicePermission(details.deviceType));
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowRequest(details.url) }));
  ses.on('will-download', (event, item) => {
    if (!allowDownload(item.getURL())) event.preventDefault();
  });
}

function serveRenderer() {
  protocol.handle(APP_SCHEME, async (request) => {
    if (!isAllowedMethod(request.method)) return new Response('Method not allowed', { status: 405, headers: appResponseHeaders(null) });
    const file = resolveAppFile(request.url, rendererDir);
    if (file) {
      try {
        return new Response(await readFile(file), { headers: appResponseHeaders(file) });
      } catch {}
    }
    return new Response('Not found', { status: 404, headers: appResponseHeaders(null) });
  });
}

function startEngineWorker(): EngineClient {
  const client = startEngine({
    dataDir: vaultDir(app.getPath('userData')),
    appVersion: app.getVersion(),
    workerFile: join(here, 'engine-worker.mjs'),
    nativeBinding: settings.nativeBinding,
    restart: true,
  });
  client.on((name, payload) => window?.webContents.send(IPC_EVENT, name, payload));
  return client;
}

async function start() {
  guardSession();
  serveRenderer();
  engine = startEngineWorker();

  ipcMain.handle(IPC_INVOKE, (event, channel: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame) || !engine) return FORBIDDEN;
    return engine.invoke(typeof channel === 'string' ? channel : '', input);
  });

  for (const name of WATCHED_POWER_EVENTS) {
    powerMonitor.on(name as 'suspend', () => {
      const lock = powerEventToLock(name);
      if (lock) engine?.power(lock);
    });
  }

  window = new BrowserWindow(mainWindowOptions(join(here, 'preload.cjs'), { devTools: !app.isPackaged }));
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      applicationMenu(
        {
          navigate: (route) => void window?.webContents.executeJavaScript(hashNavigationScript(route)),
          print: () => window?.webContents.print(printOptions()),
        },
        { developer: !app.isPackaged },
      ),
    ),
  );
  window.once('ready-to-show', () => window?.show());
  window.on('closed', () => (window = null));
  window.webContents.on('render-process-gone', (_event, details) => {
    console.error(`[shell] renderer gone: ${details.reason}`);
    if (details.reason !== 'clean-exit') void window?.loadURL(APP_ENTRY);
  });
  await window.loadURL(APP_ENTRY);
}
