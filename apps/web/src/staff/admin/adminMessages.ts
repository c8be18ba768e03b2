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
    sectionPeriods: 'Periode',
    sectionRounds: 'Putaran penilaian',
    sectionInstruments: 'Instrumen & kebijakan',
    sectionAwards: 'Penghargaan',
    sectionTraining: 'Pelatihan',
    sectionAudit: 'Log audit',
    sectionJobs: 'Pekerjaan gagal',
  },
  en: {
    adminMenu: 'Administration menu',
    sectionServicePoints: 'Service points & kiosks',
    sectionUnits: 'Units',
    sectionEmployees: 'Employees',
    sectionImport: 'Import employees (CSV)',
    sectionServicePointSetup: 'Service points',
    sectionPeriods: 'Periods',
    sectionRounds: 'Evaluation rounds',
    sectionInstruments: 'Instrument & policy',
    sectionAwards: 'Awards',
    sectionTraining: 'Training',
    sectionAudit: 'Audit log',
    sectionJobs: 'Failed jobs',
  },
});
export type AdminKey = keyof (typeof ADMIN_MESSAGES)['id'];
