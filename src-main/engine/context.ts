import type { EngineEventName, EngineEvents } from '../../src-shared/contract/index.js';
import type { OpenVault, Actor } from '../vault/open-vault.js';
import { VaultService } from '../vault/vault-service.js';
import type { Session } from '../kernel/session.js';
import type { LinkTarget } from '../records/links.js';
import type { OpenVictimCase } from '../records/victim-cases.js';
import type { PersonRecordSource } from '../people/history.js';

export interface EngineOptions {
  dataDir: string;
  appVersion: string;
  /** Push an event to the UI (worker → shell/host → renderer). */
  emit: <E extends EngineEventName>(name: E, payload: EngineEvents[E]) => void;
  now?: () => Date;
  nativeBinding?: string;
  /** Test hosts shorten the idle lock. */
  idleLockSecondsOverride?: number;
  /** The office's time zone for local-day filters (default: this machine's). */
  timeZone?: string;
}

export interface EngineHooks {
  /** Fills a new vault with reference data and seeds other capabilities need. */
  seed: (vault: OpenVault, actor: Actor) => Promise<void>;
  /** The printable recovery sheet for a recovery key, as base64 PDF. */
  recoverySheet: (recoveryKey: string, ctx: EngineContext) => Promise<string>;
  /** Record kinds other records may link to (a meeting names the cases it discussed). */
  linkTargets: readonly LinkTarget[];
  /** Where each record kind keeps the people it names (a person's history across records). */
  personRecords: readonly PersonRecordSource[];
  /** Opens or extends a victim case from another record (an interception's possible victims). */
  victimCases: OpenVictimCase;
}

/** State the engine's handlers share. Capabilities reach their services from here. */
export class EngineContext {
  readonly dataDir: string;
  readonly appVersion: string;
  readonly startedAt: Date;
  readonly emit: EngineOptions['emit'];
  readonly now: () => Date;
  readonly vault: VaultService;
  readonly nativeBinding?: string;
  readonly timeZone?: string;
  readonly linkTargets: readonly LinkTarget[];
  readonly personRecords: readonly PersonRecordSource[];
  readonly victimCases: OpenVictimCase;

  constructor(
    options: EngineOptions,
    private readonly hooks: EngineHooks,
  ) {
    this.dataDir = options.dataDir;
    this.appVersion = options.appVersion;
    this.emit = options.emit;
    this.now = options.now ?? (() => new Date());
    this.startedAt = this.now();
    this.nativeBinding = options.nativeBinding;
    this.timeZone = options.timeZone;
    this.linkTargets = hooks.linkTargets;
    this.personRecords = hooks.personRecords;
    this.victimCases = hooks.victimCases;
    this.vault = new VaultService({
      dataDir: options.dataDir,
      now: this.now,
      nativeBinding: options.nativeBinding,
      idleLockSecondsOverride: options.idleLockSecondsOverride,
      seed: hooks.seed,
      onLocked: (reason) => this.emit('vault.locked', { reason }),
      enqueue: (work) => void this.serially(work),
    });
  }

  private queue: Promise<unknown> = Promise.resolve();

  /**
   * Every call, power event and timer runs one at a time, in arrival order: the database is synchronous
   * anyway, and a sign-in, a lock and a save can never interleave half-way.
   */
  serially<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work);
    this.queue = result.catch(() => {});
    return result;
  }

  get session(): Session | null {
    return this.vault.currentSession();
  }

  recoverySheet(recoveryKey: string) {
    return this.hooks.recoverySheet(recoveryKey, this);
  }
}
