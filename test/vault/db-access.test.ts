import { describe, expectTypeOf, it } from 'vitest';
import type { OpenVault } from '../../src-main/vault/open-vault.js';

/**
 * Read and write access are separate types: the open vault's `db` can only select; a change needs the
 * transaction `write` hands out together with the audit function. Checked by the type-checker (`npm test`
 * runs tsc over the tests): if `db` ever gains a writing method again, this file stops compiling.
 */
describe('the open vault gives read access only outside write()', () => {
  it('has no insert, update, delete or raw query on `db`', () => {
    type Db = OpenVault['db'];
    expectTypeOf<Db>().toHaveProperty('selectFrom');
    expectTypeOf<Db>().not.toHaveProperty('insertInto');
    expectTypeOf<Db>().not.toHaveProperty('updateTable');
    expectTypeOf<Db>().not.toHaveProperty('deleteFrom');
    expectTypeOf<Db>().not.toHaveProperty('executeQuery');
    expectTypeOf<Db>().not.toHaveProperty('transaction');
    expectTypeOf<ReturnType<Db['withTables']>>().not.toHaveProperty('insertInto');
  });
});
