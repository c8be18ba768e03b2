import { AppError } from '../common/app-error';
import { namesAsValues, ValueOf } from '../common/names';

/** The codes of recognition and development (award candidates, the training catalogue), besides the base codes. */
export const RecognitionErrorCode = namesAsValues(['DUPLICATE_COURSE_TITLE']);
export type RecognitionErrorCode = ValueOf<typeof RecognitionErrorCode>;

/** Stable errors of recognition and development; Bahasa Indonesia first. */
export const RecognitionErrors = {
  courseNotFound: () => new AppError('NOT_FOUND', 'Pelatihan tidak ditemukan. / Training course not found.'),
  periodNotFound: () => new AppError('NOT_FOUND', 'Periode tidak ditemukan. / Period not found.'),
  unitNotFound: () => new AppError('NOT_FOUND', 'Unit kerja tidak ditemukan. / Unit not found.'),
  duplicateTitle: (title: string) =>
    new AppError(
      'DUPLICATE_COURSE_TITLE',
      `Katalog sudah memuat pelatihan berjudul "${title}". / The catalogue already has a course titled "${title}".`,
      [{ field: 'title', reasons: ['already in the catalogue'] }],
    ),
};
