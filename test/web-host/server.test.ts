import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_BODY_LIMIT, LARGE_BODY_LIMIT } from '../../src-main/web-host/body-limits.js';
import { startWebHost } from '../../src-main/web-host/server.js';
import { startTestEngine, tempDataDir } from '../support/engine.js';

/** Whether a TCP connection to address:port is accepted. */
const connects = (address: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: address, port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

describe('loopback test host over real HTTP', () => {
  const data = tempDataDir();
  const rendererDir = join(data.dir, 'renderer');
  let engine: ReturnType<typeof startTestEngine>;
  let host: Awaited<ReturnType<typeof startWebHost>>;

  beforeAll(async () => {
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<html><head><title>t</title></head><body></body></html>');
    engine = startTestEngine(join(data.dir, 'vault'));
    host = await startWebHost({ engine, rendererDir });
  });
  afterAll(async () => {
    await host.close();
    await engine.stop();
    data.cleanup();
  });

  const call = (headers: Record<string, string>, body = { channel: 'system.info', input: {} }) =>
    fetch(`${host.origin}/api/invoke`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('listens on 127.0.0.1 only: the bound socket, and no other interface answers', async () => {
    expect(host.address()).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
    const { port } = host.address();
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((nic) => nic && !nic.address.startsWith('127.'))
      .map((nic) => nic!.address);
    for (const address of ['::1', ...others]) expect(await connects(address, port), address).toBe(false);
    expect(await connects('127.0.0.1', port)).toBe(true);
  });

  it('hands the token to the page inside the document, with the CSP header', async () => {
    const response = await fetch(host.url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(`<meta name="blo-token" content="${host.token}">`);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('answers a channel with the right token and Origin', async () => {
    const response = await call({ origin: host.origin, 'x-blo-token': host.token });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, value: { appVersion: 'test' } });
  });

  it('answers 403 without the token', async () => {
    expect((await call({ origin: host.origin })).status).toBe(403);
  });

  it('answers 403 to a foreign Origin even with the token', async () => {
    expect((await call({ origin: 'http://evil.example', 'x-blo-token': host.token })).status).toBe(403);
  });

  const post = (body: string | Uint8Array) => fetch(`${host.origin}/api/invoke`, { method: 'POST', headers: { origin: host.origin, 'x-blo-token': host.token }, body });

  it('answers 400 with a typed error to malformed requests, never a 500', async () => {
    for (const body of ['{not json', 'null', '[]', '{"input":{}}', '{"channel":7}']) {
      const response = await post(body);
      expect(response.status, body).toBe(400);
      expect(await response.json(), body).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    const badEscape = await fetch(`${host.origin}/%E0%A4%A`);
    expect(badEscape.status).toBe(400);
    expect((await call({ origin: host.origin, 'x-blo-token': host.token })).status).toBe(200); // still up
  });

  it('limits bodies per channel: small by default, larger only for file channels', async () => {
    const padded = (channel: string, bytes: number) => JSON.stringify({ channel, input: { pad: 'x'.repeat(bytes) } });
    expect((await post(padded('system.info', 2 * DEFAULT_BODY_LIMIT))).status).toBe(413);
    const file = await post(padded('repatriations.importPreview', 2 * DEFAULT_BODY_LIMIT));
    expect(file.status).toBe(200);
    expect(await file.json()).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    expect((await post(padded('repatriations.importPreview', LARGE_BODY_LIMIT + 1024))).status).toBe(413);
  });

  it('holds at most two large bodies at once', async () => {
    const { port } = host.address();
    const open = () => {
      const request = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/invoke',
        headers: { host: `127.0.0.1:${port}`, origin: host.origin, 'x-blo-token': host.token },
      });
      const status = new Promise<number>((resolve) => request.on('response', (response) => (response.resume(), resolve(response.statusCode!))));
      request.on('error', () => {});
      request.write(`{"channel":"repatriations.addAttachment","input":{"pad":"${'x'.repeat(200)}`);
      return { request, status };
    };
    const first = open();
    const second = open();
    await vi.waitFor(() => expect(host.largeBodiesInUse()).toBe(2)); // the host has read both prefixes
    const third = open();
    expect(await third.status).toBe(503);
    for (const { request } of [first, second]) request.end('"}}');
    expect(await Promise.all([first.status, second.status])).toEqual([200, 200]);
  });

  it('does not serve files outside the renderer folder', async () => {
    const response = await fetch(`${host.origin}/..%2f..%2fetc%2fpasswd`);
    expect(response.status).toBe(404);
  });
});
