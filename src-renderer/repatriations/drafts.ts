/** Drafts are the session's (sealed while someone else is signed in): see session/drafts.ts. */
export { draftsFor } from '../session/drafts.js';
