import { defineMessages } from '../../shared/i18n';

/** The administration area's words (/app/admin): the sub-menu and what its pages share. */
export const ADMIN_MESSAGES = defineMessages({
  id: {
    adminMenu: 'Menu administrasi',
    sectionServicePoints: 'Titik layanan & kios',
    sectionUnits: 'Unit kerja',
    sectionEmployees: 'Pegawai',
    sectionImport: 'Impor pegawai (CSV)',
    sectionServicePointSetup: 'Titik layanan',
  },
  en: {
    adminMenu: 'Administration menu',
    sectionServicePoints: 'Service points & kiosks',
    sectionUnits: 'Units',
    sectionEmployees: 'Employees',
    sectionImport: 'Import employees (CSV)',
    sectionServicePointSetup: 'Service points',
  },
});
export type AdminKey = keyof (typeof ADMIN_MESSAGES)['id'];
