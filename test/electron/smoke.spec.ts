import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NATIVE_BINDING_ENV, USER_DATA_DIR_ENV } from '../../src-main/shell/launch-settings.js';
import { ELECTRON_PATH_ENV } from './global-setup.js';

const ROOT = join(import.meta.dirname, '..', '..');

let app: ElectronApplication;
let page: Page;
let userData: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  const executablePath = process.env[ELECTRON_PATH_ENV];
  const binding = process.env[NATIVE_BINDING_ENV];
  if (!executablePath || !binding) throw new Error('global-setup.ts did not prepare Electron (run through `npm run test:electron`).');
  userData = mkdtempSync(join(tmpdir(), 'blo-electron-'));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  app = await electron.launch({
    executablePath,
    // The app folder, so Electron reads package.json (name, version, main = build/main/shell.mjs).
    args: [ROOT],
    cwd: ROOT,
    env: { ...env, [USER_DATA_DIR_ENV]: userData, [NATIVE_BINDING_ENV]: binding },
    // Chromium's OS sandbox stays on, as in production — except as root, where Chromium refuses to start with it.
    chromiumSandbox: process.getuid?.() !== 0,
    timeout: 60_000,
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (userData) rmSync(userData, { recursive: true, force: true });
});

test('the window opens on app://blo with the title BLO Desk', async () => {
  await expect(page).toHaveTitle('BLO Desk');
  expect(page.url()).toMatch(/^app:\/\/blo\/index\.html/);
  expect(app.windows()).toHaveLength(1);
  expect(await app.evaluate(({ app: electronApp }) => electronApp.getVersion())).toBe('0.1.0');
});

test('the page sees exactly window.blo.invoke/on and nothing of Node or Electron', async () => {
  const surface = await page.evaluate(() => {
    const scope = globalThis as Record<string, unknown>;
    const blo = scope.blo as Record<string, unknown> | undefined;
    return {
      bloKeys: blo ? Object.keys(blo).sort() : null,
      bloTypes: blo ? Object.values(blo).map((value) => typeof value) : null,
      require: typeof scope.require,
      process: typeof scope.process,
      module: typeof scope.module,
      Buffer: typeof scope.Buffer,
      electron: typeof scope.electron,
      ipcRenderer: typeof scope.ipcRenderer,
      isSecureContext: globalThis.isSecureContext,
    };
  });
  expect(surface).toEqual({
    bloKeys: ['invoke', 'on'],
    bloTypes: ['function', 'function'],
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    Buffer: 'undefined',
    electron: 'undefined',
    ipcRenderer: 'undefined',
    isSecureContext: true,
  });
});

test('the CSP is enforced: no eval, no inline script, no remote image, no fetch', async () => {
  const results = await page.evaluate(async () => {
    const scope = globalThis as Record<string, unknown>;
    let evalResult = 'ran';
    try {
      (0, eval)('1 + 1');
    } catch {
      evalResult = 'blocked';
    }
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    const image = await new Promise<string>((resolve) => {
      const img = new Image();
      img.onload = () => resolve('loaded');
      img.onerror = () => resolve('blocked');
      img.src = 'https://example.com/pixel.png';
    });
    const fetchResult = await fetch('app://blo/index.html').then(
      () => 'fetched',
      () => 'blocked',
    );
    return { evalResult, inline: scope.__inlineRan === true ? 'ran' : 'blocked', image, fetchResult };
  });
  expect(results).toEqual({ evalResult: 'blocked', inline: 'blocked', image: 'blocked', fetchResult: 'blocked' });
});

