import { DataSource } from 'typeorm';
import { SERVICE_POINT_NAME_UQ, ServicePointsRepository } from '@k360/database';
import { migratedDataSource } from '../support/database';
import { OrganisationRows, pgError } from './organisation-rows';

// Nest cannot load under Jest: stand-ins for its decorators (test/support/nest-shim.ts).
jest.mock('@nestjs/common', () => jest.requireActual('../support/nest-shim').nestCommon);
jest.mock('@nestjs/typeorm', () => jest.requireActual('../support/nest-shim').nestTypeorm);

describe('ServicePointsRepository (real PostgreSQL)', () => {
  let ds: DataSource;
  let points: ServicePointsRepository;
  let rows: OrganisationRows;

  beforeAll(async () => {
    ds = await migratedDataSource();
    points = new ServicePointsRepository(ds);
    rows = new OrganisationRows(ds);
  });
  afterAll(() => ds.destroy());

  it('inserts a service point and returns a camelCase record, found within its agency only', async () => {
    const { agencyId, root } = await rows.agency();
    const other = await rows.agency();
    const sp = await points.insert({ agencyId, unitId: root.id, name: 'Loket Pengaduan' });
    expect(sp).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      agencyId,
      unitId: root.id,
      name: 'Loket Pengaduan',
      archivedAt: null,
      createdAt: expect.any(Date),
    });
    expect(await points.findInAgency(agencyId, sp.id)).toEqual(sp);
    expect(await points.findInAgency(other.agencyId, sp.id)).toBeNull();
  });

  it('fails on SERVICE_POINT_NAME_UQ for a live name of the same unit (any case); archiving frees it', async () => {
    const { agencyId, root } = await rows.agency();
    const unit = await rows.unit(agencyId, root.id);
    const first = await points.insert({ agencyId, unitId: unit.id, name: 'Loket KTP' });
    expect(await pgError(points.insert({ agencyId, unitId: unit.id, name: 'loket ktp' }))).toEqual({
      code: '23505',
      constraint: SERVICE_POINT_NAME_UQ,
    });
    await points.insert({ agencyId, unitId: root.id, name: 'Loket KTP' });

    await points.archive(first.id);
    expect((await points.findInAgency(agencyId, first.id))!.archivedAt).toBeInstanceOf(Date);
    expect((await points.insert({ agencyId, unitId: unit.id, name: 'Loket KTP' })).id).not.toBe(first.id);
  });

  it('lists by name: the whole agency, one unit, a unit with its sub-units, live ones unless archived are asked for', async () => {
    const { agencyId, root } = await rows.agency();
    const other = await rows.agency();
    const kec = await rows.unit(agencyId, root.id);
    const kel = await rows.unit(agencyId, kec.id);
    await points.insert({ agencyId, unitId: root.id, name: 'C Pusat' });
    await points.insert({ agencyId, unitId: kec.id, name: 'B Kecamatan' });
    const archived = await points.insert({ agencyId, unitId: kel.id, name: 'D Lama' });
    await points.archive(archived.id);
    await points.insert({ agencyId, unitId: kel.id, name: 'A Kelurahan' });
    await points.insert({ agencyId: other.agencyId, unitId: other.root.id, name: 'A Asing' });

    const names = async (q: { unitId?: string; includeSubunits?: boolean; includeArchived?: boolean }, agency = agencyId) =>
      (await points.list({ agencyId: agency, ...q })).map((p) => p.name);
    expect(await names({})).toEqual(['A Kelurahan', 'B Kecamatan', 'C Pusat']);
    expect(await names({ includeArchived: true })).toEqual(['A Kelurahan', 'B Kecamatan', 'C Pusat', 'D Lama']);
    expect(await names({ unitId: kec.id })).toEqual(['B Kecamatan']);
    expect(await names({ unitId: kec.id, includeSubunits: true })).toEqual(['A Kelurahan', 'B Kecamatan']);
    expect(await names({ unitId: kec.id, includeSubunits: true, includeArchived: true })).toEqual(['A Kelurahan', 'B Kecamatan', 'D Lama']);
    // Another agency's unit yields nothing, with or without sub-units.
    expect(await names({ unitId: kec.id, includeSubunits: true }, other.agencyId)).toEqual([]);
    expect(await names({ unitId: kec.id }, other.agencyId)).toEqual([]);

    const live = await points.liveOfUnits([kec.id, kel.id]);
    expect(live.map((p) => [p.unitId, p.name])).toEqual([
      [kel.id, 'A Kelurahan'],
      [kec.id, 'B Kecamatan'],
    ]);
  });

  it('adds staff once and removes them once, answering whether anything changed', async () => {
    const { agencyId, root } = await rows.agency();
    const sp = await points.insert({ agencyId, unitId: root.id, name: 'Loket Staf' });
    const e = await rows.employee(agencyId, root.id);
    const staff = async () =>
      (await ds.query(`SELECT employee_id FROM service_point_staff WHERE service_point_id = $1`, [sp.id])).map(
        (r: { employee_id: string }) => r.employee_id,
      );

    expect(await points.addStaff(sp.id, e.id)).toBe(true);
    expect(await points.addStaff(sp.id, e.id)).toBe(false);
    expect(await staff()).toEqual([e.id]);
    expect(await points.removeStaff(sp.id, e.id)).toBe(true);
    expect(await points.removeStaff(sp.id, e.id)).toBe(false);
    expect(await staff()).toEqual([]);
  });
});
