/**
 * The review step of the one record lifecycle, shared by every record kind and by the UI (which shows what the
 * engine enforces): the author submits; a commander approves or returns the record with a comment; comments form
 * a thread; after approval every change is an amendment with a reason, and the record reads "changed since
 * approval" until a commander approves it again.
 */
export const REVIEW_STATES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const REVIEW_EVENT_KINDS = ['submit', 'approve', 'return', 'comment', 'amend'] as const;
export type ReviewEventKind = (typeof REVIEW_EVENT_KINDS)[number];

export interface ReviewEvent {
  kind: ReviewEventKind;
  at: string;
  /** Display name of the person who acted. */
  by: string;
  /** The comment (return, comment) or the reason (amend); empty for submit and approve. */
  text: string;
  /** Which fields an amendment changed (names, never values). */
  changed: string[];
}

export interface RecordReview {
  state: ReviewState;
  changedSinceApproval: boolean;
  /** Oldest first: submissions, decisions, comments and amendments. */
  events: ReviewEvent[];
}

export const DRAFT_REVIEW: RecordReview = { state: 'draft', changedSinceApproval: false, events: [] };

/** The author may (re)submit a record that is not waiting and not approved as it stands. */
export const canSubmit = (review: RecordReview) => review.state === 'draft' || review.state === 'returned' || (review.state === 'approved' && review.changedSinceApproval);

/** A commander decides on a record unless it is approved and unchanged since. */
export const canDecide = (review: RecordReview) => review.state !== 'approved' || review.changedSinceApproval;

/** The last return's comment while the record stays returned: what the author must act on. */
export const openReturn = (review: RecordReview): ReviewEvent | null =>
  review.state === 'returned' ? ([...review.events].reverse().find((event) => event.kind === 'return') ?? null) : null;

/** One word for where a record stands in review (status shown in words, never colour alone). */
export type ReviewStatus = 'not_submitted' | 'submitted' | 'returned' | 'approved' | 'changed_since_approval';
export function reviewStatus(review: RecordReview): ReviewStatus {
  if (review.state === 'approved') return review.changedSinceApproval ? 'changed_since_approval' : 'approved';
  if (review.state === 'draft') return 'not_submitted';
  return review.state;
}

export const COMMENT_MAX = 1000;
