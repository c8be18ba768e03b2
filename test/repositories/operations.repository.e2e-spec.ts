import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { OperationsRepository } from '@k360/database';
import { ownMigratedDatabase, OwnDatabase } from '../support/own-database';
import { uniqueNip } from '../support/org-fixtures';
import { randomId } from '../support/test-env';

// Nest cannot load under Jest: stand-ins for its decorators (test/support/nest-shim.ts).
jest.mock('@nestjs/common', () => jest.requireActual('../support/nest-shim').nestCommon);
jest.mock('@nestjs/typeorm', () => jest.requireActual('../support/nest-shim').nestTypeorm);

/** OperationsRepository against the real PostgreSQL, on a database of its own (it counts every agency). */
describe('OperationsRepository', () => {
  let db: OwnDatabase;
  let ds: DataSource;
  let repo: OperationsRepository;

  /** An agency with a unit, a service point, a period and one round. */
  const agency = async () => {
    const [{ id }] = await ds.query(`INSERT INTO agency (name) VALUES ($1) RETURNING id`, [`Instansi Operasi ${randomId(4)}`]);
    const [{ id: unitId }] = await ds.query(`INSERT INTO unit (agency_id, name, kind) VALUES ($1, 'Instansi', 'AGENCY') RETURNING id`, [
      id,
    ]);
    const [{ id: pointId }] = await ds.query(`INSERT INTO service_point (agency_id, unit_id, name) VALUES ($1, $2, 'Loket') RETURNING id`, [
      id,
      unitId,
    ]);
    const [{ id: periodId }] = await ds.query(
      `INSERT INTO period (agency_id, name, kind, starts_on, ends_on) VALUES ($1, 'Periode', 'MONTHLY', current_date, current_date + 27) RETURNING id`,
      [id],
    );
    const [{ id: employeeId }] = await ds.query(
      `INSERT INTO employee (agency_id, nip, name, position, unit_id, roles) VALUES ($1, $2, 'Pegawai', 'Analis', $3, '{EMPLOYEE}') RETURNING id`,
      [id, uniqueNip(), unitId],
    );
    const [{ id: roundId }] = await ds.query(
      `INSERT INTO evaluation_round (agency_id, employee_id, period_id, status, position_at_open, unit_id_at_open, policy, instrument_version_id)
       VALUES ($1, $2, $3, 'OPEN', 'Analis', $4, '{}', (SELECT id FROM instrument_version WHERE agency_id IS NULL ORDER BY version LIMIT 1))
       RETURNING id`,
      [id, employeeId, periodId, unitId],
    );
    return { id: id as string, pointId: pointId as string, periodId: periodId as string, roundId: roundId as string };
  };

  beforeAll(async () => {
    db = await ownMigratedDatabase();
    ds = db.ds;
    repo = new OperationsRepository(ds);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('agencyCount counts every agency of the deployment', async () => {
    expect(await repo.agencyCount()).toBe(0);
    await agency();
    expect(await repo.agencyCount()).toBe(1);
    await agency();
    expect(await repo.agencyCount()).toBe(2);
  });

  it('ownedByAgency keeps the agency own rounds, service points and periods, and drops the others and unknown ids', async () => {
    const mine = await agency();
    const theirs = await agency();
    const unknown = randomUUID();
    const owned = await repo.ownedByAgency(mine.id, {
      roundIds: [mine.roundId, theirs.roundId, unknown],
      servicePointIds: [mine.pointId, theirs.pointId],
      periodIds: [mine.periodId, theirs.periodId, mine.roundId],
    });
    expect([...owned].sort()).toEqual([mine.roundId, mine.pointId, mine.periodId].sort());
    expect(await repo.ownedByAgency(mine.id, { roundIds: [], servicePointIds: [], periodIds: [] })).toEqual(new Set());
  });
});
