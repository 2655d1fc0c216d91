import { rmSync } from 'node:fs';
import type { ChannelName, Contract, InputOf, OutputOf, Result } from '../../src-shared/contract/index.js';
import { createEngine, type Engine } from '../../src-main/engine/engine.js';
import { tempDataDir } from './engine.js';

export const OFFICE = {
  nameVi: 'Văn phòng liên lạc biên giới Hà Tiên',
  nameKm: 'ការិយាល័យទំនាក់ទំនងព្រំដែនហាទៀង',
  nameEn: 'Ha Tien Border Liaison Office',
  code: 'VPLL-HT',
  provinceCode: 'vn-an-giang-2025',
  placeVi: 'Hà Tiên',
  placeKm: 'ហាទៀង',
  issuingBodyVi: ['BỘ CHỈ HUY BĐBP TỈNH AN GIANG', 'VĂN PHÒNG LIÊN LẠC BIÊN GIỚI HÀ TIÊN'],
  issuingBodyKm: [],
  gateCodes: [],
};

export const ADMIN = {
  username: 'quantri',
  displayName: 'Trần Văn Quản',
  rank: 'Thiếu tá',
  position: 'Trưởng văn phòng',
  password: 'biên giới Hà Tiên 2026!',
};

/** An in-process engine on a fresh temp vault folder (the real encrypted database). */
export function newEngine(options: { dataDir?: string; idleLockSecondsOverride?: number; now?: () => Date; timeZone?: string } = {}) {
  const temp = options.dataDir ? null : tempDataDir('blo-vault-');
  const dataDir = options.dataDir ?? temp!.dir;
  const events: { name: string; payload: unknown }[] = [];
  const engine: Engine = createEngine({
    dataDir,
    appVersion: 'test',
    emit: (name, payload) => events.push({ name, payload }),
    idleLockSecondsOverride: options.idleLockSecondsOverride,
    now: options.now,
    timeZone: options.timeZone,
  });

  async function call<K extends ChannelName>(channel: K, input: InputOf<Contract[K]>): Promise<OutputOf<Contract[K]>> {
    const result = (await engine.dispatch(channel, input)) as Result<OutputOf<Contract[K]>>;
    if (!result.ok) throw Object.assign(new Error(`${channel}: ${result.error.code} ${result.error.message.en}`), { appError: result.error });
    return result.value;
  }
  const tryCall = <K extends ChannelName>(channel: K, input: unknown) => engine.dispatch(channel, input);

  return {
    engine,
    dataDir,
    events,
    call,
    tryCall,
    async close() {
      await engine.close();
    },
    async cleanup() {
      await engine.close();
      if (temp) rmSync(temp.dir, { recursive: true, force: true });
    },
  };
}

export type TestEngine = ReturnType<typeof newEngine>;

export async function setUpVault(t: TestEngine) {
  return t.call('vault.setup', { office: OFFICE, admin: ADMIN });
}

/** Creates an account as the signed-in administrator and returns its temporary password. */
export async function addAccount(t: TestEngine, username: string, roles: InputOf<Contract['accounts.create']>['roles']) {
  const temporaryPassword = `mật khẩu tạm thời 12345 ${username.length}`;
  const account = await t.call('accounts.create', { username, displayName: `Cán bộ ${username}`, rank: 'Đại úy', position: '', roles, temporaryPassword });
  return { account, temporaryPassword };
}

/** Signs in as a new account and sets a permanent password, as a person would at first sign-in. */
export async function signInFresh(t: TestEngine, username: string, temporaryPassword: string) {
  await t.call('vault.signIn', { username, password: temporaryPassword });
  const password = `mật khẩu mới dài ${username.length * 7} năm 2026`;
  await t.call('vault.changeOwnPassword', { currentPassword: temporaryPassword, newPassword: password });
  return password;
}

/**
 * The office's people for a test: each account is created by the administrator and signed in once to set its
 * own password. Returns `as(person)`, which signs that person in (signing out whoever is in).
 */
export async function officePeople<P extends string>(t: TestEngine, roles: Record<P, InputOf<Contract['accounts.create']>['roles'][number]>) {
  const passwords = new Map<P, string>();
  for (const person of Object.keys(roles) as P[]) {
    const { temporaryPassword } = await addAccount(t, person, [roles[person]]);
    await t.call('vault.signOut', {});
    passwords.set(person, await signInFresh(t, person, temporaryPassword));
    await t.call('vault.signOut', {});
    await t.call('vault.signIn', { username: ADMIN.username, password: ADMIN.password });
  }
  return async (person: P) => {
    await t.call('vault.signOut', {});
    await t.call('vault.signIn', { username: person, password: passwords.get(person)! });
  };
}
