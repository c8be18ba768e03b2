import { AppError, notFound } from '../common/app-error';
import { namesAsValues, ValueOf } from '../common/names';

/** The codes of reports (extensions.code), besides the base codes. */
export const ReportErrorCode = namesAsValues(['ROUND_NOT_SCORED']);
export type ReportErrorCode = ValueOf<typeof ReportErrorCode>;

/** Stable errors of the SKM report data and the PDF reports. */
export const ReportErrors = {
  notFound,
  /** FORBIDDEN: the SKM figures of a service point are for ADMIN and the heads of its unit (UnitsRepository.headedUnitTree). */
  notUnitHead: () =>
    new AppError(
      'FORBIDDEN',
      'Laporan SKM hanya untuk ADMIN dan kepala unit titik layanan ini. / The SKM report is for ADMIN and the heads of the service point’s unit.',
      { reason: 'NOT_A_UNIT_HEAD' },
    ),
  /** FORBIDDEN: a round report is for the employee, their supervisor and ADMIN. */
  notYourRound: () =>
    new AppError(
      'FORBIDDEN',
      'Laporan putaran hanya untuk pegawai yang dinilai, atasannya, dan ADMIN. / A round report is for the employee, their supervisor and ADMIN.',
      { reason: 'NOT_YOUR_ROUND' },
    ),
  roundNotScored: (status: string) =>
    new AppError(
      'ROUND_NOT_SCORED',
      `Laporan tersedia setelah putaran dinilai (status ${status}). / The report is available once the round is scored.`,
      { status },
    ),
  missing: (field: string) =>
    new AppError('BAD_USER_INPUT', `${field} wajib diisi untuk jenis laporan ini. / ${field} is required for this kind of report.`, [
      { field, reasons: ['required'] },
    ]),
};
