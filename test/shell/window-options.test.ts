import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../src-main/shell/window-options.js';

const PRELOAD = '/app/build/main/preload.cjs';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions(PRELOAD, { devTools: false });
  const web = options.webPreferences!;

  it('isolates and sandboxes the renderer and gives it no Node', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and embeds nothing', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.enableWebSQL).toBe(false);
    expect(web.plugins).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
    expect(web.safeDialogs).toBe(true);
    expect(web).not.toHaveProperty('enableBlinkFeatures');
    expect(web).not.toHaveProperty('additionalArguments');
    expect(web).not.toHaveProperty('partition'); // the guarded default session, where app:// is registered
  });

  it('makes no network request of its own (the spell checker downloads dictionaries)', () => {
    expect(web.spellcheck).toBe(false);
  });

  it('loads only our preload', () => {
    expect(web.preload).toBe(PRELOAD);
  });

  it('offers DevTools only when asked (development), never by default', () => {
    expect(web.devTools).toBe(false);
    expect(mainWindowOptions(PRELOAD, { devTools: true }).webPreferences!.devTools).toBe(true);
  });

  it('is titled BLO Desk, fits a 1366×768 office screen and appears only when painted', () => {
    expect(options.title).toBe('BLO Desk');
    expect(options.width).toBeLessThanOrEqual(1366);
    expect(options.height).toBeLessThanOrEqual(768);
    expect(options.show).toBe(false);
  });

  it('is a fresh object each call (no shared mutable options)', () => {
    expect(mainWindowOptions(PRELOAD, { devTools: false })).not.toBe(options);
  });
});
