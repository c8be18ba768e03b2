import { DataSource } from 'typeorm';
import { AGENCY_NAME_UQ, AGENCY_TIME_ZONE_CK, AgenciesRepository, EmployeesRepository, UnitsRepository } from '@k360/database';
import { bootstrapAdmin, createAgencyWithAdmin } from '@k360/organisation';
import { uniqueNip } from '../support/org-fixtures';
import { migratedDataSource } from '../support/database';
import { randomId } from '../support/test-env';
import { pgError } from './organisation-rows';

// Nest cannot load under Jest: stand-ins for its decorators (test/support/nest-shim.ts).
jest.mock('@nestjs/common', () => jest.requireActual('../support/nest-shim').nestCommon);
jest.mock('@nestjs/typeorm', () => jest.requireActual('../support/nest-shim').nestTypeorm);

describe('AgenciesRepository and the agency bootstrap (real PostgreSQL)', () => {
  let ds: DataSource;
  let agencies: AgenciesRepository;

  beforeAll(async () => {
    ds = await migratedDataSource();
    agencies = new AgenciesRepository(ds);
  });
  afterAll(() => ds.destroy());

  it('inserts an agency as a camelCase record; fails on AGENCY_NAME_UQ (any case) and AGENCY_TIME_ZONE_CK', async () => {
    const name = `Kota Uji ${randomId(4)}`;
    const agency = await agencies.insert(name, 'Asia/Makassar');
    expect(agency).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), name, timeZone: 'Asia/Makassar', createdAt: expect.any(Date) });

    expect(await pgError(agencies.insert(name.toUpperCase(), 'Asia/Jakarta'))).toEqual({ code: '23505', constraint: AGENCY_NAME_UQ });
    expect(await pgError(agencies.insert(`Kota Lain ${randomId(4)}`, 'Europe/Paris'))).toEqual({
      code: '23514',
      constraint: AGENCY_TIME_ZONE_CK,
    });
  });

  it('lockBootstrap holds a session advisory lock until unlockBootstrap', async () => {
    const runner = ds.createQueryRunner();
    await runner.connect();
    const held = async () => {
      const [{ n }] = await runner.query(
        `SELECT count(*)::int AS n FROM pg_locks
          WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND classid = 0 AND objid = 360202612 AND objsubid = 1 AND granted`,
      );
      return n as number;
    };
    try {
      expect(await held()).toBe(0);
      await agencies.lockBootstrap(runner.manager);
      expect(await held()).toBe(1);
      await agencies.unlockBootstrap(runner.manager);
      expect(await held()).toBe(0);
    } finally {
      await runner.release();
    }
  });

  it('createAgencyWithAdmin writes the agency, its root unit and first version, the ADMIN with an assignment, and the audit row', async () => {
    const name = `Kabupaten Uji ${randomId(4)}`;
    const nip = uniqueNip();
    const created = await createAgencyWithAdmin(ds, {
      agencyName: `  ${name} `,
      adminNip: nip,
      adminPassword: 'RahasiaSekali1',
      timeZone: 'WIT',
    });

    const units = new UnitsRepository(ds);
    const employees = new EmployeesRepository(ds);
    const [agency] = await ds.query(`SELECT name, time_zone FROM agency WHERE id = $1`, [created.agencyId]);
    expect(agency).toEqual({ name, time_zone: 'Asia/Jayapura' });
    expect(await units.findInAgency(created.agencyId, created.rootUnitId)).toMatchObject({ name, kind: 'AGENCY', parentId: null });
    expect(await units.history(created.rootUnitId)).toEqual([
      { name, parentId: null, archived: false, validFrom: expect.any(Date), validTo: null },
    ]);
    expect(await employees.find(created.adminId)).toMatchObject({
      agencyId: created.agencyId,
      nip,
      name: 'Administrator',
      position: 'Administrator Kepegawaian',
      unitId: created.rootUnitId,
      supervisorId: null,
      roles: ['ADMIN', 'EMPLOYEE'],
      active: true,
      hasAccount: true,
    });
    expect(await employees.assignmentHistory(created.adminId)).toEqual([
      { position: 'Administrator Kepegawaian', unitId: created.rootUnitId, supervisorId: null, validFrom: expect.any(Date), validTo: null },
    ]);
    const audit = await ds.query(
      `SELECT actor_kind, actor_id, agency_id, action, entity_type, entity_id, after FROM audit_log WHERE agency_id = $1`,
      [created.agencyId],
    );
    expect(audit).toEqual([
      {
        actor_kind: 'SYSTEM',
        actor_id: null,
        agency_id: created.agencyId,
        action: 'AGENCY_CREATED',
        entity_type: 'agency',
        entity_id: created.agencyId,
        after: { name, timeZone: 'Asia/Jayapura', rootUnitId: created.rootUnitId, adminId: created.adminId, adminNip: nip },
      },
    ]);
  });

  it('createAgencyWithAdmin writes nothing when a step fails (the NIP is taken)', async () => {
    const nip = uniqueNip();
    await createAgencyWithAdmin(ds, { agencyName: `Kota Pertama ${randomId(4)}`, adminNip: nip, adminPassword: 'RahasiaSekali1' });
    const name = `Kota Kedua ${randomId(4)}`;
    await expect(createAgencyWithAdmin(ds, { agencyName: name, adminNip: nip, adminPassword: 'RahasiaSekali1' })).rejects.toThrow();
    expect(await ds.query(`SELECT id FROM agency WHERE name = $1`, [name])).toEqual([]);
  });

  it('bootstrapAdmin does nothing once an ADMIN exists', async () => {
    await createAgencyWithAdmin(ds, {
      agencyName: `Kota Ada Admin ${randomId(4)}`,
      adminNip: uniqueNip(),
      adminPassword: 'RahasiaSekali1',
    });
    const nip = uniqueNip();
    expect(await bootstrapAdmin(ds, nip, 'RahasiaSekali1')).toBe('admin-exists');
    expect(await new EmployeesRepository(ds).isNipTaken(nip)).toBe(false);
  });
});
