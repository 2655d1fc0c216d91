import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * Options of the one application window. Pure and exported so tests assert every hardening item:
 * the renderer gets no Node, runs sandboxed and isolated, and can embed nothing.
 * DevTools only in development (`devTools: !app.isPackaged`): a packaged app on an office PC offers no console.
 */
export function mainWindowOptions(preloadPath: string, options: { devTools: boolean }): BrowserWindowConstructorOptions {
  return {
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    title: 'BLO Desk',
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      plugins: false,
      navigateOnDragDrop: false,
      // The spell checker would download dictionaries from the internet; the app is offline.
      spellcheck: false,
      devTools: options.devTools,
      safeDialogs: true,
    },
  };
}
