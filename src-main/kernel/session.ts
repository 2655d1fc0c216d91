import type { Role } from '../../src-shared/contract/index.js';

/** The person signed in to this engine. One window, one person at a time. */
export interface Session {
  accountId: string;
  username: string;
  displayName: string;
  roles: readonly Role[];
  mustChangePassword: boolean;
}
