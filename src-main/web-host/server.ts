import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { EngineClient } from '../engine/engine-client.js';
import { contentSecurityPolicy } from '../shell/csp.js';
import { bodyLimitFor, channelFromPrefix, DEFAULT_BODY_LIMIT, largeBodySlots } from './body-limits.js';
import { guardRequest } from './request-guard.js';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};

/** A request the host refuses with a status and a typed error body (never a 500). */
class RefusedRequest extends Error {
  constructor(
    readonly status: number,
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }
}

export interface WebHostOptions {
  engine: EngineClient;
  /** The built renderer (build/renderer). */
  rendererDir: string;
  port?: number;
}

/**
 * The loopback test host: serves the built renderer and carries the same channels as Electron IPC over HTTP.
 * Never packaged. 127.0.0.1 only, a fresh secret token per run, Host and Origin checked.
 */
export async function startWebHost(options: WebHostOptions) {
  const token = randomBytes(32).toString('hex');
  const csp = contentSecurityPolicy({ connectSelf: true });
  let origin = '';
  const eventStreams = new Set<ServerResponse>();
  const unsubscribe = options.engine.on((name, payload) => {
    const line = `${JSON.stringify({ name, payload })}\n`;
    for (const stream of eventStreams) stream.write(line);
  });

  const large = largeBodySlots();
  const server = createServer((request, response) => {
    void handle(request, response).catch((error) => {
      if (error instanceof RefusedRequest) return refuse(response, error);
      console.error('[web-host]', error);
      if (!response.headersSent) response.writeHead(500).end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', origin).pathname);
    } catch {
      throw new RefusedRequest(400, 'Địa chỉ yêu cầu không hợp lệ.', 'Malformed request path.');
    }
    const verdict = guardRequest(
      {
        method: request.method ?? '',
        path,
        host: request.headers.host,
        origin: request.headers.origin,
        token: request.headers['x-blo-token'] as string | undefined,
      },
      { origin, token },
    );
    if (!verdict.allow) {
      response.writeHead(verdict.status, { 'content-type': 'text/plain' }).end(`${verdict.status}`);
      return;
    }
    if (path === '/api/invoke') return invoke(request, response);
    if (path === '/api/events') return events(response);
    if (path.startsWith('/api/')) return void response.writeHead(404).end();
    return serveStatic(path, response);
  }

  async function invoke(request: IncomingMessage, response: ServerResponse) {
    const body = await readBody(request, large);
    let message: unknown;
    try {
      message = JSON.parse(body);
    } catch {
      throw new RefusedRequest(400, 'Yêu cầu không phải JSON hợp lệ.', 'The request body is not valid JSON.');
    }
    if (typeof message !== 'object' || message === null || typeof (message as { channel?: unknown }).channel !== 'string')
      throw new RefusedRequest(400, 'Yêu cầu thiếu tên kênh.', 'The request names no channel.');
    const { channel, input } = message as { channel: string; input?: unknown };
    const result = await options.engine.invoke(channel, input);
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(result));
  }

  function events(response: ServerResponse) {
    response.writeHead(200, { 'content-type': 'application/x-ndjson', 'cache-control': 'no-store' });
    response.write('\n');
    eventStreams.add(response);
    response.on('close', () => eventStreams.delete(response));
  }

  async function serveStatic(path: string, response: ServerResponse) {
    const relative = normalize(path === '/' ? '/index.html' : path).replace(/^[/\\]+/, '');
    const file = join(options.rendererDir, relative);
    if (!file.startsWith(options.rendererDir + sep)) return void response.writeHead(404).end();
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      return void response.writeHead(404).end();
    }
    const headers = {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    };
    if (relative === 'index.html') {
      // The token reaches the page inside the document, never in a URL that could be logged.
      const html = content.toString('utf8').replace('</head>', `<meta name="blo-token" content="${token}"></head>`);
      return void response.writeHead(200, headers).end(html);
    }
    response.writeHead(200, headers).end(content);
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: `${origin}/`,
    origin,
    token,
    /** The socket's real bound address (tests check it is loopback only). */
    address: () => server.address() as AddressInfo,
    /** Large bodies being read right now. */
    largeBodiesInUse: () => large.inUse,
    async close() {
      unsubscribe();
      for (const stream of eventStreams) stream.end();
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections(); // keep-alive and open event streams would otherwise hold the port
      await closed;
    },
  };
}

/** Enough of the body to read the channel name from. */
const PREFIX_BYTES = 100;

function refuse(response: ServerResponse, refusal: RefusedRequest) {
  if (response.headersSent) return void response.end();
  const error = { code: 'invalid_input', message: { vi: refusal.vi, en: refusal.en } };
  response.writeHead(refusal.status, { 'content-type': 'application/json', connection: 'close' }).end(JSON.stringify({ ok: false, error }));
}

/** Reads a body within its channel's limit; a large body needs one of the few large slots while it is read. */
function readBody(request: IncomingMessage, large: ReturnType<typeof largeBodySlots>): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let limit: number | null = null;
    let holdsSlot = false;
    const release = () => {
      if (holdsSlot) large.release();
      holdsSlot = false;
    };
    const fail = (error: RefusedRequest) => {
      release();
      request.removeAllListeners('data');
      request.resume(); // drain without keeping it
      reject(error);
    };
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      chunks.push(chunk);
      if (limit === null && size >= PREFIX_BYTES) {
        limit = bodyLimitFor(channelFromPrefix(Buffer.concat(chunks).subarray(0, PREFIX_BYTES).toString('utf8')));
        if (limit > DEFAULT_BODY_LIMIT) {
          if (!large.acquire()) return fail(new RefusedRequest(503, 'Đang nhận quá nhiều tệp lớn; hãy thử lại.', 'Too many large uploads at once; try again.'));
          holdsSlot = true;
        }
      }
      if (size > (limit ?? DEFAULT_BODY_LIMIT)) fail(new RefusedRequest(413, 'Dữ liệu gửi lên quá lớn.', 'The request body is too large.'));
    });
    request.on('end', () => {
      release();
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', (error) => {
      release();
      reject(error);
    });
  });
}
