import { AppError, notFound } from '../common/app-error';
import { namesAsValues, ValueOf } from '../common/names';

/** The codes of the team dashboard (extensions.code), besides the base codes. */
export const TeamDashboardErrorCode = namesAsValues(['UNIT_NOT_HEADED']);
export type TeamDashboardErrorCode = ValueOf<typeof TeamDashboardErrorCode>;

/** Stable errors of the team dashboard and its export. */
export const TeamDashboardErrors = {
  notFound,
  unitNotHeaded: () =>
    new AppError(
      'UNIT_NOT_HEADED',
      'Anda hanya dapat memilih unit yang Anda pimpin (atau unit di bawahnya). / You may only pick a unit you head or one below it.',
      [{ field: 'unitId', reasons: ['not a unit the caller heads'] }],
    ),
};
