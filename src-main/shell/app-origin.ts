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
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** In-window navigation is never allowed: the app is one page with hash routes. */
export const allowNavigation = (_url: string): boolean => false;

/** IPC is answered only for frames showing our own origin (checks `event.senderFrame.url`). */
export const isTrustedSender = (frameUrl: string | undefined | null): boolean => isAppUrl(frameUrl);

/** Maps app://blo/<path> to a file in the renderer folder; null for anything outside it. */
export function resolveAppFile(url: string, rendererDir: string): string | null {
  if (!isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  const file = normalize(join(rendererDir, pathname === '/' ? 'index.html' : pathname));
  const inside = relative(rendererDir, file);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? file : null;
}
