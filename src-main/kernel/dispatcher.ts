import { fieldErrors, type AppError, type Channel, type ChannelName, type Contract, type OutputOf, type ParsedInputOf, type Result } from '../../src-shared/contract/index.js';
import { EngineError } from './engine-error.js';
import type { Session } from './session.js';

/** What a handler is given besides its (already validated) input. */
export interface Call<Ctx> {
  ctx: Ctx;
  session: Session | null;
}

export type Handler<K extends ChannelName, Ctx> = (input: ParsedInputOf<Contract[K]>, call: Call<Ctx>) => OutputOf<Contract[K]> | Promise<OutputOf<Contract[K]>>;

export type HandlerTable<Ctx> = { [K in ChannelName]: Handler<K, Ctx> };

/** A capability's slice of the table, checked against the contract. */
export const defineHandlers =
  <Ctx>() =>
  <K extends ChannelName>(handlers: { [P in K]: Handler<P, Ctx> }) =>
    handlers;

const err = (code: AppError['code'], vi: string, en: string): AppError => ({ code, message: { vi, en } });

/** Channels a person who must change their password may still call. */
const ALLOWED_DURING_PASSWORD_CHANGE = new Set<string>(['vault.changeOwnPassword', 'vault.signOut', 'vault.lock', 'vault.me']);

/** Decides whether `session` may call channel `name`; null means yes. Pure, table-driven. */
export function checkAccess(name: string, channel: Channel, session: Session | null): AppError | null {
  const access = channel.access;
  if (access === 'public') return null;
  if (!session) return err('not_signed_in', 'Bạn cần đăng nhập.', 'You need to sign in.');
  if (session.mustChangePassword && !ALLOWED_DURING_PASSWORD_CHANGE.has(name))
    return err('password_change_required', 'Bạn cần đổi mật khẩu trước khi tiếp tục.', 'You must change your password first.');
  if (access === 'signed-in') return null;
  if (session.roles.some((role) => access.includes(role))) return null;
  return err('forbidden', 'Bạn không có quyền thực hiện thao tác này.', 'You are not allowed to do this.');
}

export interface DispatcherOptions<Ctx> {
  /** The channel table (the app passes `contract`; tests may pass their own). */
  channels: Record<string, Channel>;
  handlers: Record<string, (input: never, call: Call<Ctx>) => unknown>;
  ctx: Ctx;
  getSession: () => Session | null;
  /** Engine-side log for unexpected failures; its text never reaches the renderer. */
  logError: (channel: string, error: unknown) => void;
}

export function createDispatcher<Ctx>(options: DispatcherOptions<Ctx>) {
  const { channels, handlers, ctx, getSession, logError } = options;

  return async function dispatch(name: string, rawInput: unknown): Promise<Result<unknown>> {
    if (typeof name !== 'string' || !Object.hasOwn(channels, name) || !Object.hasOwn(handlers, name))
      return { ok: false, error: err('unknown_channel', 'Yêu cầu không được hỗ trợ.', 'Unknown channel.') };
    const channel = channels[name];

    const session = getSession();
    const denied = checkAccess(name, channel, session);
    if (denied) return { ok: false, error: denied };

    const parsed = channel.input.safeParse(rawInput);
    if (!parsed.success)
      return {
        ok: false,
        error: {
          ...err('invalid_input', 'Dữ liệu nhập chưa hợp lệ. Hãy xem các ô được đánh dấu.', 'Some fields are invalid.'),
          fields: fieldErrors(parsed.error, rawInput),
        },
      };

    try {
      const handler = handlers[name] as (input: unknown, call: Call<Ctx>) => unknown;
      const value = await handler(parsed.data, { ctx, session });
      return { ok: true, value };
    } catch (error) {
      if (error instanceof EngineError) return { ok: false, error: error.toAppError() };
      logError(name, error);
      return {
        ok: false,
        error: err(
          'internal',
          'Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng; hãy thử lại.',
          'An unexpected error occurred. Stored data is unaffected; please try again.',
        ),
      };
    }
  };
}

export type Dispatch = (name: string, rawInput: unknown) => Promise<Result<unknown>>;
