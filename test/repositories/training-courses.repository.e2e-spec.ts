import { DataSource } from 'typeorm';
import { TRAINING_COURSE_TITLE_UQ, TrainingCoursesRepository } from '@k360/database';
import { migratedDataSource } from '../support/database';
import { createOrg, pgError, rejection } from './rounds-fixtures';

// Nest cannot load under Jest: stand-ins for its decorators (test/support/nest-shim.ts).
jest.mock('@nestjs/common', () => jest.requireActual('../support/nest-shim').nestCommon);
jest.mock('@nestjs/typeorm', () => jest.requireActual('../support/nest-shim').nestTypeorm);

const course = (title: string, over: Record<string, unknown> = {}) => ({
  title,
  provider: 'BPSDM Provinsi',
  coreValue: 'BERORIENTASI_PELAYANAN' as const,
  indicator: null,
  hours: 16,
  active: true,
  ...over,
});

describe('TrainingCoursesRepository (real PostgreSQL)', () => {
  let ds: DataSource;
  let repo: TrainingCoursesRepository;
  let agencyId: string;
  let otherAgencyId: string;

  beforeAll(async () => {
    ds = await migratedDataSource();
    repo = new TrainingCoursesRepository(ds);
    agencyId = (await createOrg(ds, 'Dinas Pelatihan')).agencyId;
    otherAgencyId = (await createOrg(ds, 'Dinas Pelatihan Lain')).agencyId;
  });
  afterAll(() => ds?.destroy());

  it('adds, reads, updates and lists courses per agency, by title; switched-off ones only when asked', async () => {
    const a = await repo.add(agencyId, course('Pelayanan Prima', { indicator: 'Waktu penyelesaian dokumen', hours: 8.5 }));
    expect(a).toMatchObject({ agencyId, title: 'Pelayanan Prima', indicator: 'Waktu penyelesaian dokumen', hours: 8.5, active: true });
    expect(typeof a.hours).toBe('number');
    const b = await repo.add(agencyId, course('Etika ASN', { coreValue: 'AKUNTABEL' }));
    await repo.add(otherAgencyId, course('Kursus instansi lain'));
    expect((await repo.list(agencyId)).map((c) => c.title)).toEqual(['Etika ASN', 'Pelayanan Prima']);

    const off = await repo.update(agencyId, b.id, course('Etika dan Integritas ASN', { coreValue: 'AKUNTABEL', active: false }));
    expect(off).toMatchObject({ id: b.id, title: 'Etika dan Integritas ASN', active: false });
    expect(off!.updatedAt.getTime()).toBeGreaterThanOrEqual(b.updatedAt.getTime());
    expect((await repo.list(agencyId, true)).map((c) => c.title)).toEqual(['Pelayanan Prima']);
    expect(await repo.byId(agencyId, b.id)).toMatchObject({ title: 'Etika dan Integritas ASN' });
    // Another agency's course is not found, nor updated.
    expect(await repo.byId(otherAgencyId, b.id)).toBeNull();
    expect(await repo.update(otherAgencyId, b.id, course('X y z'))).toBeNull();
  });

  it('refuses a second title of the agency in any case, and values outside the CHECKs', async () => {
    await repo.add(agencyId, course('Manajemen Waktu'));
    expect(pgError(await rejection(repo.add(agencyId, course('MANAJEMEN WAKTU'))))).toMatchObject({
      code: '23505',
      constraint: TRAINING_COURSE_TITLE_UQ,
    });
    await repo.add(otherAgencyId, course('Manajemen Waktu')); // another agency may
    for (const bad of [course(' Spasi '), course('ab'), course('Jam nol', { hours: 0 }), course('Nilai salah', { coreValue: 'JUJUR' })]) {
      expect(pgError(await rejection(repo.add(agencyId, bad as ReturnType<typeof course>)))).toMatchObject({ code: '23514' });
    }
  });
});
