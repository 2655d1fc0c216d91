import { isAbsolute, join, normalize, relative } from 'node:path';

/** The renderer is served from app://blo/ — a privileged custom scheme, never file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'blo';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** True only for URLs inside our own app:// origin. */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

/** blob: URLs made by our own page (e.g. a PDF preview) look like blob:app://blo/<uuid>. */
export function isAppBlobUrl(url: string | undefined | null): boolean {
  return typeof url === 'string' && url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length));
}

/** In-window navigation of the main frame is never allowed: the app is one page with hash routes. */
export const allowNavigation = (_url: string): boolean => false;

/**
 * `will-frame-navigate`: the main frame never navigates; a sub-frame may only show a blob: made by our page
 * (PDF previews, CSP `frame-src blob:`). Remote pages, file:// and other app hosts are refused.
 */
export function allowFrameNavigation(navigation: { url: string; isMainFrame: boolean }): boolean {
  return !navigation.isMainFrame && isAppBlobUrl(navigation.url);
}

/** The part of Electron's WebFrameMain the sender check needs (kept structural so tests use plain objects). */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/**
 * IPC is answered only for the top frame of a page from our own origin (`event.senderFrame`).
 * A sub-frame — even a blob: preview made by our page — gets nothing.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return !!frame && frame.parent == null && isAppUrl(frame.url);
}

/**
 * The network guard (session.webRequest): the app is offline, so only our own origin, our own blobs,
 * inline data and Chromium's own DevTools may be requested. http(s), ws(s), ftp and file:// are refused.
 */
export function allowRequest(url: string): boolean {
  if (isAppUrl(url) || isAppBlobUrl(url)) return true;
  try {
    const { protocol } = new URL(url);
    return protocol === 'data:' || protocol === 'devtools:';
  } catch {
    return false;
  }
}

/** Maps app://blo/<path> to a file in the renderer folder; null for anything outside it. */
export function resolveAppFile(url: string, rendererDir: string): string | null {
  if (!isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  // A decoded NUL or backslash has no business in a renderer path (backslash is a separator on Windows).
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const root = normalize(rendererDir);
  const file = normalize(join(root, pathname === '/' ? 'index.html' : pathname));
  const inside = relative(root, file);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? file : null;
}