test('the System page shows engine data, opened from the Vietnamese menu', async () => {
  await app.evaluate(({ Menu }) => {
    type Item = { label: string; click: () => void; submenu?: { items: Item[] } | null };
    const find = (items: Item[]): Item | undefined => {
      for (const item of items) {
        if (item.label === 'Hệ thống') return item;
        const inner = item.submenu ? find(item.submenu.items) : undefined;
        if (inner) return inner;
      }
      return undefined;
    };
    const item = find((Menu.getApplicationMenu()?.items ?? []) as unknown as Item[]);
    if (!item) throw new Error('menu item "Hệ thống" not found');
    item.click();
  });
  await expect(page).toHaveURL(/#\/system$/);
  await expect(page.getByRole('heading', { name: 'Thông tin hệ thống' })).toBeVisible();
  const info = page.getByTestId('system-info');
  await expect(info).toContainText('0.1.0');
  await expect(info).toContainText(join(userData, 'vault'));
  await expect(info).toContainText(/\d+\.\d+\.\d+/); // SQLite's version, from the engine worker via IPC
});

test('hash navigation works and the IPC round trip answers', async () => {
  await page.evaluate(() => (location.hash = '#/meetings'));
  await expect(page).toHaveURL(/#\/meetings$/);
  const result = await page.evaluate(() => (globalThis as unknown as { blo: { invoke(c: string, i: unknown): Promise<unknown> } }).blo.invoke('system.info', {}));
  expect(result).toMatchObject({ ok: true, value: { appVersion: '0.1.0' } });
  const unknown = await page.evaluate(() => (globalThis as unknown as { blo: { invoke(c: string, i: unknown): Promise<unknown> } }).blo.invoke('no.such.channel', {}));
  expect(unknown).toMatchObject({ ok: false });
});

/**
 * Starts recording, in the main process, every navigation the window's page asks for (`will-navigate`). The
 * shell's own handler was attached first (at `web-contents-created`), so by the time this one runs the shell has
 * already decided. Returns a reader of the URLs seen so far.
 */
async function recordNavigationAttempts() {
  await app.evaluate(({ BrowserWindow }) => {
    const scope = globalThis as unknown as { navigationAttempts?: string[] };
    if (scope.navigationAttempts) return;
    const attempts: string[] = [];
    scope.navigationAttempts = attempts;
    BrowserWindow.getAllWindows()[0].webContents.on('will-navigate', (event) => attempts.push(event.url));
  });
  return () => app.evaluate(() => [...((globalThis as unknown as { navigationAttempts?: string[] }).navigationAttempts ?? [])]);
}

test('navigation to an external URL is blocked', async () => {
  const before = page.url();
  const attempts = await recordNavigationAttempts();
  await page.evaluate(() => {
    location.href = 'https://example.com/';
  });
  // The main process has seen the request (and its handler, which runs first, has refused it).
  await expect.poll(attempts).toContain('https://example.com/');
  expect(page.url()).toBe(before);
  // A link to a local file is refused either by the shell (will-navigate) or by Chromium itself before it asks
  // ("Not allowed to load local resource"): wait for whichever answers.
  const refusedByChromium = page.waitForEvent('console', { predicate: (message) => message.text().includes('Not allowed to load local resource') });
  const seenByShell = expect.poll(attempts).toContain('file:///etc/passwd');
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = 'file:///etc/passwd';
    link.textContent = 'x';
    document.body.append(link);
    link.click();
  });
  await Promise.race([refusedByChromium, seenByShell]);
  expect(page.url()).toBe(before);
  await expect(page.getByRole('navigation')).toBeVisible();
});

test('window.open and target=_blank open nothing', async () => {
  const opened = await page.evaluate(() => window.open('https://example.com/', '_blank') === null);
  expect(opened).toBe(true);
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = 'app://blo/index.html';
    link.target = '_blank';
    document.body.append(link);
    link.click();
  });
  // Chromium asks the browser process for a new window synchronously (CreateNewWindow) while the click is
  // dispatched, and a window that were allowed would exist before that answer: once click() has returned, the
  // main process's count is final, so it is read there rather than waited for.
  expect(
    await app.evaluate(({ BrowserWindow, webContents }) => ({
      windows: BrowserWindow.getAllWindows().length,
      contents: webContents.getAllWebContents().filter((contents) => contents.getType() === 'window').length,
    })),
  ).toEqual({ windows: 1, contents: 1 });
  expect(app.windows()).toHaveLength(1);
});

test('permissions are denied', async () => {
  const states = await page.evaluate(async () => ({
    geolocation: (await navigator.permissions.query({ name: 'geolocation' })).state,
    notifications: await Notification.requestPermission(),
  }));
  expect(states).toEqual({ geolocation: 'denied', notifications: 'denied' });
});
