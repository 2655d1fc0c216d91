import { describe, expect, it } from 'vitest';
import { APP_SCHEME } from '../../src-main/shell/app-origin.js';
import { APP_SCHEME_PRIVILEGES, appResponseHeaders, ELECTRON_CSP, isAllowedMethod, mimeType } from '../../src-main/shell/app-protocol.js';

describe('app:// scheme registration', () => {
  const privileges = APP_SCHEME_PRIVILEGES.privileges!;

  it('registers app as a standard, secure scheme (a real origin and a secure context, unlike file://)', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe(APP_SCHEME);
    expect(privileges.standard).toBe(true);
    expect(privileges.secure).toBe(true);
  });

  it('never bypasses the CSP, registers no service worker, streams nothing', () => {
    expect(privileges.bypassCSP).toBe(false);
    expect(privileges.allowServiceWorkers).toBe(false);
    expect(privileges.stream).toBe(false);
  });
});

describe('app:// responses', () => {
  it('carry the strict CSP header on every response, errors included', () => {
    for (const file of ['/r/index.html', '/r/assets/a.js', '/r/assets/a.css', '/r/fonts/x.ttf', null]) {
      const headers = appResponseHeaders(file);
      expect(headers['content-security-policy']).toBe(ELECTRON_CSP);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['cache-control']).toBe('no-store');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(headers['cross-origin-resource-policy']).toBe('same-origin');
      expect(headers).not.toHaveProperty('access-control-allow-origin');
    }
  });

  it('use the right MIME types (module scripts are refused without a JavaScript type)', () => {
    expect(mimeType('/r/index.html')).toMatch(/^text\/html/);
    expect(mimeType('/r/assets/index-abc.js')).toMatch(/^text\/javascript/);
    expect(mimeType('/r/assets/worker.MJS')).toMatch(/^text\/javascript/);
    expect(mimeType('/r/assets/index.css')).toMatch(/^text\/css/);
    expect(mimeType('/r/fonts/NotoSansKhmer-Regular.ttf')).toBe('font/ttf');
    expect(mimeType('/r/logo.svg')).toBe('image/svg+xml');
    expect(mimeType('/r/unknown.bin')).toBe('application/octet-stream');
    expect(appResponseHeaders(null)['content-type']).toMatch(/^text\/plain/);
  });

  it('answer only reads', () => {
    expect(isAllowedMethod('GET')).toBe(true);
    expect(isAllowedMethod('HEAD')).toBe(true);
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'get']) expect(isAllowedMethod(method), method).toBe(false);
  });
});
