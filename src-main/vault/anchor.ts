/**
 * Audit anchors: the chain's head (sequence number and a short hash) given out on paper or in a file —
 * a backup's name, a printed periodic report, an exported bundle. A vault rolled back as a whole (database
 * and keyring together) cannot show an entry with that hash at that sequence, so an anchor typed back in
 * from paper exposes it. Pure functions; the vault records where each anchor went.
 */
export interface AuditAnchor {
  sequence: number;
  /** The first 16 hex digits of the entry's hash, upper case: 64 bits, short enough to copy by hand. */
  shortHash: string;
}

const SHORT_HASH_DIGITS = 16;

export const anchorOf = (head: { seq: number; hash: string }): AuditAnchor => ({
  sequence: head.seq,
  shortHash: head.hash.slice(0, SHORT_HASH_DIGITS).toUpperCase(),
});

/** "1234-9F3A-7C21-04BE-11AA": the sequence, then the short hash in groups of four, easy to read aloud. */
export const formatAnchor = (anchor: AuditAnchor) => [anchor.sequence, ...anchor.shortHash.match(/.{4}/g)!].join('-');

/** Reads an anchor as typed from paper: spaces, dashes, dots and case are forgiven; anything else is null. */
export function parseAnchor(typed: string): AuditAnchor | null {
  // The short hash has a fixed length, so the split between sequence and hash is unambiguous without separators.
  const match = /^#?(\d{1,9})([0-9A-F]{16})$/.exec(typed.toUpperCase().replace(/[\s\-–:·.]/g, ''));
  if (!match || Number(match[1]) < 1) return null;
  return { sequence: Number(match[1]), shortHash: match[2] };
}

export type AnchorCheck = 'contained' | 'different' | 'beyond_end';

/** Does the chain contain this anchor? `hashAt` gives the full hash of the entry at a sequence number, if any. */
export function checkAnchor(anchor: AuditAnchor, hashAt: (seq: number) => string | undefined): AnchorCheck {
  const hash = hashAt(anchor.sequence);
  if (hash === undefined) return 'beyond_end';
  return anchorOf({ seq: anchor.sequence, hash }).shortHash === anchor.shortHash ? 'contained' : 'different';
}
