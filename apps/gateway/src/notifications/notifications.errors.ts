import { invalidField } from '../common/app-error';

/** Stable errors of notifications (base codes only); Bahasa Indonesia first. */
export const NotificationErrors = {
  badCursor: () => invalidField('after', 'Kursor halaman tidak dikenal. / Unknown page cursor.', 'INVALID_CURSOR'),
  badIds: () => invalidField('ids', 'ids harus UUID notifikasi. / ids must be notification UUIDs.', 'INVALID_ID'),
  tooManyIds: (max: number) =>
    invalidField('ids', `Paling banyak ${max} notifikasi sekaligus. / At most ${max} notifications at once.`, 'TOO_MANY'),
};
