import { AppError, invalidField, notFound } from '../common/app-error';
import { namesAsValues, ValueOf } from '../common/names';

/** The codes of the citizen-rating intake (extensions.code), besides the base codes. */
export const PublicErrorCode = namesAsValues([
  'INVALID_TOKEN',
  'TOKEN_EXPIRED',
  'TOKEN_REVOKED',
  'KIOSK_REVOKED',
  'TICKET_USED',
  'OFFICER_NOT_STAFF',
  'INVALID_PAIRING_CODE',
]);
export type PublicErrorCode = ValueOf<typeof PublicErrorCode>;

/** Stable errors of the citizen-rating intake. */
export const PublicErrors = {
  invalidToken: () => new AppError('INVALID_TOKEN', 'Tautan atau kode tidak valid. / This link or code is not valid.'),
  expired: () => new AppError('TOKEN_EXPIRED', 'Tautan ini sudah kedaluwarsa. / This link has expired.'),
  revoked: () => new AppError('TOKEN_REVOKED', 'Tautan ini sudah dicabut. / This link was revoked.'),
  kioskRevoked: () => new AppError('KIOSK_REVOKED', 'Perangkat kios ini sudah dicabut. / This kiosk was revoked.'),
  ticketUsed: () => new AppError('TICKET_USED', 'Tiket ini sudah dipakai untuk menilai. / This ticket was already used.'),
  rateLimited: (retryAfterSeconds: number) =>
    new AppError(
      'RATE_LIMITED',
      `Terlalu banyak penilaian; coba lagi dalam ${retryAfterSeconds} detik. / Too many ratings; retry in ${retryAfterSeconds} s.`,
      {
        retryAfterSeconds,
      },
    ),
  bad: (field: string, reason: string) => invalidField(field, `Penilaian tidak valid: ${reason}`, reason),
  officerNotStaff: () =>
    new AppError(
      'OFFICER_NOT_STAFF',
      'Petugas ini tidak bertugas di titik layanan tersebut. / This officer does not staff the service point.',
    ),
  invalidPairingCode: () =>
    new AppError(
      'INVALID_PAIRING_CODE',
      'Kode pemasangan salah, sudah dipakai, atau kedaluwarsa. / The pairing code is wrong, used or expired.',
    ),
  notFound,
};
