import { DataSource } from 'typeorm';
import { ReportsRepository } from '@k360/database';
import { migratedDataSource } from '../support/database';
import { insertAgency, insertEmployee, insertPeriod, insertServicePoint, RatingAgency } from './rating-fixtures';

// @nestjs/* are ES modules, which Jest cannot require: see test/support/nest-shim.ts.
jest.mock('@nestjs/common', () => jest.requireActual('../support/nest-shim').nestCommon);
jest.mock('@nestjs/typeorm', () => jest.requireActual('../support/nest-shim').nestTypeorm);

describe('ReportsRepository (real PostgreSQL)', () => {
  let ds: DataSource;
  let repo: ReportsRepository;
  let a: RatingAgency;
  let sp: string;
  let period: string;
  let head: { id: string };
  let admin: { id: string };

  beforeAll(async () => {
    ds = await migratedDataSource();
    repo = new ReportsRepository(ds);
    a = await insertAgency(ds);
    sp = await insertServicePoint(ds, a, 'Loket Laporan');
    period = await insertPeriod(ds, a, '2026-07-01', '2026-09-30', 'QUARTERLY');
    head = await insertEmployee(ds, a, 'Kepala Unit');
    admin = await insertEmployee(ds, a, 'Admin Laporan');
  });
  afterAll(async () => {
    await ds?.destroy();
  });

  const skm = (requestedBy: string) => ({
    agencyId: a.agencyId,
    requestedBy,
    kind: 'SERVICE_POINT_SKM' as const,
    roundId: null,
    servicePointId: sp,
    periodId: period,
  });

  it('one report in the making per person and subject, also under concurrent requests; a finished one allows a new one', async () => {
    const all = await Promise.all(Array.from({ length: 6 }, () => repo.request(skm(head.id))));
    const ids = new Set(all.map((r) => r.report.id));
    expect(ids.size).toBe(1);
    expect(all.filter((r) => r.created)).toHaveLength(1);
    const first = all[0].report;
    expect(first).toMatchObject({
      status: 'QUEUED',
      progress: 0,
      kind: 'SERVICE_POINT_SKM',
      servicePointId: sp,
      periodId: period,
      roundId: null,
    });
    expect(first.subject).toMatch(/^Loket Laporan · Periode /);
    // Another person asking for the same subject gets their own.
    expect((await repo.request(skm(admin.id))).created).toBe(true);

    const started = await repo.start(first.id);
    expect(started).toMatchObject({ status: 'RUNNING', attempts: 1, servicePointId: sp, agencyId: a.agencyId });
    expect((await repo.request(skm(head.id))).report.id).toBe(first.id);
    await repo.progress(first.id, 40);
    await repo.progress(first.id, 20); // never backwards
    expect((await repo.byId(first.id))?.progress).toBe(40);
    const pdf = Buffer.from('%PDF-1.3 test');
    expect(await repo.complete(first.id, pdf, 'Laporan-SKM.pdf', 2)).toBe(true);
    expect(await repo.byId(first.id)).toMatchObject({
      status: 'READY',
      progress: 100,
      sizeBytes: pdf.length,
      pageCount: 2,
      fileName: 'Laporan-SKM.pdf',
    });
    expect((await repo.file(first.id))?.pdf.equals(pdf)).toBe(true);
    // A repeated job finds nothing to do.
    expect(await repo.start(first.id)).toBeNull();
    const again = await repo.request(skm(head.id));
    expect(again.created).toBe(true);
    expect(again.report.id).not.toBe(first.id);
    await repo.fail(again.report.id, 'RENDER_FAILED');
    expect(await repo.byId(again.report.id)).toMatchObject({ status: 'FAILED', errorCode: 'RENDER_FAILED' });
    expect(await repo.file(again.report.id)).toBeNull();
  });

  it('constraints: subjects per kind, READY needs its bytes, FAILED its code, safe file names only', async () => {
    const bad = (sql: string, params: unknown[]) => expect(ds.query(sql, params)).rejects.toThrow(/violates check constraint/);
    await bad(`INSERT INTO report (agency_id, requested_by, kind, service_point_id) VALUES ($1, $2, 'SERVICE_POINT_SKM', $3)`, [
      a.agencyId,
      head.id,
      sp,
    ]);
    await bad(`INSERT INTO report (agency_id, requested_by, kind, service_point_id, period_id) VALUES ($1, $2, 'EMPLOYEE_ROUND', $3, $4)`, [
      a.agencyId,
      head.id,
      sp,
      period,
    ]);
    await bad(
      `INSERT INTO report (agency_id, requested_by, kind, service_point_id, period_id, status) VALUES ($1, $2, 'SERVICE_POINT_SKM', $3, $4, 'READY')`,
      [a.agencyId, head.id, sp, period],
    );
    await bad(
      `INSERT INTO report (agency_id, requested_by, kind, service_point_id, period_id, status, finished_at) VALUES ($1, $2, 'SERVICE_POINT_SKM', $3, $4, 'FAILED', now())`,
      [a.agencyId, head.id, sp, period],
    );
    await bad(
      `INSERT INTO report (agency_id, requested_by, kind, service_point_id, period_id, progress) VALUES ($1, $2, 'SERVICE_POINT_SKM', $3, $4, 101)`,
      [a.agencyId, head.id, sp, period],
    );
    await bad(
      `INSERT INTO report (agency_id, requested_by, kind, service_point_id, period_id, file_name) VALUES ($1, $2, 'SERVICE_POINT_SKM', $3, $4, '../x".pdf')`,
      [a.agencyId, admin.id, sp, period],
    );
  });

  it('pages my reports newest first with a cursor', async () => {
    const page1 = await repo.pageOf(head.id, 1, null);
    expect(page1.totalCount).toBe(2);
    expect(page1.hasNextPage).toBe(true);
    const page2 = await repo.pageOf(head.id, 1, { createdAt: page1.cursors[0], id: page1.rows[0].id });
    expect(page2.hasNextPage).toBe(false);
    expect(page2.rows[0].id).not.toBe(page1.rows[0].id);
    expect(page1.rows[0].createdAt.getTime()).toBeGreaterThanOrEqual(page2.rows[0].createdAt.getTime());
  });
});
