import { EngineError } from '../kernel/engine-error.js';

/** The vault's expected failures, each with a message an officer can act on. */
export const vaultErrors = {
  locked: () => new EngineError('locked', { vi: 'Kho dữ liệu đang khóa. Hãy đăng nhập lại.', en: 'The vault is locked. Please sign in again.' }),
  notSetUp: () => new EngineError('not_set_up', { vi: 'Chưa thiết lập kho dữ liệu cho văn phòng này.', en: 'This office vault has not been set up yet.' }),
  alreadySetUp: () => new EngineError('already_set_up', { vi: 'Kho dữ liệu đã được thiết lập.', en: 'The vault has already been set up.' }),
  wrongCredentials: (remaining: number | null) =>
    new EngineError(
      'wrong_credentials',
      remaining !== null && remaining <= 3
        ? {
            vi: `Tên đăng nhập hoặc mật khẩu không đúng. Còn ${remaining} lần thử trước khi tài khoản bị khóa.`,
            en: `Wrong user name or password. ${remaining} attempt(s) left before the account is locked.`,
          }
        : { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'Wrong user name or password.' },
      { password: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'Wrong user name or password.' } },
    ),
  wrongRecoveryKey: () =>
    new EngineError(
      'wrong_credentials',
      { vi: 'Khóa khôi phục không đúng.', en: 'The recovery key is not correct.' },
      { recoveryKey: { vi: 'Khóa khôi phục không đúng.', en: 'The recovery key is not correct.' } },
    ),
  slowDown: (seconds: number) =>
    new EngineError(
      'slow_down',
      { vi: `Sai mật khẩu nhiều lần. Hãy chờ ${seconds} giây rồi thử lại.`, en: `Too many wrong passwords. Wait ${seconds} seconds and try again.` },
      undefined,
      { retryAfterSeconds: seconds },
    ),
  accountLocked: () =>
    new EngineError('account_locked', {
      vi: 'Tài khoản đã bị khóa do nhập sai mật khẩu quá nhiều lần. Hãy nhờ quản trị viên đặt lại mật khẩu.',
      en: 'The account is locked after too many wrong passwords. Ask an administrator to reset the password.',
    }),
  accountDisabled: () =>
    new EngineError('account_disabled', {
      vi: 'Tài khoản này đã bị vô hiệu hóa. Hãy liên hệ quản trị viên.',
      en: 'This account is disabled. Contact an administrator.',
    }),
  weakPassword: (field: string, problems: { vi: string; en: string }[]) =>
    new EngineError(
      'weak_password',
      { vi: 'Mật khẩu chưa đủ mạnh.', en: 'The password is not strong enough.' },
      { [field]: { vi: problems.map((p) => p.vi).join(' '), en: problems.map((p) => p.en).join(' ') } },
    ),
  schemaTooNew: () =>
    new EngineError('schema_too_new', {
      vi: 'Kho dữ liệu được tạo bởi phiên bản BLO Desk mới hơn. Hãy cập nhật ứng dụng; dữ liệu không bị thay đổi.',
      en: 'This vault was written by a newer BLO Desk. Update the application; the data was not changed.',
    }),
  keyringTampered: () =>
    new EngineError('damaged', {
      vi: 'Tệp khóa của kho dữ liệu không hợp lệ (tham số bảo mật thấp hơn mức tối thiểu). Hãy báo quản trị viên.',
      en: 'The vault keyring is invalid (security parameters below the minimum). Tell an administrator.',
    }),
  keyringDamaged: () =>
    new EngineError('damaged', {
      vi: 'Tệp khóa (keyring.json) của kho dữ liệu bị hỏng hoặc đã bị sửa. Dữ liệu không bị thay đổi; hãy khôi phục từ bản sao lưu hoặc báo quản trị viên.',
      en: 'The vault keyring (keyring.json) is damaged or was altered. No data was changed; restore from a backup or tell an administrator.',
    }),
  damagedBackup: () =>
    new EngineError(
      'damaged',
      {
        vi: 'Tệp sao lưu bị hỏng, đã bị sửa hoặc không phải bản sao lưu BLO Desk. Kho dữ liệu hiện tại không bị thay đổi.',
        en: 'The backup file is damaged, was altered, or is not a BLO Desk backup. The current vault was not changed.',
      },
      { file: { vi: 'Bản sao lưu bị hỏng.', en: 'Damaged backup.' } },
    ),
  conflict: (detail?: unknown) =>
    new EngineError(
      'conflict',
      {
        vi: 'Bản ghi đã được người khác sửa trong lúc bạn làm việc. Dữ liệu bạn nhập vẫn còn; hãy xem thay đổi rồi lưu lại.',
        en: 'Someone else changed this record while you were working. Your input is kept; review the changes and save again.',
      },
      undefined,
      detail,
    ),
  notFound: () => new EngineError('not_found', { vi: 'Không tìm thấy bản ghi.', en: 'Record not found.' }),
};
