import { DataSource } from 'typeorm';
import { buildDataSourceOptions, PublicRatingsRepository } from '@k360/database';
import { OUTBOX_TOPICS } from '@k360/queue';

/** Answer patterns like docs/domain.md's worked example (U1..U9); weights make some service points better than others. */
const PATTERNS = [
  [4, 4, 3, 4, 3, 4, 4, 3, 4],
  [3, 3, 3, 4, 3, 3, 4, 2, 3],
  [4, 3, 4, 4, 4, 4, 4, 3, 4],
  [3, 4, 3, 4, 3, 3, 4, 3, 3],
  [4, 4, 4, 4, 4, 4, 4, 4, 4],
  [2, 3, 2, 4, 3, 3, 3, 2, 3],
];
const COMMENTS = [
  'Pelayanan cepat dan ramah.',
  'Antrean agak lama, tapi petugas sopan.',
  'Persyaratan kurang jelas di papan informasi.',
  'Terima kasih, KTP-el selesai hari ini.',
  null,
  null,
  null,
];

/**
 * A few hundred citizen ratings over the last four months at the demo's service points, written as
 * a data import would (kiosk channel, with their outbox rows, so the worker aggregates them like
 * any other). The API itself accepts ratings at most 7 days old, which is why history is seeded
 * here and not through submitPublicRating. Deterministic, and only once per database.
 */
export async function seedDemoRatings(databaseUrl: string, adminNip: string): Promise<number> {
  const ds = new DataSource(buildDataSourceOptions({ url: databaseUrl, poolSize: 2, applicationName: 'kinerja360-demo' }));
  await ds.initialize();
  const ratings = new PublicRatingsRepository(ds);
  try {
    return await ds.transaction(async (m) => {
      const kiosks = await ratings.liveKiosksOfAgencyOf(adminNip, m);
      if (!kiosks.length) return 0;
      if (
        (await ratings.countRatingsFrom(
          kiosks.map((k) => k.id),
          m,
        )) > 0
      )
        return 0;
      let seed = 360;
      const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      let count = 0;
      for (const [ki, k] of kiosks.entries()) {
        const staff = await ratings.staffIds(k.servicePointId, m);
        const total = 30 + ki * 5;
        for (let i = 0; i < total; i++) {
          const daysAgo = Math.floor(rand() * 120);
          const at = new Date(Date.now() - daysAgo * 86_400_000 - Math.floor(rand() * 8 * 3600_000));
          const quick = rand() < 0.35;
          const pattern = PATTERNS[Math.floor(rand() * (PATTERNS.length - (ki % 2)))];
          const employee = staff.length && rand() < 0.8 ? staff[Math.floor(rand() * staff.length)] : null;
          const comment = COMMENTS[Math.floor(rand() * COMMENTS.length)];
          // The rating and its outbox row, in one statement.
          await ratings.importRating(
            {
              agencyId: k.agencyId,
              servicePointId: k.servicePointId,
              employeeId: employee,
              channel: 'KIOSK',
              sourceId: k.id,
              kind: quick ? 'QUICK' : 'IKM',
              answers: quick ? Array(9).fill(null) : pattern,
              score: quick ? 1 + Math.floor(rand() * 4) : null,
              comment: quick ? null : comment,
              submittedAt: at,
            },
            OUTBOX_TOPICS.SERVICE_POINT_RATED,
            m,
          );
          count++;
        }
      }
      return count;
    });
  } finally {
    await ds.destroy();
  }
}
