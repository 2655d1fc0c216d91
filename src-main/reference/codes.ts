import type { ReadableDb } from '../vault/db-access.js';
import type { Bilingual } from '../../src-shared/contract/index.js';
import type { VaultTables } from '../vault/tables.js';

type Db = ReadableDb<VaultTables>;

/**
 * Codes stored in records must exist in the reference data (an administrator may add codes, so the
 * contract cannot list them). Collects every unknown code with the field path it came from.
 */
export class CodeChecker {
  private constructor(private readonly known: Map<string, Set<string>>) {}

  static async load(db: Db, kinds: string[]) {
    const rows = await db.selectFrom('reference_items').select(['kind', 'code']).where('kind', 'in', kinds).where('active', '=', 1).execute();
    const known = new Map<string, Set<string>>(kinds.map((kind) => [kind, new Set<string>()]));
    for (const row of rows) known.get(row.kind)!.add(row.code);
    return new CodeChecker(known);
  }

  readonly problems: Record<string, Bilingual> = {};

  check(kind: string, code: string | null | undefined, path: string) {
    if (code === null || code === undefined || code === '') return;
    if (!this.known.get(kind)?.has(code)) this.problems[path] = { vi: `Mã "${code}" không có trong danh mục.`, en: `Code "${code}" is not in the reference list.` };
  }

  checkAll(kind: string, codes: readonly string[], path: string) {
    codes.forEach((code, index) => this.check(kind, code, `${path}.${index}`));
  }

  get ok() {
    return Object.keys(this.problems).length === 0;
  }
}
