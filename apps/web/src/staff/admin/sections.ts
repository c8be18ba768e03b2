import { page } from '../app/lazy-page';
import type { AdminKey } from './adminMessages';

/**
 * The administration area's pages (/app/admin/<path>), in the order an agency sets itself up:
 * each is its own chunk. The sub-menu is built from this list.
 */
export const ADMIN_SECTIONS: Array<{ path: string; label: AdminKey; lazy: ReturnType<typeof page> }> = [
  { path: 'units', label: 'sectionUnits', lazy: page(() => import('./units/UnitsPage'), 'UnitsPage') },
  { path: 'employees', label: 'sectionEmployees', lazy: page(() => import('./employees/EmployeesPage'), 'EmployeesPage') },
  { path: 'import', label: 'sectionImport', lazy: page(() => import('./employees/ImportPage'), 'ImportPage') },
  {
    path: 'service-point-setup',
    label: 'sectionServicePointSetup',
    lazy: page(() => import('./service-points/SetupPage'), 'SetupPage'),
  },
  {
    path: 'service-points',
    label: 'sectionServicePoints',
    lazy: page(() => import('./service-points/ServicePointsPage'), 'ServicePointsPage'),
  },
  {
    path: 'periods',
    label: 'sectionPeriods',
    lazy: page(() => import('./periods/PeriodsPage'), 'PeriodsPage'),
  },
  {
    path: 'rounds',
    label: 'sectionRounds',
    lazy: page(() => import('./rounds/RoundsPage'), 'RoundsPage'),
  },
  {
    path: 'instruments',
    label: 'sectionInstruments',
    lazy: page(() => import('./instruments/InstrumentsPage'), 'InstrumentsPage'),
  },
  {
    path: 'awards',
    label: 'sectionAwards',
    lazy: page(() => import('./recognition/AwardsPage'), 'AwardsPage'),
  },
  {
    path: 'training',
    label: 'sectionTraining',
    lazy: page(() => import('./recognition/TrainingPage'), 'TrainingPage'),
  },
  {
    path: 'audit',
    label: 'sectionAudit',
    lazy: page(() => import('./audit/AuditLogPage'), 'AuditLogPage'),
  },
  {
    path: 'jobs',
    label: 'sectionJobs',
    lazy: page(() => import('./jobs/FailedJobsPage'), 'FailedJobsPage'),
  },
];
