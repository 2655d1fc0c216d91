/**
 * Unsaved form drafts, kept in memory only (never sessionStorage/localStorage: victims' data must not reach
 * the disk outside the vault). A draft survives leaving the page and coming back; it is dropped when saved or
 * when the person discards it.
 *
 * While the vault is locked (or someone else is signed in) a person's drafts are sealed with AES-GCM under a
 * key made for this window that cannot be exported, so another person never sees them; they come back,
 * with the page the person was on, when that person signs in again. Closing the window ends them.
 */
type Entries = [string, unknown][];

const drafts = new Map<string, unknown>();
let owner: string | null = null;
const sealed = new Map<string, { iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer; route: string }>();
const makeKey = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
let sealingKey: ReturnType<typeof makeKey> | null = null;
/** Seal and open run one after the other: an unlock never reads a half-sealed store. */
let queue: Promise<unknown> = Promise.resolve();

const key = () => (sealingKey ??= makeKey());
const enqueue = <T>(step: () => Promise<T>): Promise<T> => {
  const next = queue.then(step, step);
  queue = next.catch(() => undefined);
  return next;
};

/** The signed-in person's drafts. Another person's are never visible here. */
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

/** Whether the signed-in person has unsaved work (said on the lock screen before anyone else unlocks). */
export const hasDrafts = () => drafts.size > 0;

/** At a lock or sign-out: the drafts are sealed and cleared from readable memory. `route` is where the person was. */
export function sealDrafts(route: string): Promise<void> {
  return enqueue(async () => {
    if (!owner || drafts.size === 0) return;
    const who = owner;
    const plain = new TextEncoder().encode(JSON.stringify([...drafts] satisfies Entries));
    drafts.clear();
    owner = null;
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await key(), plain);
    plain.fill(0);
    sealed.set(who, { iv, data, route });
  });
}

/**
 * At a sign-in or unlock: the person's own sealed drafts are opened again. Returns the route they were on
 * when their drafts were sealed, or null when they had none.
 */
export function openDrafts(username: string): Promise<string | null> {
  return enqueue(async () => {
    const held = sealed.get(username);
    draftsFor(username);
    if (!held) return null;
    sealed.delete(username);
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: held.iv }, await key(), held.data);
    for (const [name, value] of JSON.parse(new TextDecoder().decode(plain)) as Entries) drafts.set(name, value);
    return held.route;
  });
}

/** For tests: what an onlooker of this module's memory could read of the sealed drafts. */
export const sealedForTest = () => [...sealed.entries()].map(([who, held]) => ({ who, bytes: new Uint8Array(held.data), route: held.route }));
