import { DataSource } from 'typeorm';
import { ServicePointsRepository, UNIT_ONE_ROOT_UQ, UNIT_SIBLING_NAME_UQ, UnitRecord, UnitsRepository } from '@k360/database';
import { migratedDataSource } from '../support/database';
import { isLocked, OrganisationRows, pgError, whileHolding } from './organisation-rows';

// Nest cannot load under Jest: stand-ins for its decorators (test/support/nest-shim.ts).
jest.mock('@nestjs/common', () => jest.requireActual('../support/nest-shim').nestCommon);
jest.mock('@nestjs/typeorm', () => jest.requireActual('../support/nest-shim').nestTypeorm);

describe('UnitsRepository (real PostgreSQL)', () => {
  let ds: DataSource;
  let units: UnitsRepository;
  let rows: OrganisationRows;

  beforeAll(async () => {
    ds = await migratedDataSource();
    units = new UnitsRepository(ds);
    rows = new OrganisationRows(ds);
  });
  afterAll(() => ds.destroy());

  it('inserts a unit and returns it as a camelCase record, found within its agency only', async () => {
    const { agencyId, root } = await rows.agency();
    const other = await rows.agency();
    const unit = await units.insert({ agencyId, parentId: root.id, name: 'Dinas Kesehatan', kind: 'DINAS' });

    expect(unit).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      agencyId,
      parentId: root.id,
      name: 'Dinas Kesehatan',
      kind: 'DINAS',
      archivedAt: null,
      createdAt: expect.any(Date),
    });
    expect(await units.findInAgency(agencyId, unit.id)).toEqual(unit);
    expect(await units.findInAgency(other.agencyId, unit.id)).toBeNull();
    expect(root).toMatchObject({ agencyId, parentId: null, kind: 'AGENCY' });
  });

  it('fails on the exported constraint names: a live sibling with the same name (any case), a second root', async () => {
    const { agencyId, root } = await rows.agency();
    const first = await units.insert({ agencyId, parentId: root.id, name: 'Bidang Umum', kind: 'BIDANG' });

    expect(await pgError(units.insert({ agencyId, parentId: root.id, name: 'BIDANG UMUM', kind: 'BIDANG' }))).toEqual({
      code: '23505',
      constraint: UNIT_SIBLING_NAME_UQ,
    });
    expect(await pgError(units.insert({ agencyId, parentId: null, name: 'Akar Kedua', kind: 'AGENCY' }))).toEqual({
      code: '23505',
      constraint: UNIT_ONE_ROOT_UQ,
    });
    const second = await units.insert({ agencyId, parentId: root.id, name: 'Bidang Lain', kind: 'BIDANG' });
    expect(await pgError(units.update(second.id, { name: 'bidang umum' }))).toEqual({ code: '23505', constraint: UNIT_SIBLING_NAME_UQ });

    // An archived unit frees its name.
    await units.archive(first.id);
    const again = await units.insert({ agencyId, parentId: root.id, name: 'Bidang Umum', kind: 'BIDANG' });
    expect(again.id).not.toBe(first.id);
  });

  it('lists the children of a parent (or the root) by name, live ones unless archived are asked for, in the agency only', async () => {
    const { agencyId, root } = await rows.agency();
    const other = await rows.agency();
    const b = await rows.unit(agencyId, root.id, 'Bagian B');
    const a = await rows.unit(agencyId, root.id, 'Bagian A');
    const c = await rows.unit(agencyId, root.id, 'Bagian C');
    await rows.unit(agencyId, a.id, 'Sub A1');
    await units.archive(c.id);

    expect((await units.listChildren(agencyId, null, false)).map((u) => u.id)).toEqual([root.id]);
    expect((await units.listChildren(agencyId, root.id, false)).map((u) => u.name)).toEqual(['Bagian A', 'Bagian B']);
    const withArchived = await units.listChildren(agencyId, root.id, true);
    expect(withArchived.map((u) => u.name)).toEqual(['Bagian A', 'Bagian B', 'Bagian C']);
    expect(withArchived[2].archivedAt).toBeInstanceOf(Date);
    expect(await units.listChildren(other.agencyId, root.id, true)).toEqual([]);

    expect((await units.findByIds([a.id, b.id, other.root.id])).map((u) => u.id).sort()).toEqual([a.id, b.id, other.root.id].sort());
    const children = await units.liveChildrenOf([root.id, a.id]);
    expect(children.map((u) => [u.parentId, u.name])).toEqual([
      [root.id, 'Bagian A'],
      [root.id, 'Bagian B'],
      [a.id, 'Sub A1'],
    ]);
  });

  it('updates name and kind (a null field keeps its value), moves and archives', async () => {
    const { agencyId, root } = await rows.agency();
    const unit = await rows.unit(agencyId, root.id, 'Kecamatan Lama');
    const target = await rows.unit(agencyId, root.id, 'Dinas Induk');

    await units.update(unit.id, { name: null, kind: 'KECAMATAN' });
    expect(await units.findInAgency(agencyId, unit.id)).toMatchObject({ name: 'Kecamatan Lama', kind: 'KECAMATAN' });
    await units.update(unit.id, { name: 'Kecamatan Baru' });
    expect(await units.findInAgency(agencyId, unit.id)).toMatchObject({ name: 'Kecamatan Baru', kind: 'KECAMATAN' });

    await units.setParent(unit.id, target.id);
    expect((await units.findInAgency(agencyId, unit.id))!.parentId).toBe(target.id);

    await units.archive(unit.id);
    expect((await units.findInAgency(agencyId, unit.id))!.archivedAt).toBeInstanceOf(Date);
  });

  it('isWithin: a unit is within itself and its ancestors, not within siblings or descendants', async () => {
    const { agencyId, root } = await rows.agency();
    const a = await rows.unit(agencyId, root.id, 'Unit A');
    const a1 = await rows.unit(agencyId, a.id, 'Unit A1');
    const a11 = await rows.unit(agencyId, a1.id, 'Unit A11');
    const b = await rows.unit(agencyId, root.id, 'Unit B');

    expect(await units.isWithin(a11.id, a.id)).toBe(true);
    expect(await units.isWithin(a1.id, a1.id)).toBe(true);
    expect(await units.isWithin(a11.id, root.id)).toBe(true);
    expect(await units.isWithin(a.id, a11.id)).toBe(false);
    expect(await units.isWithin(b.id, a.id)).toBe(false);
  });

  it('counts what lives in a unit: live sub-units, active employees, live service points', async () => {
    const { agencyId, root } = await rows.agency();
    const servicePoints = new ServicePointsRepository(ds);
    const unit = await rows.unit(agencyId, root.id);
    expect(await units.contents(unit.id)).toEqual({ liveChildren: 0, activeEmployees: 0, liveServicePoints: 0 });

    const child = await rows.unit(agencyId, unit.id);
    await rows.unit(agencyId, unit.id);
    await units.archive(child.id);
    const active = await rows.employee(agencyId, unit.id);
    const inactive = await rows.employee(agencyId, unit.id);
    await rows.employees.update(inactive.id, { ...inactive, active: false });
    await servicePoints.insert({ agencyId, unitId: unit.id, name: 'Loket 1' });
    const archivedPoint = await servicePoints.insert({ agencyId, unitId: unit.id, name: 'Loket 2' });
    await servicePoints.archive(archivedPoint.id);

    expect(await units.contents(unit.id)).toEqual({ liveChildren: 1, activeEmployees: 1, liveServicePoints: 1 });
    expect(active.active).toBe(true);
  });

  it('records versions: each closes the previous one; history lists them oldest first', async () => {
    const { agencyId, root } = await rows.agency();
    const actor = await rows.employee(agencyId, root.id);
    const unit = await rows.unit(agencyId, root.id, 'Versi Satu');
    await units.recordVersion(unit, actor.id);
    await units.update(unit.id, { name: 'Versi Dua' });
    await units.archive(unit.id);
    await units.recordVersion((await units.findInAgency(agencyId, unit.id))!, null);

    const history = await units.history(unit.id);
    expect(history).toEqual([
      { name: 'Versi Satu', parentId: root.id, archived: false, validFrom: expect.any(Date), validTo: expect.any(Date) },
      { name: 'Versi Dua', parentId: root.id, archived: true, validFrom: expect.any(Date), validTo: null },
    ]);
    const [{ changed_by }] = await ds.query(`SELECT changed_by FROM unit_history WHERE unit_id = $1 ORDER BY id LIMIT 1`, [unit.id]);
    expect(changed_by).toBe(actor.id);
  });

  it('livePaths gives every live unit its path from the root; archived units and their subtrees are left out', async () => {
    const { agencyId, root } = await rows.agency();
    const kec = await rows.unit(agencyId, root.id, 'Kecamatan Timur');
    const kel = await rows.unit(agencyId, kec.id, 'Kelurahan Satu');
    const gone = await rows.unit(agencyId, root.id, 'Dinas Lama');
    await rows.unit(agencyId, gone.id, 'Bidang Lama');
    await units.archive(gone.id);

    const paths = await units.livePaths(agencyId);
    expect(paths.sort((x, y) => x.path.localeCompare(y.path))).toEqual(
      [
        { id: root.id, name: root.name, path: root.name },
        { id: kec.id, name: 'Kecamatan Timur', path: `${root.name} / Kecamatan Timur` },
        { id: kel.id, name: 'Kelurahan Satu', path: `${root.name} / Kecamatan Timur / Kelurahan Satu` },
      ].sort((x, y) => x.path.localeCompare(y.path)),
    );
  });

  it('findInAgency locks the row: update blocks other writers and sharers, share blocks writers only', async () => {
    const { agencyId, root } = await rows.agency();
    const unit = await rows.unit(agencyId, root.id);
    const forUpdate = `SELECT 1 FROM unit WHERE id = $1 FOR UPDATE NOWAIT`;
    const forShare = `SELECT 1 FROM unit WHERE id = $1 FOR SHARE NOWAIT`;
    const probe = async (lock: 'update' | 'share' | undefined) =>
      whileHolding(
        ds,
        async (m) => expect((await units.findInAgency(agencyId, unit.id, lock, m))?.id).toBe(unit.id),
        async (other) => ({ update: await isLocked(other, forUpdate, [unit.id]), share: await isLocked(other, forShare, [unit.id]) }),
      );

    expect(await probe('update')).toEqual({ update: true, share: true });
    expect(await probe('share')).toEqual({ update: true, share: false });
    expect(await probe(undefined)).toEqual({ update: false, share: false });
  });

  it('records are typed by kind', async () => {
    const { agencyId, root } = await rows.agency();
    const kinds: UnitRecord['kind'][] = ['DINAS', 'BIDANG', 'KECAMATAN', 'KELURAHAN', 'OTHER'];
    for (const kind of kinds) expect((await units.insert({ agencyId, parentId: root.id, name: `Jenis ${kind}`, kind })).kind).toBe(kind);
    expect(await pgError(units.insert({ agencyId, parentId: root.id, name: 'Jenis Salah', kind: 'WRONG' as never }))).toMatchObject({
      code: '23514',
    });
  });
  it('headedUnitTree: a supervisor at the top of their unit heads it and every live unit below; others head nothing', async () => {
    const { agencyId, root } = await rows.agency();
    const kec = await units.insert({ agencyId, parentId: root.id, name: 'Kecamatan Arcamanik', kind: 'KECAMATAN' });
    const kelA = await units.insert({ agencyId, parentId: kec.id, name: 'Kelurahan Sukamiskin', kind: 'KELURAHAN' });
    const kelB = await units.insert({ agencyId, parentId: kec.id, name: 'Kelurahan Cisaranten', kind: 'KELURAHAN' });
    const gone = await units.insert({ agencyId, parentId: kec.id, name: 'Kelurahan Lama', kind: 'KELURAHAN' });
    await units.archive(gone.id);
    const camat = await rows.employee(agencyId, kec.id, { roles: ['EMPLOYEE', 'SUPERVISOR'] });
    const lurah = await rows.employee(agencyId, kelA.id, { roles: ['EMPLOYEE', 'SUPERVISOR'], supervisorId: camat.id });
    const kasi = await rows.employee(agencyId, kelA.id, { roles: ['EMPLOYEE', 'SUPERVISOR'], supervisorId: lurah.id });
    const staff = await rows.employee(agencyId, kelA.id, { supervisorId: kasi.id });
    const notLead = await rows.employee(agencyId, kelB.id, { roles: ['EMPLOYEE'], supervisorId: camat.id });

    expect(await units.headedUnitTree(camat.id)).toEqual([kec.id, kelA.id, kelB.id].sort());
    expect(await units.headedUnitTree(lurah.id)).toEqual([kelA.id]);
    expect(await units.headedUnitTree(kasi.id)).toEqual([]);
    expect(await units.headedUnitTree(staff.id)).toEqual([]);
    expect(await units.headedUnitTree(notLead.id)).toEqual([]);
    expect(await units.headedUnitTree('00000000-0000-4000-8000-000000000000')).toEqual([]);
  });
});
