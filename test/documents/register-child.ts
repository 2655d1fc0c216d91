/**
 * Child process for the register concurrency test: opens the vault itself (its own engine, its own SQLite
 * connection), signs in, waits for "GO" on stdin, then prints each case it was given as fast as it can.
 * Prints one line per print: `NUM <case id> <number> <copy>`, or `ERR <case id> <code> <message>`.
 */
import { createEngine } from '../../src-main/engine/engine.js';

const [dataDir, username, password, ...caseIds] = process.argv.slice(2);
const engine = createEngine({ dataDir, appVersion: 'register-test', emit: () => {} });
const signIn = await engine.dispatch('vault.signIn', { username, password });
if (!signIn.ok) throw new Error(JSON.stringify(signIn.error));
process.stdout.write('READY\n');
await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
for (const id of caseIds) {
  const result = await engine.dispatch('repatriations.print', { id, template: 'handover_minutes' });
  if (result.ok) {
    const value = result.value as { number: string; copy: boolean };
    process.stdout.write(`NUM ${id} ${value.number} ${value.copy}\n`);
  } else process.stdout.write(`ERR ${id} ${result.error.code} ${result.error.message.en}\n`);
}
await engine.close();
process.stdout.write('DONE\n');
