import type { CustomScheme } from 'electron';
import { extname } from 'node:path';
import { APP_SCHEME } from './app-origin.js';
import { contentSecurityPolicy } from './csp.js';

/**
 * How app:// is registered (before `ready`). standard + secure give it a real origin, relative URLs and a secure
 * context; fetch/CORS support lets Vite's `<script type="module" crossorigin>` load from it. It never bypasses the
 * CSP, registers no service worker and streams nothing.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    corsEnabled: true,
    codeCache: true,
    bypassCSP: false,
    allowServiceWorkers: false,
    stream: false,
  },
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export function mimeType(file: string): string {
  return MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The Electron renderer's CSP: no remote origin, no inline script, no eval, and no fetch at all (IPC only). */
export const ELECTRON_CSP = contentSecurityPolicy({ connectSelf: false });

/**
 * Headers of every app:// response, errors included: the CSP travels as a real header (a <meta> tag could be
 * dropped or come too late), MIME sniffing is off, nothing is cached on disk, no referrer leaves the page.
 */
export function appResponseHeaders(file: string | null): Record<string, string> {
  return {
    'content-type': file ? mimeType(file) : 'text/plain; charset=utf-8',
    'content-security-policy': ELECTRON_CSP,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  };
}

/** The renderer only ever reads files: anything but GET/HEAD gets 405. */
export const isAllowedMethod = (method: string): boolean => method === 'GET' || method === 'HEAD';
