import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Lints a small offending file as if it lived at `filePath`, and returns the rule ids that fired. */
async function rulesFiredFor(filePath: string, code: string) {
  const eslint = new ESLint();
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe('layering lint rules', () => {
  it('rejects an engine file that imports electron', async () => {
    const fired = await rulesFiredFor('src-main/engine/bad.ts', "import { app } from 'electron';\nexport const x = app;\n");
    expect(fired.join('\n')).toMatch(/no-restricted-imports: .*electron.*Only src-main\/shell/);
  });

  it('rejects a renderer file that imports node:fs, fs, electron or main-side code', async () => {
    for (const source of ["'node:fs'", "'fs'", "'electron'", "'../../src-main/engine/engine.js'", "'better-sqlite3-multiple-ciphers'"]) {
      const fired = await rulesFiredFor('src-renderer/bad.ts', `import * as m from ${source};\nexport const x = m;\n`);
      expect(
        fired.some((line) => line.startsWith('no-restricted-imports')),
        source,
      ).toBe(true);
    }
  });

  it('rejects a shared-contract file that imports Node', async () => {
    const fired = await rulesFiredFor('src-shared/contract/bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n");
    expect(fired.some((line) => line.startsWith('no-restricted-imports'))).toBe(true);
  });

  it('allows the shell to import electron and the renderer to import the contract', async () => {
    expect(await rulesFiredFor('src-main/shell/ok.ts', "import { app } from 'electron';\nexport const x = app;\n")).toEqual([]);
    expect(await rulesFiredFor('src-renderer/ok.ts', "import { contract } from '../src-shared/contract/index.js';\nexport const x = contract;\n")).toEqual([]);
  });

  it('keeps the engine tiers: nothing imports a higher tier, a record kind never imports another kind', async () => {
    const tierRule = (lines: string[]) => lines.some((line) => line.startsWith('@typescript-eslint/no-restricted-imports'));
    const refused: [string, string][] = [
      ['src-main/kernel/bad.ts', '../vault/open-vault.js'],
      ['src-main/vault/bad.ts', '../records/lifecycle.js'],
      ['src-main/vault/bad.ts', '../documents/index.js'],
      ['src-main/records/bad.ts', '../repatriations/cases.js'],
      ['src-main/documents/register/bad.ts', '../../repatriations/db.js'],
      ['src-main/repatriations/bad.ts', '../meetings/meetings.js'],
      ['src-main/meetings/bad.ts', '../interceptions/records.js'],
      ['src-main/interceptions/bad.ts', '../repatriations/cases.js'],
      ['src-main/interceptions/bad.ts', '../meetings/meetings.js'],
      ['src-main/people/bad.ts', '../interceptions/interceptions.js'],
      ['src-main/repatriations/bad.ts', '../reports/periodic.js'],
      ['src-main/vault/bad.ts', '../engine/context.js'],
    ];
    for (const [file, source] of refused) {
      const fired = await rulesFiredFor(file, `import * as m from '${source}';\nexport const x = m;\n`);
      expect(tierRule(fired), `${file} importing ${source}`).toBe(true);
    }
    const allowed: [string, string][] = [
      ['src-main/vault/ok.ts', '../kernel/engine-error.js'],
      ['src-main/records/ok.ts', '../vault/open-vault.js'],
      ['src-main/repatriations/ok.ts', '../records/lifecycle.js'],
      ['src-main/reports/ok.ts', '../repatriations/case-list.js'],
      ['src-main/engine/ok.ts', '../repatriations/handlers.js'],
      ['src-main/interceptions/ok.ts', '../records/victim-cases.js'],
      ['src-main/interceptions/ok.ts', '../people/history.js'],
    ];
    for (const [file, source] of allowed)
      expect(tierRule(await rulesFiredFor(file, `import * as m from '${source}';\nexport const x = m;\n`)), `${file} importing ${source}`).toBe(false);
    // The handler context's type is shared knowledge; its code is not.
    expect(tierRule(await rulesFiredFor('src-main/vault/ok.ts', "import type { EngineContext } from '../engine/context.js';\nexport type X = EngineContext;\n"))).toBe(false);
  });
});
