/**
 * Request body limits for the test host: small by default, larger only for the channels that carry files
 * (attachments, imports), and only a few large bodies held at once — so no client can make the host buffer
 * gigabytes. The renderer's bridge sends `{"channel":"…","input":…}`, so the channel is known from the
 * first bytes, before the body is buffered.
 */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;
export const LARGE_BODY_LIMIT = 40 * 1024 * 1024;
export const LARGE_CHANNELS: ReadonlySet<string> = new Set(['repatriations.addAttachment', 'repatriations.importPreview']);
export const MAX_CONCURRENT_LARGE_BODIES = 2;

/** The channel named at the start of a body, if it is there in the bridge's form. */
export function channelFromPrefix(prefix: string): string | null {
  return /^\s*\{\s*"channel"\s*:\s*"([A-Za-z0-9.]{1,64})"/.exec(prefix)?.[1] ?? null;
}

export const bodyLimitFor = (channel: string | null) => (channel && LARGE_CHANNELS.has(channel) ? LARGE_BODY_LIMIT : DEFAULT_BODY_LIMIT);

/** Counts large bodies being read; `acquire` says no when the limit is reached. */
export function largeBodySlots(max = MAX_CONCURRENT_LARGE_BODIES) {
  let inUse = 0;
  return {
    acquire: () => (inUse < max ? (inUse++, true) : false),
    release: () => void (inUse = Math.max(0, inUse - 1)),
    get inUse() {
      return inUse;
    },
  };
}
