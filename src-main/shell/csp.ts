/**
 * The Content-Security-Policy for the renderer. Pure, so tests assert on every directive.
 * No remote origin, no inline script, no eval. Inline *styles* are allowed because the UI kit (antd)
 * injects its CSS at run time; styles cannot run code.
 */
export function contentSecurityPolicy(options: { connectSelf: boolean }): string {
  const directives: Record<string, string> = {
    'default-src': "'none'",
    'script-src': "'self'",
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data: blob:",
    'font-src': "'self'",
    // The loopback test host carries channels over fetch to its own origin; Electron uses IPC only.
    'connect-src': options.connectSelf ? "'self'" : "'none'",
    // PDF previews are shown from blob: URLs made in the page.
    'frame-src': 'blob:',
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'none'",
    'frame-ancestors': "'none'",
    'worker-src': "'self' blob:",
  };
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}
