import { AppError, invalidField, notFound } from '../common/app-error';
import { namesAsValues, ValueOf } from '../common/names';

/** The codes of rounds and reviews (extensions.code), besides the base codes. */
export const RoundErrorCode = namesAsValues([
  'ROUND_NOT_OPEN',
  'NOT_A_REVIEWER',
  'SELF_REVIEW_AS_PEER',
  'SUPERVISOR_REVIEW_REQUIRED',
  'HASIL_KERJA_REQUIRED',
  'OVERRIDE_REASON_REQUIRED',
  'DUPLICATE_REVIEWER',
  'REVIEWER_INACTIVE',
  'NOT_A_SUBORDINATE',
  'NO_SUPERVISOR',
  'DUPLICATE_ROUND',
  'DUPLICATE_PERIOD',
]);
export type RoundErrorCode = ValueOf<typeof RoundErrorCode>;

/** Stable errors of rounds and reviews. */
export const RoundErrors = {
  notFound,
  roundNotOpen: (status: string) =>
    new AppError('ROUND_NOT_OPEN', `Putaran penilaian tidak terbuka (status ${status}). / The round is not open.`, { status }),
  notAReviewer: (why = '') =>
    new AppError('NOT_A_REVIEWER', `Anda bukan penilai pada putaran ini${why}. / You are not a reviewer of this round.`),
  selfReviewAsPeer: () =>
    new AppError(
      'SELF_REVIEW_AS_PEER',
      'Pegawai tidak dapat menilai dirinya sendiri sebagai rekan kerja. / Nobody reviews themself as a peer.',
    ),
  supervisorReviewRequired: () =>
    new AppError(
      'SUPERVISOR_REVIEW_REQUIRED',
      'Atasan langsung harus mengisi penilaiannya sendiri sebelum menutup putaran (penilaian atasan sebelumnya tidak menggantikannya). / The current supervisor must submit their own review before closing.',
    ),
  hasilKerjaRequired: () =>
    new AppError(
      'HASIL_KERJA_REQUIRED',
      'Belum ada rencana kerja (SKP) yang disetujui dengan data KPI: isi rating hasil kerja saat menutup. / No KPI data (no agreed work plan with data): give the hasil kerja rating when closing.',
      [{ field: 'hasilKerjaRating', reasons: ['required'] }],
    ),
  overrideReasonRequired: (computed: string) =>
    new AppError(
      'OVERRIDE_REASON_REQUIRED',
      `Rating hasil kerja berbeda dari hasil perhitungan KPI (${computed}): tuliskan alasannya. / The rating differs from the one computed from KPI data (${computed}): give a reason.`,
      [{ field: 'overrideReason', reasons: ['required when the rating differs from the computed one'] }],
    ),
  duplicateReviewer: () =>
    new AppError('DUPLICATE_REVIEWER', 'Pegawai ini sudah menjadi penilai pada putaran ini. / Already a reviewer of this round.'),
  reviewerInactive: () => new AppError('REVIEWER_INACTIVE', 'Penilai harus pegawai aktif. / Reviewers must be active employees.'),
  notASubordinate: () =>
    new AppError(
      'NOT_A_SUBORDINATE',
      'Penilai bawahan harus bawahan langsung pegawai yang dinilai. / A subordinate reviewer must report to the employee.',
    ),
  selfMustBeSelf: () =>
    new AppError('BAD_USER_INPUT', 'Penilaian diri hanya oleh pegawai itu sendiri. / A SELF review is by the employee only.'),
  supervisorAutomatic: () =>
    new AppError(
      'BAD_USER_INPUT',
      'Atasan langsung ditetapkan otomatis saat putaran dibuka. / The supervisor is assigned when the round opens.',
    ),
  noSupervisor: () =>
    new AppError(
      'NO_SUPERVISOR',
      'Pegawai belum memiliki atasan langsung; tetapkan atasan terlebih dahulu. / The employee has no direct supervisor yet.',
    ),
  duplicateRound: () =>
    new AppError(
      'DUPLICATE_ROUND',
      'Pegawai ini sudah memiliki putaran pada periode tersebut. / A round already exists for this employee and period.',
    ),
  duplicatePeriod: () => new AppError('DUPLICATE_PERIOD', 'Nama periode sudah dipakai. / A period with this name exists.'),
  badScores: (reason: string) => invalidField('scores', `Nilai tidak lengkap atau tidak valid: ${reason}`, reason),
  commentsRequired: () =>
    new AppError(
      'BAD_USER_INPUT',
      'Atasan wajib mengisi apresiasi dan saran perbaikan (masing-masing minimal 10 karakter). / Supervisors must write strengths and improvements.',
      [
        { field: 'strengths', reasons: ['required for the supervisor'] },
        { field: 'improvements', reasons: ['required for the supervisor'] },
      ],
    ),
  nominationNotPending: () => new AppError('BAD_USER_INPUT', 'Usulan ini sudah diputuskan. / This nomination was already decided.'),
  badPeriod: (reason: string) => invalidField('endsOn', `Periode tidak valid: ${reason}`, reason),
};
