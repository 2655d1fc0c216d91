import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allowFrameNavigation,
  allowNavigation,
  allowRequest,
  APP_ENTRY,
  APP_ORIGIN,
  isAppBlobUrl,
  isAppUrl,
  isTrustedSender,
  resolveAppFile,
} from '../../src-main/shell/app-origin.js';

const RENDERER = resolve('/opt/blo/resources/app.asar/build/renderer');
const FOREIGN = [
  'http://blo/index.html',
  'https://blo/index.html',
  'https://example.com/',
  'http://127.0.0.1:5173/index.html',
  'file:///etc/passwd',
  'file:///opt/blo/resources/app.asar/build/renderer/index.html',
  'app://evil/index.html',
  'app://blo.evil.com/index.html',
  'app://user:pw@blo/index.html',
  'apps://blo/index.html',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'not a url',
  '',
];

describe('isAppUrl', () => {
  it('accepts our own origin', () => {
    expect(APP_ORIGIN).toBe('app://blo');
    expect(isAppUrl(APP_ENTRY)).toBe(true);
    expect(isAppUrl('app://blo/')).toBe(true);
    expect(isAppUrl('app://blo/index.html#/system')).toBe(true);
  });

  it.each(FOREIGN)('rejects %s', (url) => expect(isAppUrl(url)).toBe(false));

  it('rejects missing values', () => {
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl(null)).toBe(false);
  });
});

describe('navigation', () => {
  it('never lets the main frame navigate, not even to our own origin (hash routes do not navigate)', () => {
    for (const url of [APP_ENTRY, 'app://blo/other.html', ...FOREIGN]) {
      expect(allowNavigation(url)).toBe(false);
      expect(allowFrameNavigation({ url, isMainFrame: true })).toBe(false);
    }
  });

  it('lets a sub-frame show only a blob: made by our page (PDF preview)', () => {
    expect(isAppBlobUrl('blob:app://blo/6f1c0c1e-3b1a-4a8e-9d43-5e0b7a1f2c3d')).toBe(true);
    expect(allowFrameNavigation({ url: 'blob:app://blo/6f1c0c1e', isMainFrame: false })).toBe(true);
    expect(allowFrameNavigation({ url: 'blob:app://blo/6f1c0c1e', isMainFrame: true })).toBe(false);
    for (const url of ['blob:https://example.com/1', 'blob:app://evil/1', 'blob:null/1', ...FOREIGN, APP_ENTRY])
      expect(allowFrameNavigation({ url, isMainFrame: false }), url).toBe(false);
  });
});

describe('isTrustedSender (IPC)', () => {
  it('answers the top frame of our own page', () => {
    expect(isTrustedSender({ url: APP_ENTRY, parent: null })).toBe(true);
    expect(isTrustedSender({ url: `${APP_ENTRY}#/system`, parent: null })).toBe(true);
  });

  it('refuses sub-frames, even our own blob: previews', () => {
    expect(isTrustedSender({ url: APP_ENTRY, parent: { url: APP_ENTRY } })).toBe(false);
    expect(isTrustedSender({ url: 'blob:app://blo/1', parent: { url: APP_ENTRY } })).toBe(false);
  });

  it.each(FOREIGN)('refuses a frame showing %s', (url) => expect(isTrustedSender({ url, parent: null })).toBe(false));

  it('refuses a missing frame (a frame that navigated away or was destroyed)', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});

describe('allowRequest (network guard)', () => {
  it('allows our origin, our blobs, inline data and DevTools', () => {
    for (const url of [APP_ENTRY, 'app://blo/assets/index.js', 'blob:app://blo/1', 'data:image/png;base64,AAAA', 'devtools://devtools/bundled/inspector.html'])
      expect(allowRequest(url), url).toBe(true);
  });

  it('refuses every remote, local-file or foreign request', () => {
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:8080/',
      'http://localhost/',
      'ws://127.0.0.1:9222/',
      'wss://example.com/socket',
      'ftp://example.com/file',
      'file:///etc/passwd',
      'app://evil/x.js',
      'blob:https://example.com/1',
      'chrome://gpu',
      'not a url',
    ])
      expect(allowRequest(url), url).toBe(false);
  });
});

describe('resolveAppFile', () => {
  it('maps the origin root and paths into the renderer folder', () => {
    expect(resolveAppFile('app://blo/', RENDERER)).toBe(join(RENDERER, 'index.html'));
    expect(resolveAppFile('app://blo/index.html', RENDERER)).toBe(join(RENDERER, 'index.html'));
    expect(resolveAppFile('app://blo/assets/index-abc.js', RENDERER)).toBe(join(RENDERER, 'assets', 'index-abc.js'));
    expect(resolveAppFile('app://blo/assets/index-abc.js?v=1#x', RENDERER)).toBe(join(RENDERER, 'assets', 'index-abc.js'));
    expect(resolveAppFile('app://blo/fonts/Kh%20mer.ttf', RENDERER)).toBe(join(RENDERER, 'fonts', 'Kh mer.ttf'));
  });

  it.each([
    'app://blo/../../etc/passwd',
    'app://blo/%2e%2e/%2e%2e/etc/passwd',
    'app://blo/..%2f..%2f..%2fetc%2fpasswd',
    'app://blo/assets/..%2f..%2f..%2fmain%2fshell.mjs',
    'app://blo/..%5c..%5cwindows%5cwin.ini',
    'app://blo/assets%5c..%5c..%5cmain%5cshell.mjs',
    'app://blo/%00index.html',
    'app://blo/%E0%A4%A',
  ])('never leaves the renderer folder: %s', (url) => {
    // The URL parser already folds "/../" away (→ <renderer>/etc/passwd, which does not exist: 404);
    // encoded separators, backslashes, NUL and bad escapes are refused outright.
    const file = resolveAppFile(url, RENDERER);
    expect(file === null || file.startsWith(join(RENDERER, '/'))).toBe(true);
    if (file) expect(file).not.toMatch(/shell\.mjs|win\.ini/);
  });

  it('refuses encoded traversal, backslashes, NUL and broken escapes outright', () => {
    for (const url of [
      'app://blo/..%2f..%2f..%2fetc%2fpasswd',
      'app://blo/assets/..%2f..%2f..%2fmain%2fshell.mjs',
      'app://blo/..%5c..%5cwindows%5cwin.ini',
      'app://blo/assets%5cindex.js',
      'app://blo/%00index.html',
      'app://blo/%E0%A4%A',
    ])
      expect(resolveAppFile(url, RENDERER), url).toBeNull();
  });

  it('refuses the renderer folder itself and its parent', () => {
    expect(resolveAppFile('app://blo/..', RENDERER)).toBeNull();
    expect(resolveAppFile('app://blo/assets/../..', RENDERER)).toBeNull();
  });

  it.each(FOREIGN)('serves nothing for %s', (url) => expect(resolveAppFile(url, RENDERER)).toBeNull());
});
