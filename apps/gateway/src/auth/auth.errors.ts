import { AppError } from '../common/app-error';

export const AuthErrors = {
  unauthenticated: () => new AppError('UNAUTHENTICATED', 'Silakan masuk terlebih dahulu. / Please log in.'),
  forbidden: () => new AppError('FORBIDDEN', 'Anda tidak berwenang melakukan ini. / You are not allowed to do this.'),
  invalidCredentials: () => new AppError('INVALID_CREDENTIALS', 'NIP atau kata sandi salah. / Wrong NIP or password.'),
  locked: (minutes: number) =>
    new AppError(
      'ACCOUNT_LOCKED',
      `Terlalu banyak percobaan masuk yang gagal; coba lagi dalam ${minutes} menit. / Too many failed logins; try again in ${minutes} minutes.`,
      { retryAfterMinutes: minutes },
    ),
  invalidToken: () => new AppError('INVALID_TOKEN', 'Token tidak valid atau sudah kedaluwarsa. / The token is invalid or expired.'),
};
