/**
 * Unsaved form drafts, kept in memory only (never sessionStorage/localStorage: victims' data must not reach
 * the disk outside the vault). A draft survives leaving the page and coming back; it is dropped when saved,
 * when the person discards it, or when another person signs in.
 */
const drafts = new Map<string, unknown>();
let owner: string | null = null;

/** Drafts belong to one signed-in person; another person never sees them. */
export function draftsFor(username: string) {
  if (owner !== username) {
    drafts.clear();
    owner = username;
  }
  return {
    get: <T>(key: string): T | undefined => drafts.get(key) as T | undefined,
    set: (key: string, value: unknown) => void drafts.set(key, value),
    drop: (key: string) => void drafts.delete(key),
  };
}
