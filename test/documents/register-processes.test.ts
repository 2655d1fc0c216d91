import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDataDir } from '../support/engine.js';
import { BASE_FIELDS, HANDOVER_READY, THREE_PERSONS } from '../support/repatriations.js';
import { ADMIN, addAccount, newEngine, setUpVault, signInFresh } from '../support/vault.js';

const PER_PROCESS = 8;

interface Child {
  process: ChildProcess;
  lines: string[];
  ready: Promise<void>;
  done: Promise<void>;
}

/** Starts a child engine on the vault; `ready` once it has signed in, `done` once it has printed every case and exited. */
function startChild(dataDir: string, username: string, password: string, caseIds: string[]): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/documents/register-child.ts', dataDir, username, password, ...caseIds], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let buffer = '';
  let stderr = '';
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop()!;
    for (const line of parts) {
      if (line === 'READY') onReady();
      else lines.push(line);
    }
  });
  const done = new Promise<void>((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`child exited with ${code}: ${stderr}`)))));
  // A child that fails before READY must fail the test, not leave it waiting.
  return { process: child, lines, ready: Promise.race([ready, done.then(() => Promise.reject(new Error(`child ended before READY: ${stderr}`)))]), done };
}

/**
 * The engine runs one call at a time, so within one engine prints never overlap. Two engines on one vault do
 * overlap: here two processes, each opening the vault itself, print at the same moment. Every print must get a
 * number, none twice and none skipped, and the audit chain must stay intact. (Before write transactions began
 * IMMEDIATE, the second process's print failed with SQLITE_BUSY: its read could not be upgraded to a write.)
 */
describe('document register under two engine processes', () => {
  const data = tempDataDir('blo-register-');
  let password = '';
  const caseIds: string[] = [];
  beforeAll(async () => {
    const t = newEngine({ dataDir: data.dir });
    await setUpVault(t);
    const { temporaryPassword } = await addAccount(t, 'lienlac', ['liaison']);
    await t.call('vault.signOut', {});
    password = await signInFresh(t, 'lienlac', temporaryPassword);
    for (let i = 0; i < 2 * PER_PROCESS; i++)
      caseIds.push((await t.call('repatriations.create', { fields: { ...BASE_FIELDS, ...HANDOVER_READY }, members: THREE_PERSONS.slice(0, 1) })).id);
    await t.close();
  }, 120_000);
  afterAll(() => data.cleanup());

  it(`two processes printing ${PER_PROCESS} new documents each at the same time: numbers 01…${2 * PER_PROCESS}, no duplicate, no gap`, async () => {
    const children = [startChild(data.dir, 'lienlac', password, caseIds.slice(0, PER_PROCESS)), startChild(data.dir, 'lienlac', password, caseIds.slice(PER_PROCESS))];
    await Promise.all(children.map((child) => child.ready));
    for (const child of children) child.process.stdin!.end('GO\n');
    await Promise.all(children.map((child) => child.done));

    const results = children.flatMap((child) => child.lines.filter((line) => line !== 'DONE'));
    expect(results.filter((line) => !line.startsWith('NUM '))).toEqual([]);
    const numbers = results.map((line) => line.split(' ')[2]);
    expect(results.map((line) => line.split(' ')[3])).toEqual(Array(2 * PER_PROCESS).fill('false'));
    expect([...numbers].sort()).toEqual(Array.from({ length: 2 * PER_PROCESS }, (_, i) => `${String(i + 1).padStart(2, '0')}/BB-VPLL-HT`));

    const t = newEngine({ dataDir: data.dir });
    try {
      await t.call('vault.signIn', { username: ADMIN.username, password: ADMIN.password });
      const register = t.engine.ctx.vault.open().sqlite.prepare('SELECT record_id, number FROM document_register ORDER BY seq').all() as { record_id: string; number: string }[];
      expect(register.map((row) => row.number)).toEqual([...numbers].sort());
      // Each case holds the number its process was told.
      for (const line of results) expect(register.find((row) => row.record_id === line.split(' ')[1])?.number).toBe(line.split(' ')[2]);
      expect(await t.call('audit.verify', {})).toMatchObject({ intact: true });
    } finally {
      await t.close();
    }
  }, 300_000);
});
