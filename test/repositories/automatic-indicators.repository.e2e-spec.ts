import { DataSource } from 'typeorm';
import { AutomaticIndicatorsRepository } from '@k360/database';
import { AutomaticIndicatorsService } from '../../apps/worker/src/indicators/automatic-indicators.service';
import { migratedDataSource } from '../support/database';
import { seeded } from '../support/scoring-fixtures';
import { randomId } from '../support/test-env';

// @nestjs/* are ES modules, which Jest cannot require: see test/support/nest-shim.ts. The worker's
// job decorator only marks the handler, so the service is called directly here.
jest.mock('@nestjs/common', () => jest.requireActual('../support/nest-shim').nestCommon);
jest.mock('@nestjs/typeorm', () => jest.requireActual('../support/nest-shim').nestTypeorm);
jest.mock('@k360/queue', () => ({ OnJob: () => () => undefined }));

/**
 * The automatic hasil-kerja indicators against the real PostgreSQL: generated tickets with known
 * issue and completion times, and ratings attributed to the employee, in an agency on UTC+8
 * (Asia/Makassar) so the month's bounds are local midnights; the expected values are computed
 * here independently (sorting for the median, NRR means for the IKM).
 */
describe('AutomaticIndicatorsRepository and the compute-automatic-indicators job', () => {
  let ds: DataSource;
  let repo: AutomaticIndicatorsRepository;
  let service: AutomaticIndicatorsService;
  let agencyId: string;
  let employeeId: string;
  let otherId: string;
  let servicePointId: string;

  beforeAll(async () => {
    ds = await migratedDataSource();
    repo = new AutomaticIndicatorsRepository(ds);
    service = new AutomaticIndicatorsService(ds, repo);
    [{ id: agencyId }] = await ds.query(`INSERT INTO agency (name, time_zone) VALUES ($1, 'Asia/Makassar') RETURNING id`, [`Kota Indikator ${randomId()}`]);
    const [{ id: unitId }] = await ds.query(`INSERT INTO unit (agency_id, parent_id, name, kind) VALUES ($1, NULL, 'Kota Indikator', 'AGENCY') RETURNING id`, [
      agencyId,
    ]);
    const nip = () => `19800101200501${String(Math.floor(Math.random() * 1e4)).padStart(4, '0')}`;
    const employee = async (name: string) =>
      (
        await ds.query(
          `INSERT INTO employee (agency_id, nip, name, position, unit_id, roles) VALUES ($1, $2, $3, 'Petugas Loket', $4, ARRAY['EMPLOYEE']) RETURNING id`,
          [agencyId, nip(), name, unitId],
        )
      )[0].id as string;
    employeeId = await employee('Petugas Satu');
    otherId = await employee('Petugas Dua');
    [{ id: servicePointId }] = await ds.query(`INSERT INTO service_point (agency_id, unit_id, name) VALUES ($1, $2, 'Loket KTP') RETURNING id`, [
      agencyId,
      unitId,
    ]);
  });
  afterAll(() => ds?.destroy());

  async function ticket(employee: string, issuedAt: Date, minutes: number | null): Promise<void> {
    await ds.query(
      `INSERT INTO service_ticket (agency_id, service_point_id, employee_id, issued_at, completed_at) VALUES ($1, $2, $3, $4, $5)`,
      [agencyId, servicePointId, employee, issuedAt, minutes === null ? null : new Date(issuedAt.getTime() + minutes * 60_000)],
    );
  }

  async function rating(employee: string, submittedAt: string, answers: number[] | null, quick: number | null = null): Promise<void> {
    await ds.query(
      `INSERT INTO public_rating (agency_id, service_point_id, channel, source_id, kind, employee_id, u1, u2, u3, u4, u5, u6, u7, u8, u9, score, submitted_at)
       VALUES ($1, $2, 'LINK', gen_random_uuid(), $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [agencyId, servicePointId, answers ? 'IKM' : 'QUICK', employee, ...(answers ?? Array(9).fill(null)), quick, submittedAt],
    );
  }

  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  };

  it('median completion time of the tickets completed in the local month, and a late ticket changes it', async () => {
    const rnd = seeded(13);
    const durations: number[] = [];
    // 15 tickets issued and completed inside October 2026 (local), durations 3–120 minutes.
    for (let i = 0; i < 15; i++) {
      const minutes = 3 + Math.floor(rnd() * 118);
      durations.push(minutes);
      await ticket(employeeId, new Date(Date.UTC(2026, 9, 2 + i, 2, 0)), minutes);
    }
    // Completed at 00:30 local on 1 October (16:30 UTC on 30 September): October's.
    await ticket(employeeId, new Date(Date.UTC(2026, 8, 30, 16, 0)), 30);
    durations.push(30);
    // Completed at 00:30 local on 1 November (16:30 UTC on 31 October): November's, not October's.
    await ticket(employeeId, new Date(Date.UTC(2026, 9, 31, 16, 0)), 30);
    // Not completed, and another officer's: not counted.
    await ticket(employeeId, new Date(Date.UTC(2026, 9, 5, 2, 0)), null);
    await ticket(otherId, new Date(Date.UTC(2026, 9, 5, 2, 0)), 1);

    expect(await repo.ticketsInMonth(employeeId, '2026-10')).toEqual({ completed: 16, medianMinutes: median(durations) });
    const first = await service.compute({ employeeId, month: '2026-10' });
    expect(first?.serviceCompletionTime).toEqual({ value: median(durations), tickets: 16 });

    // A late fact: one more long ticket in October moves the median; the recompute replaces the row.
    await ticket(employeeId, new Date(Date.UTC(2026, 9, 20, 3, 0)), 500);
    durations.push(500);
    await service.compute({ employeeId, month: '2026-10' });
    const rows = await repo.forEmployee(employeeId, '2026-10', '2026-10');
    const completion = rows.find((r) => r.source === 'SERVICE_COMPLETION_TIME');
    expect(completion).toMatchObject({ month: '2026-10', value: median(durations), sampleSize: 17 });
    expect(median(durations)).not.toBe(first?.serviceCompletionTime.value);
    expect(await repo.ticketsInMonth(employeeId, '2026-11')).toEqual({ completed: 1, medianMinutes: 30 });
  });

  it('citizen satisfaction is the converted IKM of the ratings attributed to the employee, from five ratings', async () => {
    const answers = [
      [4, 4, 3, 4, 3, 4, 4, 3, 4],
      [3, 3, 3, 4, 3, 3, 4, 2, 3],
      [4, 3, 4, 4, 4, 4, 4, 3, 4],
      [3, 4, 3, 4, 3, 3, 4, 3, 3],
    ];
    // Four in November (local): below the minimum of five, so no value, but the count is kept.
    for (const a of answers) await rating(employeeId, '2026-11-10T03:00:00Z', a);
    // Another officer's rating, a QUICK one, and one at 23:30 local on 30 November (15:30 UTC) that is still November's.
    await rating(otherId, '2026-11-10T03:00:00Z', [1, 1, 1, 1, 1, 1, 1, 1, 1]);
    await rating(employeeId, '2026-11-10T03:00:00Z', null, 1);
    let outcome = await service.compute({ employeeId, month: '2026-11' });
    expect(outcome?.citizenSatisfaction).toEqual({ value: null, ratings: 4 });

    const fifth = [4, 4, 4, 4, 4, 4, 4, 4, 4];
    await rating(employeeId, '2026-11-30T15:30:00Z', fifth);
    // 1 December 00:30 local (16:30 UTC on 30 November): December's.
    await rating(employeeId, '2026-11-30T16:30:00Z', [1, 1, 1, 1, 1, 1, 1, 1, 1]);
    const all = [...answers, fifth];
    const nrr = Array.from({ length: 9 }, (_, i) => all.reduce((s, a) => s + a[i], 0) / all.length);
    const expected = (nrr.reduce((s, x) => s + x, 0) / 9) * 25;
    outcome = await service.compute({ employeeId, month: '2026-11' });
    expect(outcome?.citizenSatisfaction.ratings).toBe(5);
    expect(outcome?.citizenSatisfaction.value).toBeCloseTo(expected, 10);
    const [row] = (await repo.forEmployee(employeeId, '2026-11', '2026-11')).filter((r) => r.source === 'CITIZEN_SATISFACTION');
    expect(row.sampleSize).toBe(5);
    expect(row.value).toBeCloseTo(expected, 10);
  });

  it('an unknown employee computes nothing, and a month without facts is stored as no data', async () => {
    expect(await service.compute({ employeeId: '00000000-0000-4000-8000-000000000000', month: '2026-10' })).toBeNull();
    const outcome = await service.compute({ employeeId: otherId, month: '2026-07' });
    expect(outcome).toEqual({ citizenSatisfaction: { value: null, ratings: 0 }, serviceCompletionTime: { value: null, tickets: 0 } });
    const rows = await repo.forEmployee(otherId, '2026-07', '2026-07');
    expect(rows.map((r) => [r.source, r.value, r.sampleSize])).toEqual([
      ['CITIZEN_SATISFACTION', null, 0],
      ['SERVICE_COMPLETION_TIME', null, 0],
    ]);
  });
  const localMonth = (at: Date) => {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Makassar', year: 'numeric', month: '2-digit' }).formatToParts(at);
    return `${parts.find((p) => p.type === 'year')!.value}-${parts.find((p) => p.type === 'month')!.value}`;
  };

  it('monthsOf maps facts to distinct employee-months in the agency’s time zone, unknown employees left out', async () => {
    const months = await repo.monthsOf([
      { employeeId, at: '2026-10-31T16:30:00Z' }, // 00:30 on 1 November, Makassar
      { employeeId, at: '2026-10-31T15:30:00Z' }, // 23:30 on 31 October
      { employeeId, at: new Date('2026-11-15T00:00:00Z') },
      { employeeId: otherId, at: '2026-10-31T15:30:00Z' },
      { employeeId: '00000000-0000-4000-8000-000000000000', at: '2026-10-31T15:30:00Z' },
    ]);
    expect(months).toEqual(
      [
        { employeeId, month: '2026-10' },
        { employeeId, month: '2026-11' },
        { employeeId: otherId, month: '2026-10' },
      ].sort((a, b) => (a.employeeId + a.month).localeCompare(b.employeeId + b.month)),
    );
    expect(await repo.monthsOf([])).toEqual([]);
  });

  it('staleMonths finds employee-months whose newest rating or ticket is newer than their computed row, until recomputed', async () => {
    const [{ id: unitId }] = await ds.query(`SELECT unit_id AS id FROM employee WHERE id = $1`, [employeeId]);
    const [{ id: fresh }] = await ds.query(
      `INSERT INTO employee (agency_id, nip, name, position, unit_id, roles) VALUES ($1, $2, 'Petugas Tiga', 'Petugas Loket', $3, ARRAY['EMPLOYEE']) RETURNING id`,
      [agencyId, `19800101200502${String(Math.floor(Math.random() * 1e4)).padStart(4, '0')}`, unitId],
    );
    const [{ id: rated }] = await ds.query(
      `INSERT INTO employee (agency_id, nip, name, position, unit_id, roles) VALUES ($1, $2, 'Petugas Empat', 'Petugas Loket', $3, ARRAY['EMPLOYEE']) RETURNING id`,
      [agencyId, `19800101200503${String(Math.floor(Math.random() * 1e4)).padStart(4, '0')}`, unitId],
    );
    const hourAgo = new Date(Date.now() - 3600_000);
    // A ticket completed an hour ago by one officer; a rating received 10 seconds ago for another.
    await ticket(fresh, new Date(hourAgo.getTime() - 20 * 60_000), 20);
    await ds.query(
      `INSERT INTO public_rating (agency_id, service_point_id, channel, source_id, kind, employee_id, u1, u2, u3, u4, u5, u6, u7, u8, u9, submitted_at, received_at)
       VALUES ($1, $2, 'LINK', gen_random_uuid(), 'IKM', $3, 4, 4, 4, 4, 4, 4, 4, 4, 4, $4, now() - interval '10 seconds')`,
      [agencyId, servicePointId, rated, hourAgo],
    );
    // A rating received just now is left to its own job (settling for 2 seconds).
    const [{ id: settling }] = await ds.query(
      `INSERT INTO employee (agency_id, nip, name, position, unit_id, roles) VALUES ($1, $2, 'Petugas Lima', 'Petugas Loket', $3, ARRAY['EMPLOYEE']) RETURNING id`,
      [agencyId, `19800101200504${String(Math.floor(Math.random() * 1e4)).padStart(4, '0')}`, unitId],
    );
    await rating(settling, hourAgo.toISOString(), [3, 3, 3, 3, 3, 3, 3, 3, 3]);
    const month = localMonth(hourAgo);
    const mine = (rows: Array<{ employeeId: string; month: string }>) =>
      rows.filter((r) => [fresh, rated, settling].includes(r.employeeId));
    expect(mine(await repo.staleMonths(null, 10_000)).sort((a, b) => a.employeeId.localeCompare(b.employeeId))).toEqual(
      [
        { employeeId: fresh, month },
        { employeeId: rated, month },
      ].sort((a, b) => a.employeeId.localeCompare(b.employeeId)),
    );
    // An incremental sweep since a minute after the facts (less its one-minute margin) finds the
    // ticket (an hour old) no more, the rating (10 s old) still.
    expect(mine(await repo.staleMonths(new Date(Date.now() + 30_000), 10_000))).toEqual([{ employeeId: rated, month }]);
    await service.compute({ employeeId: fresh, month });
    await service.compute({ employeeId: rated, month });
    expect(mine(await repo.staleMonths(null, 10_000))).toEqual([]);
  });

  it('forPlans reads the computed months of each plan’s employee within the plan’s year; forEmployees a range for many', async () => {
    const [{ id: planId }] = await ds.query(
      `INSERT INTO work_plan (agency_id, employee_id, year, created_by) VALUES ($1, $2, 2026, $2) RETURNING id`,
      [agencyId, employeeId],
    );
    // A computed month of the year before is not the 2026 plan's.
    await repo.upsert(agencyId, employeeId, '2025-12', 'SERVICE_COMPLETION_TIME', 12, 3);
    const rows = await repo.forPlans([planId, '00000000-0000-4000-8000-000000000000']);
    expect(rows.every((r) => r.workPlanId === planId && r.employeeId === employeeId)).toBe(true);
    expect(rows.map((r) => `${r.month} ${r.source}`)).toEqual([
      '2026-10 CITIZEN_SATISFACTION',
      '2026-10 SERVICE_COMPLETION_TIME',
      '2026-11 CITIZEN_SATISFACTION',
      '2026-11 SERVICE_COMPLETION_TIME',
    ]);
    expect(rows.find((r) => r.month === '2026-11' && r.source === 'CITIZEN_SATISFACTION')?.sampleSize).toBe(5);
    expect(await repo.forPlans([])).toEqual([]);

    const many = await repo.forEmployees([employeeId, otherId], '2025-12', '2026-10');
    expect(many.map((r) => `${r.employeeId === employeeId ? 'one' : 'other'} ${r.month} ${r.source} ${r.value}`).sort()).toEqual(
      [
        'one 2025-12 SERVICE_COMPLETION_TIME 12',
        'one 2026-10 CITIZEN_SATISFACTION null',
        'other 2026-07 CITIZEN_SATISFACTION null',
        'other 2026-07 SERVICE_COMPLETION_TIME null',
        `one 2026-10 SERVICE_COMPLETION_TIME ${rows.find((r) => r.month === '2026-10' && r.source === 'SERVICE_COMPLETION_TIME')?.value}`,
      ].sort(),
    );
  });
});
