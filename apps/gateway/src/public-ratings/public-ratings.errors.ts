import { COMMENT_MAX_CHARACTERS, IKM_ANSWER_COUNT, RATING_MAX_AGE_DAYS, ANSWER_MIN, ANSWER_MAX } from '@k360/scoring';
import { AppError, invalidField, notFound } from '../common/app-error';
import { namesAsValues, ValueOf } from '../common/names';

/**
 * What a rating breaks of the intake's rules that the DTO cannot see (libs/scoring's
 * ratingShapeProblem and submittedAtProblem, the channel's own fields), in the citizen's words.
 */
const RATING_PROBLEMS = {
  IKM_ANSWER_COUNT: `survei IKM memerlukan tepat ${IKM_ANSWER_COUNT} jawaban (U1–U${IKM_ANSWER_COUNT})`,
  IKM_NO_SCORE: 'score hanya untuk penilaian QUICK',
  QUICK_NEEDS_SCORE: `penilaian QUICK memerlukan score ${ANSWER_MIN}–${ANSWER_MAX}`,
  QUICK_NO_ANSWERS: 'answers hanya untuk survei IKM',
  OFFICER_KIOSK_ONLY: 'employeeId hanya untuk kios (petugas yang bertugas)',
  FUTURE: 'submittedAt tidak boleh di masa depan',
  TOO_OLD: `penilaian paling lama ${RATING_MAX_AGE_DAYS} hari setelah pelayanan`,
  COMMENT_TOO_LONG: `komentar paling banyak ${COMMENT_MAX_CHARACTERS.toLocaleString('id-ID')} karakter`,
} as const;
export type RatingProblem = keyof typeof RATING_PROBLEMS;

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

const badInput = (field: string, reason: string) => invalidField(field, `Penilaian tidak valid: ${reason}`, reason);

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
  bad: (field: string, reason: string) => badInput(field, reason),
  /** A rating that breaks one of the intake's rules (RATING_PROBLEMS). */
  badRating: (field: string, problem: RatingProblem) => badInput(field, RATING_PROBLEMS[problem]),
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
