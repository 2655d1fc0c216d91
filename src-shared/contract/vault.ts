import { z } from 'zod';
import { channel } from './channel.js';
import { PASSWORD_MAX_LENGTH } from './password-policy.js';
import { ROLES, type Role } from './roles.js';
import type { VaultState } from './system.js';
import { bi } from './validation.js';

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1, bi('Không được để trống.', 'Must not be empty.')).max(max);
const password = z.string().min(1, bi('Hãy nhập mật khẩu.', 'Enter the password.')).max(PASSWORD_MAX_LENGTH);
export const usernameSchema = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9._-]{3,32}$/,
    bi('Tên đăng nhập gồm 3–32 chữ cái không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang.', 'User name: 3–32 letters (no accents), digits, dot, underscore or hyphen.'),
  );

export const officeProfileSchema = z
  .object({
    nameVi: required(200),
    nameKm: required(200),
    nameEn: required(200),
    /** Short code used in document numbers: "Số: 12/BB-<code>". */
    code: z
      .string()
      .trim()
      .regex(
        /^[A-ZĐ0-9-]{2,16}$/,
        bi('Mã đơn vị gồm 2–16 chữ in hoa, số hoặc gạch ngang (ví dụ VPLL-HT).', 'Office code: 2–16 capital letters, digits or hyphens (e.g. VPLL-HT).'),
      ),
    provinceCode: required(64),
    /** Place name used in the date line: "Hà Tiên, ngày …". */
    placeVi: required(100),
    placeKm: required(100),
    issuingBodyVi: z.array(required(120)).min(1).max(3),
    issuingBodyKm: z.array(required(120)).max(3),
    gateCodes: z.array(required(64)).max(20),
  })
  .strict();
export type OfficeProfile = z.output<typeof officeProfileSchema>;

const accountFields = {
  displayName: required(120),
  rank: text(60).default(''),
  position: text(120).default(''),
};

export const setupSchema = z
  .object({
    office: officeProfileSchema,
    admin: z.object({ username: usernameSchema, ...accountFields, password }).strict(),
  })
  .strict();

export const roleSchema = z.enum(ROLES);

export interface SessionInfo {
  accountId: string;
  username: string;
  displayName: string;
  roles: Role[];
  mustChangePassword: boolean;
}

export interface VaultStatus {
  state: VaultState;
  officeLabel: string | null;
  session: SessionInfo | null;
  recoveryConfirmed: boolean;
  idleLockSeconds: number;
  backupOverdue: boolean;
}

export interface AccountSummary {
  id: string;
  username: string;
  displayName: string;
  rank: string;
  position: string;
  roles: Role[];
  disabled: boolean;
  mustChangePassword: boolean;
  lockedOut: boolean;
  failedAttempts: number;
  version: number;
  createdAt: string;
}

export interface VaultSettings {
  idleLockMinutes: number;
  maxFailedAttempts: number;
  backupReminderDays: number;
  backupFolder: string;
}
export const settingsSchema = z
  .object({
    idleLockMinutes: z.number().int().min(1).max(120),
    maxFailedAttempts: z.number().int().min(3).max(20),
    backupReminderDays: z.number().int().min(1).max(90),
    backupFolder: z.string().trim().max(1000),
  })
  .strict();

export interface AuditEntryView {
  seq: number;
  at: string;
  actor: string;
  accountId: string | null;
  action: string;
  recordType: string | null;
  recordId: string | null;
  detail: Record<string, unknown>;
}

export interface AuditVerdict {
  intact: boolean;
  entries: number;
  brokenAt?: number;
  reason?: string;
}

export interface BackupInfo {
  file: string;
  at: string;
  sizeBytes: number;
  sha256: string;
  verified: boolean;
  /** The audit anchor this backup carries (also in its file name), e.g. "1234-9F3A-7C21-04BE-11AA". */
  anchor: string | null;
}

/** Where the chain stands, and the last anchor given out (on a backup, a printed report, a bundle). */
export interface AuditAnchors {
  current: string | null;
  lastGiven: { anchor: string; at: string; where: string } | null;
}

/** An anchor typed in from paper against this chain: contained, a different entry there, or past the end (rolled back). */
export interface AnchorCheckResult {
  anchor: string;
  result: 'contained' | 'different' | 'beyond_end';
}

const ADMIN: Role[] = ['administrator'];
const AUDIT_READERS: Role[] = ['administrator', 'commander', 'auditor'];
const BACKUP_MAKERS: Role[] = ['administrator', 'commander'];
const recoveryKey = z.string().trim().min(1, bi('Hãy nhập khóa khôi phục.', 'Enter the recovery key.')).max(100);

