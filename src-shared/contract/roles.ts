/** Roles of the people who use an office's vault. Permissions are a table in `permissions.ts`. */
export const ROLES = ['administrator', 'commander', 'liaison', 'officer', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** Who may call a channel: nobody signed in needed, anyone signed in, or the listed roles. */
export type Access = 'public' | 'signed-in' | readonly Role[];
