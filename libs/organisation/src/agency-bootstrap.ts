import { DataSource } from 'typeorm';
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

const BOOTSTRAP_LOCK = 360_2026_12;

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
  return ds.transaction(async (m) => {
    const [agency] = await m.query(`INSERT INTO agency (name, time_zone) VALUES ($1, $2) RETURNING id`, [
      input.agencyName.trim(),
      timeZone,
    ]);
    const [unit] = await m.query(`INSERT INTO unit (agency_id, parent_id, name, kind) VALUES ($1, NULL, $2, 'AGENCY') RETURNING id`, [
      agency.id,
      input.agencyName.trim(),
    ]);
    await m.query(`INSERT INTO unit_history (unit_id, name, parent_id, archived, valid_from) VALUES ($1, $2, NULL, false, now())`, [
      unit.id,
      input.agencyName.trim(),
    ]);
    const [admin] = await m.query(
      `INSERT INTO employee (agency_id, nip, name, position, unit_id, roles, password_hash, password_changed_at)
       VALUES ($1, $2, $3, 'Administrator Kepegawaian', $4, ARRAY['ADMIN','EMPLOYEE'], $5, now()) RETURNING id`,
      [agency.id, input.adminNip, input.adminName ?? 'Administrator', unit.id, hash],
    );
    await m.query(`INSERT INTO employee_assignment (employee_id, position, unit_id) VALUES ($1, 'Administrator Kepegawaian', $2)`, [
      admin.id,
      unit.id,
    ]);
    await m.query(
      `INSERT INTO audit_log (actor_kind, agency_id, action, entity_type, entity_id, after)
       VALUES ('SYSTEM', $1::uuid, 'AGENCY_CREATED', 'agency', $1::text, $2)`,
      [
        agency.id,
        JSON.stringify({ name: input.agencyName.trim(), timeZone, rootUnitId: unit.id, adminId: admin.id, adminNip: input.adminNip }),
      ],
    );
    return { agencyId: agency.id, rootUnitId: unit.id, adminId: admin.id };
  });
}

/**
 * When no ADMIN exists anywhere, creates the bootstrap agency and admin (BOOTSTRAP_ADMIN_NIP and
 * BOOTSTRAP_ADMIN_PASSWORD). An advisory lock makes concurrent boots create it once.
 * Returns what it did, for the boot log.
 */
export async function bootstrapAdmin(ds: DataSource, nip: string, password: string): Promise<'created' | 'admin-exists' | 'nip-taken'> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [BOOTSTRAP_LOCK]);
    const [{ admins }] = await runner.query(`SELECT count(*)::int AS admins FROM employee WHERE 'ADMIN' = ANY(roles)`);
    if (admins > 0) return 'admin-exists';
    const [{ taken }] = await runner.query(`SELECT count(*)::int AS taken FROM employee WHERE nip = $1`, [nip]);
    if (taken > 0) return 'nip-taken';
    await createAgencyWithAdmin(ds, { agencyName: 'Instansi Utama', adminNip: nip, adminPassword: password });
    return 'created';
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [BOOTSTRAP_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
