import { describe, expect, it } from 'vitest';
import { ELECTRON_CSP } from '../../src-main/shell/app-protocol.js';
import { contentSecurityPolicy } from '../../src-main/shell/csp.js';

/** "a b; c d" → { a: ['b'], c: ['d'] } */
function parse(policy: string): Record<string, string[]> {
  const directives: Record<string, string[]> = {};
  for (const part of policy
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [name, ...values] = part.split(/\s+/);
    expect(directives, `directive ${name} appears twice`).not.toHaveProperty(name);
    directives[name] = values;
  }
  return directives;
}

describe('contentSecurityPolicy', () => {
  const electron = parse(contentSecurityPolicy({ connectSelf: false }));
  const host = parse(contentSecurityPolicy({ connectSelf: true }));

  it('denies everything by default', () => {
    expect(electron['default-src']).toEqual(["'none'"]);
  });

  it('runs only our own scripts: no inline script, no eval, no remote origin', () => {
    expect(electron['script-src']).toEqual(["'self'"]);
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", '*', 'data:', 'blob:'])
      expect(electron['script-src']).not.toContain(bad);
    expect(electron).not.toHaveProperty('script-src-elem');
    expect(electron).not.toHaveProperty('script-src-attr');
  });

  it('has no fetch/XHR/WebSocket at all in Electron (IPC only); the test host may fetch its own origin', () => {
    expect(electron['connect-src']).toEqual(["'none'"]);
    expect(host['connect-src']).toEqual(["'self'"]);
  });

  it('names no remote origin, http(s) or ws(s) scheme, or wildcard in any directive', () => {
    for (const policy of [electron, host])
      for (const [name, values] of Object.entries(policy))
        for (const value of values) {
          expect(value, `${name} ${value}`).not.toMatch(/^(https?|wss?|ftp|file):/i);
          expect(value, `${name} ${value}`).not.toContain('*');
          expect(value, `${name} ${value}`).not.toMatch(/^[a-z0-9-]+\.[a-z]/i); // a host name
        }
  });

  it('loads styles, images, fonts only from the app (inline styles for the UI kit; images may be data:/blob:)', () => {
    expect(electron['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(electron['img-src']).toEqual(["'self'", 'data:', 'blob:']);
    expect(electron['font-src']).toEqual(["'self'"]);
  });

  it('allows frames only for blob: previews made by the page, and cannot itself be framed', () => {
    expect(electron['frame-src']).toEqual(['blob:']);
    expect(electron['frame-ancestors']).toEqual(["'none'"]);
  });

  it('blocks plugins, <base> rewriting and form posts; workers only from the app', () => {
    expect(electron['object-src']).toEqual(["'none'"]);
    expect(electron['base-uri']).toEqual(["'none'"]);
    expect(electron['form-action']).toEqual(["'none'"]);
    expect(electron['worker-src']).toEqual(["'self'", 'blob:']);
  });

  it('the Electron shell sends the no-connect variant', () => {
    expect(ELECTRON_CSP).toBe(contentSecurityPolicy({ connectSelf: false }));
  });
});
