import { DataSource } from 'typeorm';
import { uniqueNip } from '../support/org-fixtures';
import { randomId } from '../support/test-env';

/** A fresh agency written straight into the database (repository tests share the run's database). */
export interface RatingAgency {
  agencyId: string;
  unitId: string;
  unitName: string;
  agencyName: string;
}

export async function insertAgency(ds: DataSource, timeZone = 'Asia/Jakarta'): Promise<RatingAgency> {
  const agencyName = `Instansi Repo ${randomId(4)}`;
  const [agency] = await ds.query(`INSERT INTO agency (name, time_zone) VALUES ($1, $2) RETURNING id`, [agencyName, timeZone]);
  const unitName = `Unit Repo ${randomId(3)}`;
  const [unit] = await ds.query(`INSERT INTO unit (agency_id, name, kind) VALUES ($1, $2, 'AGENCY') RETURNING id`, [agency.id, unitName]);
  return { agencyId: agency.id, unitId: unit.id, unitName, agencyName };
}

export async function insertServicePoint(
  ds: DataSource,
  a: RatingAgency,
  name = `Loket ${randomId(3)}`,
  archived = false,
): Promise<string> {
  const [sp] = await ds.query(
    `INSERT INTO service_point (agency_id, unit_id, name, archived_at) VALUES ($1, $2, $3, CASE WHEN $4::boolean THEN now() END) RETURNING id`,
    [a.agencyId, a.unitId, name, archived],
  );
  return sp.id;
}

export async function insertEmployee(ds: DataSource, a: RatingAgency, name: string, active = true): Promise<{ id: string; nip: string }> {
  const nip = uniqueNip();
  const [e] = await ds.query(
    `INSERT INTO employee (agency_id, nip, name, position, unit_id, roles, active) VALUES ($1, $2, $3, 'Petugas Loket', $4, ARRAY['EMPLOYEE'], $5) RETURNING id`,
    [a.agencyId, nip, name, a.unitId, active],
  );
  return { id: e.id, nip };
}

export async function assignStaff(ds: DataSource, servicePointId: string, employeeId: string): Promise<void> {
  await ds.query(`INSERT INTO service_point_staff (service_point_id, employee_id) VALUES ($1, $2)`, [servicePointId, employeeId]);
}

/** A period of the agency from `startsOn` to `endsOn` (YYYY-MM-DD). */
export async function insertPeriod(ds: DataSource, a: RatingAgency, startsOn: string, endsOn: string, kind = 'MONTHLY'): Promise<string> {
  const [p] = await ds.query(`INSERT INTO period (agency_id, name, kind, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
    a.agencyId,
    `Periode ${randomId(3)}`,
    kind,
    startsOn,
    endsOn,
  ]);
  return p.id;
}

/** The database's today plus `days`, as YYYY-MM-DD (in UTC). */
export function day(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
