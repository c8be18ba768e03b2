import { DataSource, EntityManager } from 'typeorm';
import { SCORING_POLICY_VERSION_UQ, ScoringPoliciesRepository } from '@k360/database';
import { ARCAMANIK_360_V1, buildScoringPolicy, ScoringPolicy } from '@k360/scoring';
import { migratedDataSource } from '../support/database';
import { OrganisationRows, pgError, whileHolding } from './organisation-rows';

// @nestjs/* are ES modules, which Jest cannot require: see test/support/nest-shim.ts.
jest.mock('@nestjs/common', () => jest.requireActual('../support/nest-shim').nestCommon);
jest.mock('@nestjs/typeorm', () => jest.requireActual('../support/nest-shim').nestTypeorm);

const draft = (weights: { SUPERVISOR: number; PEER: number; PUBLIC: number; SUBORDINATE: number }) => ({
  code: 'KEC_REPO_360',
  weights,
  minCount: { SUPERVISOR: 1, PEER: 3, PUBLIC: 5, SUBORDINATE: 3 },
  perilaku: { diAtas: 85, sesuai: 65 },
  hasilKerja: { diAtas: 110, sesuai: 90 },
  capaianCap: 1.2,
  anonymityMin: 3,
});

describe('ScoringPoliciesRepository', () => {
  let ds: DataSource;
  let repo: ScoringPoliciesRepository;
  let rows: OrganisationRows;
  let agencyId: string;
  let otherAgencyId: string;
  let adminId: string;
  let otherAdminId: string;

  beforeAll(async () => {
    ds = await migratedDataSource();
    repo = new ScoringPoliciesRepository(ds);
    rows = new OrganisationRows(ds);
    const a = await rows.agency('Kota Kebijakan');
    agencyId = a.agencyId;
    adminId = (await rows.employee(agencyId, a.root.id, { roles: ['ADMIN'] })).id;
    const b = await rows.agency('Kota Kebijakan Lain');
    otherAgencyId = b.agencyId;
    otherAdminId = (await rows.employee(otherAgencyId, b.root.id, { roles: ['ADMIN'] })).id;
  });
  afterAll(() => ds?.destroy());

  /** Publishes the next version the way ScoringPoliciesService does: lock, number, build, add. */
  const publish = (agency: string, by: string, weights: Parameters<typeof draft>[0], reason = 'Bobot baru tahun ini') =>
    ds.transaction(async (m) => {
      const version = await repo.lockNextVersion(agency, m);
      return repo.add({ agencyId: agency, version, policy: buildScoringPolicy(draft(weights), version), publishedBy: by, reason }, m);
    });

  it('an agency without a publication has no latest version and an empty history; its first version is 2', async () => {
    expect(await repo.latest(agencyId)).toBeNull();
    expect(await repo.history(agencyId)).toEqual([]);
    expect(await ds.transaction((m) => repo.lockNextVersion(agencyId, m))).toBe(2);
  });

  it('adds versions 2, 3 with their code and snapshot; latest and history (newest first) read them back, per agency', async () => {
    const v2 = await publish(agencyId, adminId, { SUPERVISOR: 0.2, PEER: 0.6, PUBLIC: 0.2, SUBORDINATE: 0 });
    const v3 = await publish(agencyId, adminId, { SUPERVISOR: 0.4, PEER: 0.2, PUBLIC: 0.2, SUBORDINATE: 0.2 }, 'Bawahan ikut dinilai');
    const other = await publish(otherAgencyId, otherAdminId, { SUPERVISOR: 1, PEER: 0, PUBLIC: 0, SUBORDINATE: 0 });
    expect([v2.version, v2.code, v3.version, v3.code, other.version, other.code]).toEqual([
      2,
      'KEC_REPO_360_V2',
      3,
      'KEC_REPO_360_V3',
      2,
      'KEC_REPO_360_V2',
    ]);
    expect(v3).toMatchObject({ agencyId, publishedBy: adminId, reason: 'Bawahan ikut dinilai' });
    expect(v3.publishedAt).toBeInstanceOf(Date);
    expect(v3.policy).toEqual<ScoringPolicy>({
      ...ARCAMANIK_360_V1,
      code: 'KEC_REPO_360_V3',
      weights: { SUPERVISOR: 0.4, PEER: 0.2, PUBLIC: 0.2, SUBORDINATE: 0.2, SELF: 0 },
    });
    expect(await repo.latest(agencyId)).toEqual(v3);
    expect((await repo.history(agencyId)).map((v) => v.code)).toEqual(['KEC_REPO_360_V3', 'KEC_REPO_360_V2']);
    expect((await repo.history(otherAgencyId)).map((v) => [v.version, v.policy.weights.SUPERVISOR])).toEqual([[2, 1]]);
  });

  it('a taken version breaks SCORING_POLICY_VERSION_UQ; the CHECKs refuse version 1, a code without its version and an empty reason', async () => {
    const policy = buildScoringPolicy(draft({ SUPERVISOR: 1, PEER: 0, PUBLIC: 0, SUBORDINATE: 0 }), 2);
    expect(await pgError(repo.add({ agencyId, version: 2, policy, publishedBy: adminId, reason: 'Sekali lagi' }))).toEqual({
      code: '23505',
      constraint: SCORING_POLICY_VERSION_UQ,
    });
    const v1 = { ...policy, code: 'KEC_REPO_360_V1' };
    expect((await pgError(repo.add({ agencyId, version: 1, policy: v1, publishedBy: adminId, reason: 'Versi satu' }))).code).toBe('23514');
    // The code must end in the row's version (_V9, not _V2).
    expect((await pgError(repo.add({ agencyId, version: 9, policy, publishedBy: adminId, reason: 'Kode keliru' }))).code).toBe('23514');
    const v9 = { ...policy, code: 'KEC_REPO_360_V9' };
    expect((await pgError(repo.add({ agencyId, version: 9, policy: v9, publishedBy: adminId, reason: '  ' }))).code).toBe('23514');
    expect((await repo.history(agencyId)).map((v) => v.version)).toEqual([3, 2]);
  });

  it('lockNextVersion holds the agency’s lock until the transaction ends (another agency is not blocked)', async () => {
    const tryLock = async (o: EntityManager, agency: string) =>
      (await o.query(`SELECT pg_try_advisory_xact_lock(hashtext('scoring_policy:' || $1)) AS got`, [agency]))[0].got as boolean;
    const got = await whileHolding(
      ds,
      (m) => repo.lockNextVersion(agencyId, m),
      async (o) => [await tryLock(o, agencyId), await tryLock(o, otherAgencyId)],
    );
    expect(got).toEqual([false, true]);
  });
});
