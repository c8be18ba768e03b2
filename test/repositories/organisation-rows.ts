import { DataSource, EntityManager } from 'typeorm';
import {
  AgenciesRepository,
  EmployeeRecord,
  EmployeesRepository,
  NewEmployee,
  RoleValue,
  UnitRecord,
  UnitsRepository,
} from '@k360/database';
import { uniqueNip } from '../support/org-fixtures';
import { randomId } from '../support/test-env';

/**
 * Rows for repository tests, written through the repositories themselves: a fresh agency with its
 * root unit, units and employees. Every test file shares the run's database, so each agency has a
 * random name and every assertion stays inside it.
 */
export class OrganisationRows {
  readonly agencies: AgenciesRepository;
  readonly units: UnitsRepository;
  readonly employees: EmployeesRepository;

  constructor(private readonly ds: DataSource) {
    this.agencies = new AgenciesRepository(ds);
    this.units = new UnitsRepository(ds);
    this.employees = new EmployeesRepository(ds);
  }

  async agency(label = 'Instansi Repo'): Promise<{ agencyId: string; root: UnitRecord }> {
    const name = `${label} ${randomId(4)}`;
    const agency = await this.agencies.insert(name, 'Asia/Jakarta');
    const root = await this.units.insert({ agencyId: agency.id, parentId: null, name, kind: 'AGENCY' });
    return { agencyId: agency.id, root };
  }

  unit(agencyId: string, parentId: string, name = `Unit ${randomId(3)}`, m?: EntityManager): Promise<UnitRecord> {
    return this.units.insert({ agencyId, parentId, name, kind: 'DINAS' }, m);
  }

  employee(
    agencyId: string,
    unitId: string,
    fields: Partial<Omit<NewEmployee, 'agencyId' | 'unitId'>> & { roles?: RoleValue[] } = {},
    m?: EntityManager,
  ): Promise<EmployeeRecord> {
    return this.employees.insert(
      {
        agencyId,
        unitId,
        nip: fields.nip ?? uniqueNip(),
        name: fields.name ?? `Pegawai ${randomId(3)}`,
        position: fields.position ?? 'Analis',
        supervisorId: fields.supervisorId ?? null,
        roles: fields.roles ?? ['EMPLOYEE'],
        passwordHash: fields.passwordHash ?? null,
      },
      m,
    );
  }
}

/** The PostgreSQL error a failed statement raised (TypeORM wraps it in QueryFailedError). */
export async function pgError(p: Promise<unknown>): Promise<{ code?: string; constraint?: string }> {
  try {
    await p;
  } catch (err) {
    const e = err as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
    return { code: e.driverError?.code ?? e.code, constraint: e.driverError?.constraint ?? e.constraint };
  }
  throw new Error('expected the statement to fail');
}

/**
 * Runs `probe` on a second connection (autocommit: each statement its own transaction) while
 * `hold` keeps a transaction open on the first, then lets the first commit. For lock tests: the
 * probe uses NOWAIT / pg_try_* and never waits.
 */
export async function whileHolding<T>(
  ds: DataSource,
  hold: (m: EntityManager) => Promise<unknown>,
  probe: (other: EntityManager) => Promise<T>,
): Promise<T> {
  const other = ds.createQueryRunner();
  await other.connect();
  try {
    let result!: T;
    await ds.transaction(async (m) => {
      await hold(m);
      result = await probe(other.manager);
    });
    return result;
  } finally {
    await other.release();
  }
}

/** Whether a statement on `m` fails at once with lock_not_available (55P03) instead of taking the lock. */
export async function isLocked(m: EntityManager, sql: string, params: unknown[]): Promise<boolean> {
  try {
    await m.query(sql, params);
    return false;
  } catch (err) {
    const e = err as { code?: string; driverError?: { code?: string } };
    if ((e.driverError?.code ?? e.code) === '55P03') return true;
    throw err;
  }
}
