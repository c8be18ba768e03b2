import { FOLLOW_UP_DUE_MAX_DAYS_AFTER_PERIOD, FOLLOW_UP_MAX_ACTIONS, FollowUpProblem } from '@k360/scoring';
import { AppError, notFound } from '../common/app-error';
import { namesAsValues, ValueOf } from '../common/names';

/**
 * The codes of citizens' comments and the follow-up plan (extensions.code), besides the base codes.
 * A record that does not exist, or belongs to another agency, is the base NOT_FOUND; a record of
 * the agency outside the caller's unit tree is FORBIDDEN; malformed input is BAD_USER_INPUT.
 */
export const SatisfactionErrorCode = namesAsValues([
  'NOT_UNIT_HEAD',
  'INVALID_ELEMENT_CODE',
  'DUE_DATE_BEFORE_PERIOD',
  'DUE_DATE_TOO_LATE',
  'OWNER_NOT_IN_AGENCY',
  'FOLLOW_UP_LIMIT',
]);
export type SatisfactionErrorCode = ValueOf<typeof SatisfactionErrorCode>;

const PROBLEMS: Record<FollowUpProblem, () => AppError> = {
  ELEMENT_CODE: () =>
    new AppError('INVALID_ELEMENT_CODE', 'Unsur harus salah satu dari U1–U9. / The element must be one of U1–U9.', [
      { field: 'elementCode', reasons: ['one of U1..U9'] },
    ]),
  DUE_DATE: () =>
    new AppError('BAD_USER_INPUT', 'Tanggal target tidak valid (YYYY-MM-DD). / The due date is not a valid date.', [
      { field: 'dueOn', reasons: ['a calendar date YYYY-MM-DD'] },
    ]),
  DUE_BEFORE_PERIOD: () =>
    new AppError(
      'DUE_DATE_BEFORE_PERIOD',
      'Tanggal target tidak boleh sebelum periode dimulai. / The due date cannot be before the period starts.',
      [{ field: 'dueOn', reasons: ['not before the period'] }],
    ),
  DUE_TOO_LATE: () =>
    new AppError(
      'DUE_DATE_TOO_LATE',
      `Tanggal target paling lambat ${FOLLOW_UP_DUE_MAX_DAYS_AFTER_PERIOD} hari setelah periode berakhir. / The due date is at most ${FOLLOW_UP_DUE_MAX_DAYS_AFTER_PERIOD} days after the period.`,
      [{ field: 'dueOn', reasons: [`at most ${FOLLOW_UP_DUE_MAX_DAYS_AFTER_PERIOD} days after the period`] }],
    ),
};

export const SatisfactionErrors = {
  notUnitHead: () =>
    new AppError(
      'NOT_UNIT_HEAD',
      'Hanya kepala unit (atau ADMIN) yang dapat membuka kepuasan layanan. / Only unit heads (or ADMIN) may open service satisfaction.',
    ),
  commentNotFound: () => notFound('Komentar warga'),
  servicePointNotFound: () => notFound('Titik layanan'),
  unitNotFound: () => notFound('Unit kerja'),
  periodNotFound: () => notFound('Periode'),
  actionNotFound: () => notFound('Tindak lanjut'),
  badCursor: () =>
    new AppError('BAD_USER_INPUT', 'Kursor halaman tidak valid. / The page cursor is not valid.', [
      { field: 'page.after', reasons: ['a cursor from this list'] },
    ]),
  followUp: (problem: FollowUpProblem) => PROBLEMS[problem](),
  ownerNotInAgency: () =>
    new AppError(
      'OWNER_NOT_IN_AGENCY',
      'Penanggung jawab harus pegawai aktif instansi ini. / The owner must be an active employee of the agency.',
      [{ field: 'ownerId', reasons: ['an active employee of the agency'] }],
    ),
  limit: () =>
    new AppError(
      'FOLLOW_UP_LIMIT',
      `Paling banyak ${FOLLOW_UP_MAX_ACTIONS} tindak lanjut per titik layanan dan periode. / At most ${FOLLOW_UP_MAX_ACTIONS} actions per service point and period.`,
    ),
};
