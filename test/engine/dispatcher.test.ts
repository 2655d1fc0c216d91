import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { channel } from '../../src-shared/contract/index.js';
import { checkAccess, createDispatcher } from '../../src-main/kernel/dispatcher.js';
import { EngineError } from '../../src-main/kernel/engine-error.js';
import type { Session } from '../../src-main/kernel/session.js';

const channels = {
  'test.public': channel<{ echoed: string }>()({ input: z.object({ text: z.string().min(1) }).strict(), access: 'public' }),
  'test.signedIn': channel<string>()({ input: z.object({}).strict(), access: 'signed-in' }),
  'test.commanderOnly': channel<string>()({ input: z.object({}).strict(), access: ['commander'] }),
  'test.expectedFailure': channel<never>()({ input: z.object({}).strict(), access: 'public' }),
  'test.crash': channel<never>()({ input: z.object({}).strict(), access: 'public' }),
  'vault.changeOwnPassword': channel<string>()({ input: z.object({}).strict(), access: 'signed-in' }),
};

const officer: Session = { accountId: 'a1', username: 'officer', displayName: 'Officer', roles: ['officer'], mustChangePassword: false };
const commander: Session = { ...officer, roles: ['commander'] };

function setup(session: Session | null = null) {
  const logError = vi.fn();
  const dispatch = createDispatcher({
    channels,
    ctx: {},
    getSession: () => session,
    logError,
    handlers: {
      'test.public': (input: { text: string }) => ({ echoed: input.text }),
      'test.signedIn': () => 'hello',
      'test.commanderOnly': () => 'approved',
      'test.expectedFailure': () => {
        throw new EngineError('conflict', { vi: 'Bản ghi đã bị người khác sửa.', en: 'Someone else changed the record.' });
      },
      'test.crash': () => {
        throw new Error('SQLITE_ERROR: no such table: secret_victims at /src/vault.ts:12');
      },
      'vault.changeOwnPassword': () => 'changed',
    },
  });
  return { dispatch, logError };
}

describe('dispatcher', () => {
  it('answers ok with the handler value', async () => {
    const { dispatch } = setup();
    expect(await dispatch('test.public', { text: 'xin chào' })).toEqual({ ok: true, value: { echoed: 'xin chào' } });
  });

  it('maps an unknown channel to unknown_channel', async () => {
    const { dispatch } = setup(commander);
    for (const name of ['nope', 'constructor', '__proto__', 'toString', 42 as unknown as string]) {
      const result = await dispatch(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
  });

  it('maps a schema violation to invalid_input with bilingual field messages', async () => {
    const { dispatch } = setup();
    const result = await dispatch('test.public', { text: '' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.fields?.text).toEqual({ vi: 'Không được để trống.', en: 'Must not be empty.' });
    expect(result.error.message.vi).toMatch(/chưa hợp lệ/);
  });

  it('reports nested field paths and unknown keys', async () => {
    const { dispatch } = setup();
    const wrongType = await dispatch('test.public', { text: 5 });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { text: { vi: 'Sai kiểu dữ liệu.' } } } });
    const extra = await dispatch('test.public', { text: 'a', admin: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { _: { en: 'Unknown field(s): admin.' } } } });
    const notObject = await dispatch('test.public', 'text');
    expect(notObject).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses a signed-in channel to nobody with not_signed_in', async () => {
    const { dispatch } = setup(null);
    expect(await dispatch('test.signedIn', {})).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
  });

  it('refuses a role-restricted channel to another role with forbidden, before looking at the input', async () => {
    const { dispatch } = setup(officer);
    expect(await dispatch('test.commanderOnly', { junk: 1 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await setup(commander).dispatch('test.commanderOnly', {})).toEqual({ ok: true, value: 'approved' });
  });

  it('lets a person who must change their password do only that', async () => {
    const { dispatch } = setup({ ...officer, mustChangePassword: true });
    expect(await dispatch('test.signedIn', {})).toMatchObject({ ok: false, error: { code: 'password_change_required' } });
    expect(await dispatch('vault.changeOwnPassword', {})).toEqual({ ok: true, value: 'changed' });
    expect(await dispatch('test.public', { text: 'a' })).toMatchObject({ ok: true });
  });

  it('passes an expected engine error through as data', async () => {
    const { dispatch, logError } = setup();
    expect(await dispatch('test.expectedFailure', {})).toEqual({
      ok: false,
      error: { code: 'conflict', message: { vi: 'Bản ghi đã bị người khác sửa.', en: 'Someone else changed the record.' } },
    });
    expect(logError).not.toHaveBeenCalled();
  });

  it('hides an unexpected exception behind internal, logging it on the engine side only', async () => {
    const { dispatch, logError } = setup();
    const result = await dispatch('test.crash', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/SQLITE|secret_victims|vault\.ts|stack/i);
    expect(logError).toHaveBeenCalledOnce();
  });

  it('checkAccess is a table look-up', () => {
    const def = channels['test.commanderOnly'];
    expect(checkAccess('x', def, null)?.code).toBe('not_signed_in');
    expect(checkAccess('x', def, officer)?.code).toBe('forbidden');
    expect(checkAccess('x', def, commander)).toBeNull();
    expect(checkAccess('x', { ...def, access: 'public' }, null)).toBeNull();
  });
});
