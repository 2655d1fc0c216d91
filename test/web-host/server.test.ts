import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost } from '../../src-main/web-host/server.js';
import { startTestEngine, tempDataDir } from '../support/engine.js';

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

  it('listens on 127.0.0.1 only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
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

  it('turns malformed bodies into typed errors, never a crash', async () => {
    const response = await fetch(`${host.origin}/api/invoke`, {
      method: 'POST',
      headers: { origin: host.origin, 'x-blo-token': host.token },
      body: '{not json',
    });
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('does not serve files outside the renderer folder', async () => {
    const response = await fetch(`${host.origin}/..%2f..%2fetc%2fpasswd`);
    expect(response.status).toBe(404);
  });
});
