import { AppError, invalidField, notFound } from '../common/app-error';
import { namesAsValues, ValueOf } from '../common/names';

/** The codes of the organisation feature (extensions.code), besides the base codes. */
export const OrgErrorCode = namesAsValues([
  'CSV_INVALID',
  'DUPLICATE_NIP',
  'DUPLICATE_SERVICE_POINT',
  'DUPLICATE_UNIT_NAME',
  'SUPERVISOR_ALREADY_REVIEWER',
  'SUPERVISOR_CYCLE',
  'SUPERVISOR_INACTIVE',
  'UNIT_ARCHIVED',
  'UNIT_CYCLE',
  'UNIT_NOT_EMPTY',
]);
export type OrgErrorCode = ValueOf<typeof OrgErrorCode>;

/** Stable errors of the organisation feature. */
export const OrgErrors = {
  notFound,
  invalidNip: (reason: string) => invalidField('nip', `NIP tidak valid: ${reason}`, reason),
  duplicateNip: (nip: string) => new AppError('DUPLICATE_NIP', `NIP ${nip} sudah terdaftar. / NIP ${nip} is already registered.`, { nip }),
  supervisorCycle: () =>
    new AppError(
      'SUPERVISOR_CYCLE',
      'Atasan ini akan membuat rantai atasan yang berputar. / This supervisor would create a cycle in the reporting line.',
    ),
  selfSupervisor: () =>
    new AppError('SUPERVISOR_CYCLE', 'Pegawai tidak boleh menjadi atasan dirinya sendiri. / An employee cannot supervise themself.'),
  supervisorAlreadyReviewer: () =>
    new AppError(
      'SUPERVISOR_ALREADY_REVIEWER',
      'Atasan baru sudah mengirim penilaian sebagai rekan pada putaran penilaian pegawai ini yang masih terbuka; tutup atau selesaikan putaran itu dulu. / The new supervisor already reviewed an open round of this employee as a peer.',
    ),
  supervisorInactive: () => new AppError('SUPERVISOR_INACTIVE', 'Atasan yang dipilih tidak aktif. / The chosen supervisor is inactive.'),
  unitArchived: () => new AppError('UNIT_ARCHIVED', 'Unit ini sudah diarsipkan. / This unit is archived.'),
  unitNotEmpty: (what: string) =>
    new AppError('UNIT_NOT_EMPTY', `Unit masih memiliki ${what}; pindahkan dulu. / The unit still has ${what}.`),
  unitCycle: () => new AppError('UNIT_CYCLE', 'Unit tidak dapat dipindahkan ke bawah dirinya sendiri. / A unit cannot move under itself.'),
  duplicateUnitName: () =>
    new AppError('DUPLICATE_UNIT_NAME', 'Sudah ada unit dengan nama ini di bawah induk yang sama. / A sibling unit has this name.'),
  rootUnit: (what: string) =>
    new AppError('BAD_USER_INPUT', `Unit induk instansi tidak dapat ${what}. / The agency root unit cannot be changed that way.`),
  duplicateServicePoint: () =>
    new AppError(
      'DUPLICATE_SERVICE_POINT',
      'Sudah ada titik layanan dengan nama ini di unit tersebut. / The unit already has a service point with this name.',
    ),
  csvInvalid: (errors: Array<{ line: number; reason: string }>) =>
    new AppError(
      'CSV_INVALID',
      `Impor dibatalkan: ${errors.length} baris bermasalah, tidak ada data yang disimpan. / Import refused: ${errors.length} bad row(s), nothing was stored.`,
      errors,
    ),
  badPassword: (reason: string) => invalidField('password', `Kata sandi tidak memenuhi syarat: ${reason}`, reason),
  invalidEmail: () => invalidField('email', 'Alamat email tidak valid. / Invalid email address.', 'invalid email'),
};

/** PostgreSQL unique violation on the named index. */
export function isUniqueViolation(err: unknown, index?: string): boolean {
  const e = err as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e.code ?? e.driverError?.code;
  const constraint = e.constraint ?? e.driverError?.constraint;
  return code === '23505' && (!index || constraint === index);
}
