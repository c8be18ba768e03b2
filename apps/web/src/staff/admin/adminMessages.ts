import { defineMessages } from '../../shared/i18n';

/** The administration area's words (/app/admin): the sub-menu and what its pages share. */
export const ADMIN_MESSAGES = defineMessages({
  id: {
    adminMenu: 'Menu administrasi',
    sectionServicePoints: 'Titik layanan & kios',
  },
  en: {
    adminMenu: 'Administration menu',
    sectionServicePoints: 'Service points & kiosks',
  },
});
export type AdminKey = keyof (typeof ADMIN_MESSAGES)['id'];
