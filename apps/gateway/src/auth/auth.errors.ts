import { waitInWords } from '@k360/organisation';
import { AppError, invalidField } from '../common/app-error';
import { namesAsValues, ValueOf } from '../common/names';

/** The codes of login, tokens and passwords (extensions.code), besides the base codes. */
export const AuthErrorCode = namesAsValues(['INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS', 'INVALID_TOKEN']);
export type AuthErrorCode = ValueOf<typeof AuthErrorCode>;

export const AuthErrors = {
  unauthenticated: () => new AppError('UNAUTHENTICATED', 'Silakan masuk terlebih dahulu. / Please log in.'),
  forbidden: () => new AppError('FORBIDDEN', 'Anda tidak berwenang melakukan ini. / You are not allowed to do this.'),
  invalidCredentials: () => new AppError('INVALID_CREDENTIALS', 'NIP atau kata sandi salah. / Wrong NIP or password.'),
  /** Login throttled (per address, per NIP, or both); `extensions.details.retryAfterSeconds` says when to try again. */
  tooManyAttempts: (retryAfterSeconds: number) => {
    const wait = waitInWords(retryAfterSeconds);
    return new AppError(
      'TOO_MANY_ATTEMPTS',
      `Terlalu banyak percobaan masuk; coba lagi dalam ${wait.id}. / Too many login attempts; try again in ${wait.en}.`,
      { retryAfterSeconds },
    );
  },
  wrongCurrentPassword: () => new AppError('INVALID_CREDENTIALS', 'Kata sandi saat ini salah. / The current password is wrong.'),
  weakNewPassword: (problem: string) => invalidField('newPassword', `Kata sandi baru tidak memenuhi syarat: ${problem}`, problem),
  invalidToken: () => new AppError('INVALID_TOKEN', 'Token tidak valid atau sudah kedaluwarsa. / The token is invalid or expired.'),
};
