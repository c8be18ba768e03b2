import { DataSource } from 'typeorm';
import { AgenciesRepository, AuditService, EmployeesRepository, UnitsRepository } from '@k360/database';
import { nipProblem } from './nip';
import { hashPassword, passwordProblem } from './passwords';

export interface NewAgency {
  agencyName: string;
  adminNip: string;
  adminPassword: string;
  adminName?: string;
  /** IANA name or WIB / WITA / WIT; Asia/Jakarta when absent. */
  timeZone?: string;
}

/** Indonesia's three time zones, by IANA name and by their Indonesian abbreviations. */
export const AGENCY_TIME_ZONES: Record<string, string> = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
  'Asia/Jakarta': 'Asia/Jakarta',
  'Asia/Makassar': 'Asia/Makassar',
  'Asia/Jayapura': 'Asia/Jayapura',
};

export interface CreatedAgency {
  agencyId: string;
  rootUnitId: string;
  adminId: string;
}

const ADMIN_POSITION = 'Administrator Kepegawaian';

/**
 * Creates an agency with its root unit (kind AGENCY) and its first ADMIN, in one transaction,
 * with an audit row. Used by the boot-time bootstrap admin and by `npm run agency:create`.
 */
export async function createAgencyWithAdmin(ds: DataSource, input: NewAgency): Promise<CreatedAgency> {
  const nipIssue = nipProblem(input.adminNip);
  if (nipIssue) throw new Error(`admin NIP ${input.adminNip}: ${nipIssue}`);
  const pwIssue = passwordProblem(input.adminPassword);
  if (pwIssue) throw new Error(`admin password: ${pwIssue}`);
  const timeZone = AGENCY_TIME_ZONES[input.timeZone ?? 'WIB'];
  if (!timeZone) throw new Error(`time zone ${input.timeZone}: use WIB, WITA or WIT (Asia/Jakarta, Asia/Makassar, Asia/Jayapura)`);
  const hash = await hashPassword(input.adminPassword);
  const agencies = new AgenciesRepository(ds);
  const units = new UnitsRepository(ds);
  const employees = new EmployeesRepository(ds);
  const name = input.agencyName.trim();
  return ds.transaction(async (m) => {
    const agency = await agencies.insert(name, timeZone, m);
    const root = await units.insert({ agencyId: agency.id, parentId: null, name, kind: 'AGENCY' }, m);
    await units.recordVersion(root, null, m);
    const admin = await employees.insert(
      {
        agencyId: agency.id,
        nip: input.adminNip,
        name: input.adminName ?? 'Administrator',
        position: ADMIN_POSITION,
        unitId: root.id,
        supervisorId: null,
        roles: ['ADMIN', 'EMPLOYEE'],
        passwordHash: hash,
      },
      m,
    );
    await employees.recordAssignment(admin.id, { position: ADMIN_POSITION, unitId: root.id, supervisorId: null }, m);
    await new AuditService(ds).forSystem(agency.id).record(m, 'AGENCY_CREATED', 'agency', agency.id, {
      after: { name, timeZone, rootUnitId: root.id, adminId: admin.id, adminNip: input.adminNip },
    });
    return { agencyId: agency.id, rootUnitId: root.id, adminId: admin.id };
  });
}

/**
 * When no ADMIN exists anywhere, creates the bootstrap agency and admin (BOOTSTRAP_ADMIN_NIP and
 * BOOTSTRAP_ADMIN_PASSWORD). An advisory lock makes concurrent boots create it once.
 * Returns what it did, for the boot log.
 */
export async function bootstrapAdmin(ds: DataSource, nip: string, password: string): Promise<'created' | 'admin-exists' | 'nip-taken'> {
  const agencies = new AgenciesRepository(ds);
  const employees = new EmployeesRepository(ds);
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await agencies.lockBootstrap(runner.manager);
    if ((await employees.countAdmins(runner.manager)) > 0) return 'admin-exists';
    if (await employees.isNipTaken(nip, runner.manager)) return 'nip-taken';
    await createAgencyWithAdmin(ds, { agencyName: 'Instansi Utama', adminNip: nip, adminPassword: password });
    return 'created';
  } finally {
    await agencies.unlockBootstrap(runner.manager).catch(() => undefined);
    await runner.release();
  }
}
