import { AppError } from '../common/app-error';
import { namesAsValues, ValueOf } from '../common/names';

/**
 * The codes of work plans, indicators and realisations (extensions.code), besides the base codes.
 * A record that does not exist, or belongs to another agency, is the base NOT_FOUND (as everywhere
 * in the API), with a message naming what was not found.
 */
export const WorkPlanErrorCode = namesAsValues([
  'DUPLICATE_WORK_PLAN',
  'DUPLICATE_INDICATOR',
  'WORK_PLAN_NOT_DRAFT',
  'WORK_PLAN_NOT_AGREED',
  'WORK_PLAN_EMPTY',
  'INVALID_TARGET',
  'INVALID_WEIGHT',
  'INDICATOR_SOURCE_MISMATCH',
  'INDICATOR_NOT_MANUAL',
  'INDICATOR_HAS_REALISATIONS',
  'MONTH_OUT_OF_PLAN_YEAR',
  'MONTH_IN_FUTURE',
  'REALISATION_ALREADY_VERIFIED',
  'REALISATION_NOT_SUBMITTED',
  'FEEDBACK_REQUIRED',
]);
export type WorkPlanErrorCode = ValueOf<typeof WorkPlanErrorCode>;

/** Stable errors of work plans (SKP) and realisations; Bahasa Indonesia first. */
export const WorkPlanErrors = {
  workPlanNotFound: () => new AppError('NOT_FOUND', 'Rencana kerja (SKP) tidak ditemukan. / Work plan not found.'),
  indicatorNotFound: () => new AppError('NOT_FOUND', 'Indikator kinerja tidak ditemukan. / Indicator not found.'),
  realisationNotFound: () => new AppError('NOT_FOUND', 'Laporan realisasi tidak ditemukan. / Realisation not found.'),
  employeeNotFound: () => new AppError('NOT_FOUND', 'Pegawai tidak ditemukan. / Employee not found.'),
  unitNotFound: () => new AppError('NOT_FOUND', 'Unit kerja tidak ditemukan. / Unit not found.'),
  duplicateWorkPlan: (year: number) =>
    new AppError(
      'DUPLICATE_WORK_PLAN',
      `Pegawai ini sudah memiliki rencana kerja (SKP) tahun ${year}. / This employee already has a work plan for ${year}.`,
      { year },
    ),
  duplicateIndicator: () =>
    new AppError(
      'DUPLICATE_INDICATOR',
      'Nama indikator sudah dipakai pada rencana kerja ini. / The plan already has an indicator with this name.',
      [{ field: 'name', reasons: ['already used in this plan'] }],
    ),
  notDraft: () =>
    new AppError(
      'WORK_PLAN_NOT_DRAFT',
      'Rencana kerja sudah disepakati; ajukan perubahan (revisi) dengan alasan terlebih dahulu. / The plan is agreed: revise it with a reason first.',
    ),
  notAgreed: () =>
    new AppError(
      'WORK_PLAN_NOT_AGREED',
      'Rencana kerja belum disepakati atasan langsung. / The work plan has not been agreed by the direct supervisor.',
    ),
  empty: () =>
    new AppError('WORK_PLAN_EMPTY', 'Rencana kerja belum memiliki indikator. / A work plan needs at least one indicator to be agreed.'),
  invalidTarget: () =>
    new AppError('INVALID_TARGET', 'Target harus berupa angka lebih dari 0. / The target must be a number greater than 0.', [
      { field: 'target', reasons: ['must be a finite number > 0'] },
    ]),
  invalidWeight: () =>
    new AppError('INVALID_WEIGHT', 'Bobot harus berupa angka lebih dari 0 (paling besar 1000). / The weight must be > 0 and ≤ 1000.', [
      { field: 'weight', reasons: ['must be a finite number > 0 and ≤ 1000'] },
    ]),
  sourceMismatch: (source: string, needs: string) =>
    new AppError(
      'INDICATOR_SOURCE_MISMATCH',
      `Indikator otomatis ${source} harus ${needs}. / An automatic ${source} indicator must be ${needs}.`,
      [{ field: 'source', reasons: [needs] }],
    ),
  notManual: () =>
    new AppError(
      'INDICATOR_NOT_MANUAL',
      'Indikator ini dihitung otomatis oleh sistem; realisasinya tidak dilaporkan manual. / This indicator is computed automatically.',
    ),
  hasRealisations: () =>
    new AppError(
      'INDICATOR_HAS_REALISATIONS',
      'Indikator yang sudah memiliki laporan realisasi tidak dapat dihapus; ubah saja isinya. / An indicator with realisations cannot be removed.',
    ),
  monthOutOfPlanYear: (year: number) =>
    new AppError(
      'MONTH_OUT_OF_PLAN_YEAR',
      `Bulan laporan harus dalam tahun rencana kerja (${year}). / The month must be within the plan's year (${year}).`,
      [{ field: 'month', reasons: [`within ${year}`] }],
    ),
  monthInFuture: () =>
    new AppError('MONTH_IN_FUTURE', 'Realisasi bulan yang belum berjalan tidak dapat dilaporkan. / A future month cannot be reported.', [
      { field: 'month', reasons: ['not after the current month'] },
    ]),
  alreadyVerified: () =>
    new AppError(
      'REALISATION_ALREADY_VERIFIED',
      'Realisasi ini sudah diverifikasi atasan dan tidak dapat diubah. / This realisation is already verified.',
    ),
  notSubmitted: () =>
    new AppError(
      'REALISATION_NOT_SUBMITTED',
      'Realisasi ini menunggu perbaikan dari pegawai, bukan verifikasi. / This realisation awaits the employee’s correction.',
    ),
  feedbackRequired: () =>
    new AppError(
      'FEEDBACK_REQUIRED',
      'Tuliskan umpan balik saat mengembalikan laporan realisasi. / Feedback is required to return a realisation.',
      [{ field: 'feedback', reasons: ['required to return'] }],
    ),
};