export const vaultChannels = {
  'vault.status': channel<VaultStatus>()({ input: z.object({}).strict(), access: 'public' }),
  'vault.setup': channel<{ recoveryKey: string; recoverySheetPdf: string; session: SessionInfo }>()({
    input: setupSchema,
    access: 'public',
    mutates: true,
  }),
  'vault.confirmRecoveryKey': channel<{ confirmed: true }>()({
    input: z.object({ groups: z.record(z.string().regex(/^[0-7]$/), z.string().max(8)) }).strict(),
    access: ADMIN,
    mutates: true,
  }),
  'vault.rotateRecoveryKey': channel<{ recoveryKey: string; recoverySheetPdf: string }>()({
    input: z.object({ currentPassword: password }).strict(),
    access: ADMIN,
    mutates: true,
  }),
  'vault.signIn': channel<SessionInfo>()({
    input: z.object({ username: z.string().trim().min(1, bi('Hãy nhập tên đăng nhập.', 'Enter the user name.')).max(64), password }).strict(),
    access: 'public',
    mutates: true,
  }),
  'vault.recover': channel<SessionInfo>()({
    input: z.object({ recoveryKey, username: usernameSchema, newPassword: password }).strict(),
    access: 'public',
    mutates: true,
  }),
  'vault.lock': channel<{ locked: true }>()({ input: z.object({}).strict(), access: 'signed-in', mutates: true }),
  'vault.signOut': channel<{ locked: true }>()({ input: z.object({}).strict(), access: 'signed-in', mutates: true }),
  'vault.me': channel<SessionInfo>()({ input: z.object({}).strict(), access: 'signed-in' }),
  'vault.changeOwnPassword': channel<SessionInfo>()({
    input: z.object({ currentPassword: password, newPassword: password }).strict(),
    access: 'signed-in',
    mutates: true,
  }),

  'office.get': channel<OfficeProfile & { version: number }>()({ input: z.object({}).strict(), access: 'signed-in' }),
  'office.update': channel<OfficeProfile & { version: number }>()({
    input: z.object({ profile: officeProfileSchema, version: z.number().int().positive() }).strict(),
    access: ADMIN,
    mutates: true,
  }),

  'accounts.list': channel<AccountSummary[]>()({ input: z.object({}).strict(), access: ADMIN }),
  'accounts.create': channel<AccountSummary>()({
    input: z.object({ username: usernameSchema, ...accountFields, roles: z.array(roleSchema).min(1).max(ROLES.length), temporaryPassword: password }).strict(),
    access: ADMIN,
    mutates: true,
  }),
  'accounts.update': channel<AccountSummary>()({
    input: z
      .object({
        id: z.string().uuid(),
        version: z.number().int().positive(),
        ...accountFields,
        roles: z.array(roleSchema).min(1).max(ROLES.length),
        disabled: z.boolean(),
      })
      .strict(),
    access: ADMIN,
    mutates: true,
  }),
  'accounts.resetPassword': channel<AccountSummary>()({
    input: z.object({ id: z.string().uuid(), temporaryPassword: password }).strict(),
    access: ADMIN,
    mutates: true,
  }),

  'settings.get': channel<VaultSettings>()({ input: z.object({}).strict(), access: 'signed-in' }),
  'settings.update': channel<VaultSettings>()({ input: settingsSchema, access: ADMIN, mutates: true }),

  'audit.list': channel<{ entries: AuditEntryView[]; total: number }>()({
    input: z
      .object({
        accountId: z.string().max(64).optional(),
        action: z.string().max(64).optional(),
        /** Match `action` exactly instead of as a prefix ("auth." lists every sign-in event). */
        actionExact: z.boolean().default(false),
        recordType: z.string().max(64).optional(),
        recordId: z.string().max(64).optional(),
        from: z.iso.date().optional(),
        to: z.iso.date().optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    access: AUDIT_READERS,
  }),
  /** Verifying is itself audited (who checked the log, and what it found): it appends one entry. */
  'audit.verify': channel<AuditVerdict>()({ input: z.object({}).strict(), access: AUDIT_READERS, mutates: true }),
  'audit.anchors': channel<AuditAnchors>()({ input: z.object({}).strict(), access: AUDIT_READERS }),
  'audit.checkAnchor': channel<AnchorCheckResult>()({
    input: z.object({ anchor: z.string().trim().min(1, bi('Hãy nhập mốc kiểm tra.', 'Enter the anchor.')).max(64) }).strict(),
    access: AUDIT_READERS,
  }),
  /** The people who appear in the log, for the viewer's person filter (commanders and auditors cannot list accounts). */
  'audit.actors': channel<{ accountId: string; username: string; displayName: string }[]>()({ input: z.object({}).strict(), access: AUDIT_READERS }),

  'backup.create': channel<BackupInfo>()({ input: z.object({ folder: z.string().trim().max(1000).optional() }).strict(), access: BACKUP_MAKERS, mutates: true }),
  'backup.list': channel<BackupInfo[]>()({ input: z.object({}).strict(), access: BACKUP_MAKERS }),
  /** Public so a new PC can restore before any account exists; the handler demands an administrator when a vault is open. */
  'backup.restore': channel<{ restored: true; vaultId: string }>()({
    input: z
      .object({
        file: z.string().trim().min(1).max(1000),
        credentials: z.union([z.object({ username: z.string().trim().min(1).max(64), password }).strict(), z.object({ recoveryKey }).strict()]),
        replaceDifferentVault: z.boolean().default(false),
      })
      .strict(),
    access: 'public',
    mutates: true,
  }),
};
