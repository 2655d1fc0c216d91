import type { Bilingual } from './result.js';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;

/**
 * Problems with a new password, empty when it is acceptable. Long passphrases are welcome
 * ("bốn con mèo ăn cơm chiều" is fine); short or trivial passwords are not. Shared so the form
 * shows the same rule the engine enforces.
 */
export function passwordProblems(password: string, username = ''): Bilingual[] {
  const problems: Bilingual[] = [];
  const text = password.normalize('NFC');
  if ([...text].length < PASSWORD_MIN_LENGTH)
    problems.push({
      vi: `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự (có thể dùng một câu dễ nhớ).`,
      en: `The password needs at least ${PASSWORD_MIN_LENGTH} characters (a memorable phrase works).`,
    });
  if (text.length > PASSWORD_MAX_LENGTH) problems.push({ vi: 'Mật khẩu quá dài.', en: 'The password is too long.' });
  if (new Set(text).size < 5) problems.push({ vi: 'Mật khẩu quá đơn giản.', en: 'The password is too simple.' });
  if (username && text.toLowerCase().includes(username.trim().toLowerCase()))
    problems.push({ vi: 'Mật khẩu không được chứa tên đăng nhập.', en: 'The password must not contain the user name.' });
  return problems;
}
