import { randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { randomId } from '../support/test-env';

/**
 * Rows for the rounds and results repository tests, written directly (the repositories under test
 * are not used to build their own fixtures): an agency with a root unit and a sub-unit, employees
 * with a reporting line, and periods. Every name is fresh, so files sharing the run's database do
 * not collide.
 */
export interface Org {
  agencyId: string;
  rootUnitId: string;
  subUnitId: string;
  /** Head of the agency (no supervisor). */
  head: string;
  /** Reports to head; works in the sub-unit. */
  boss: string;
  /** Report to boss, in the sub-unit. */
  staffA: string;
  staffB: string;
  /** In the root unit, reports to head. */
  peer: string;
  /** Inactive, in the sub-unit, reports to boss. */
  former: string;
}

const nip = () => Array.from({ length: 18 }, () => randomInt(10)).join('');

export async function addEmployee(
  ds: DataSource,
  e: { agencyId: string; unitId: string; name: string; supervisorId?: string | null; active?: boolean; position?: string },
): Promise<string> {
  const [row] = await ds.query(
    `INSERT INTO employee (agency_id, nip, name, position, unit_id, supervisor_id, roles, active)
     VALUES ($1, $2, $3, $4, $5, $6, ARRAY['EMPLOYEE'], $7) RETURNING id`,
    [e.agencyId, nip(), e.name, e.position ?? 'Pengadministrasi Umum', e.unitId, e.supervisorId ?? null, e.active ?? true],
  );
  return row.id;
}

export async function createOrg(ds: DataSource, label: string): Promise<Org> {
  const [agency] = await ds.query(`INSERT INTO agency (name) VALUES ($1) RETURNING id`, [`${label} ${randomId(4)}`]);
  const agencyId: string = agency.id;
  const [root] = await ds.query(`INSERT INTO unit (agency_id, name, kind) VALUES ($1, 'Sekretariat Daerah', 'AGENCY') RETURNING id`, [
    agencyId,
  ]);
  const [sub] = await ds.query(
    `INSERT INTO unit (agency_id, parent_id, name, kind) VALUES ($1, $2, 'Bidang Umum', 'BIDANG') RETURNING id`,
    [agencyId, root.id],
  );
  const head = await addEmployee(ds, { agencyId, unitId: root.id, name: 'Hj. Kepala Dinas', position: 'Kepala Dinas' });
  const boss = await addEmployee(ds, { agencyId, unitId: sub.id, name: 'Budi Atasan', supervisorId: head, position: 'Kepala Bidang' });
  const staffA = await addEmployee(ds, { agencyId, unitId: sub.id, name: 'Ani Staf', supervisorId: boss });
  const staffB = await addEmployee(ds, { agencyId, unitId: sub.id, name: 'Beni Staf', supervisorId: boss });
  const peer = await addEmployee(ds, { agencyId, unitId: root.id, name: 'Citra Rekan', supervisorId: head });
  const former = await addEmployee(ds, { agencyId, unitId: sub.id, name: 'Dedi Pensiun', supervisorId: boss, active: false });
  return { agencyId, rootUnitId: root.id, subUnitId: sub.id, head, boss, staffA, staffB, peer, former };
}

export async function addPeriodRow(ds: DataSource, agencyId: string, name: string, startsOn: string, endsOn: string): Promise<string> {
  const [row] = await ds.query(
    `INSERT INTO period (agency_id, name, kind, starts_on, ends_on) VALUES ($1, $2, 'QUARTERLY', $3, $4) RETURNING id`,
    [agencyId, name, startsOn, endsOn],
  );
  return row.id;
}

/** The Postgres error code and constraint of a failed statement (TypeORM wraps the driver's error). */
export function pgError(err: unknown): { code?: string; constraint?: string } {
  const e = err as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  return { code: e.code ?? e.driverError?.code, constraint: e.constraint ?? e.driverError?.constraint };
}

export async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected the statement to fail');
}
