import { describe, expect, it } from 'vitest';
import { guardRequest, type HostRequest } from '../../src-main/web-host/request-guard.js';

const expected = { origin: 'http://127.0.0.1:4567', token: 'a'.repeat(64) };
const channelCall: HostRequest = {
  method: 'POST',
  path: '/api/invoke',
  host: '127.0.0.1:4567',
  origin: 'http://127.0.0.1:4567',
  token: 'a'.repeat(64),
};

describe('loopback host request guard', () => {
  it('allows a channel call with our host, origin and token', () => {
    expect(guardRequest(channelCall, expected)).toEqual({ allow: true });
  });

  it('refuses a channel call without the token, or with a wrong or truncated one', () => {
    for (const token of [undefined, '', 'b'.repeat(64), 'a'.repeat(63)])
      expect(guardRequest({ ...channelCall, token }, expected)).toMatchObject({ allow: false, status: 403, reason: 'token' });
  });

  it('refuses a foreign or missing Origin', () => {
    for (const origin of [undefined, 'http://evil.example', 'http://127.0.0.1:9999', 'null', 'http://localhost:4567'])
      expect(guardRequest({ ...channelCall, origin }, expected)).toMatchObject({ allow: false, status: 403, reason: 'origin' });
  });

  it('refuses another Host header (DNS rebinding), for pages and channels alike', () => {
    for (const host of [undefined, 'evil.example', 'localhost:4567', '127.0.0.1:80']) {
      expect(guardRequest({ ...channelCall, host }, expected)).toMatchObject({ allow: false, status: 403, reason: 'host' });
      expect(guardRequest({ ...channelCall, method: 'GET', path: '/', host }, expected)).toMatchObject({ allow: false, status: 403 });
    }
  });

  it('serves static files by GET only and channels by POST only', () => {
    expect(guardRequest({ ...channelCall, method: 'GET', path: '/index.html', origin: undefined, token: undefined }, expected)).toEqual({ allow: true });
    expect(guardRequest({ ...channelCall, method: 'PUT', path: '/index.html' }, expected)).toMatchObject({ allow: false, status: 405 });
    expect(guardRequest({ ...channelCall, method: 'GET' }, expected)).toMatchObject({ allow: false, status: 405 });
  });
});
