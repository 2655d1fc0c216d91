import { timingSafeEqual } from 'node:crypto';

/** What the guard looks at in a request to the loopback test host. */
export interface HostRequest {
  method: string;
  path: string;
  host: string | undefined;
  origin: string | undefined;
  token: string | undefined;
}

export type GuardVerdict = { allow: true } | { allow: false; status: 403 | 404 | 405; reason: string };

const tokensEqual = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/**
 * Decides whether the loopback host serves a request. Pure, so each rule has a test.
 * - Host must be exactly our 127.0.0.1:port (defeats DNS rebinding).
 * - Channel requests (POST /api/…) need our Origin and the per-run secret token.
 */
export function guardRequest(request: HostRequest, expected: { origin: string; token: string }): GuardVerdict {
  const expectedHost = new URL(expected.origin).host;
  if (request.host !== expectedHost) return { allow: false, status: 403, reason: 'host' };
  if (!request.path.startsWith('/api/')) {
    return request.method === 'GET' || request.method === 'HEAD' ? { allow: true } : { allow: false, status: 405, reason: 'method' };
  }
  if (request.method !== 'POST') return { allow: false, status: 405, reason: 'method' };
  if (request.origin !== expected.origin) return { allow: false, status: 403, reason: 'origin' };
  if (!request.token || !tokensEqual(request.token, expected.token)) return { allow: false, status: 403, reason: 'token' };
  return { allow: true };
}
