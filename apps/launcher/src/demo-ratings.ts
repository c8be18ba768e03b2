import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@k360/database';
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
  try {
    return await ds.transaction(async (m) => {
      const kiosks: Array<{ id: string; agency_id: string; service_point_id: string }> = await m.query(
        `SELECT k.id, k.agency_id, k.service_point_id FROM kiosk k
          WHERE k.agency_id = (SELECT agency_id FROM employee WHERE nip = $1) AND k.revoked_at IS NULL ORDER BY k.name`,
        [adminNip],
      );
      if (!kiosks.length) return 0;
      const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM public_rating WHERE source_id = ANY($1::uuid[])`, [
        kiosks.map((k) => k.id),
      ]);
      if (n > 0) return 0;
      let seed = 360;
      const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      let count = 0;
      for (const [ki, k] of kiosks.entries()) {
        const staff: Array<{ employee_id: string }> = await m.query(
          `SELECT employee_id FROM service_point_staff WHERE service_point_id = $1 ORDER BY employee_id`,
          [k.service_point_id],
        );
        const total = 30 + ki * 5;
        for (let i = 0; i < total; i++) {
          const daysAgo = Math.floor(rand() * 120);
          const at = new Date(Date.now() - daysAgo * 86_400_000 - Math.floor(rand() * 8 * 3600_000));
          const quick = rand() < 0.35;
          const pattern = PATTERNS[Math.floor(rand() * (PATTERNS.length - (ki % 2)))];
          const employee = staff.length && rand() < 0.8 ? staff[Math.floor(rand() * staff.length)].employee_id : null;
          const comment = COMMENTS[Math.floor(rand() * COMMENTS.length)];
          const [{ id }] = await m.query(
            `INSERT INTO public_rating (agency_id, service_point_id, employee_id, channel, source_id, kind, u1, u2, u3, u4, u5, u6, u7, u8, u9, score, comment, submitted_at)
             VALUES ($1, $2, $3, 'KIOSK', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`,
            [
              k.agency_id,
              k.service_point_id,
              employee,
              k.id,
              quick ? 'QUICK' : 'IKM',
              ...(quick ? Array(9).fill(null) : pattern),
              quick ? 1 + Math.floor(rand() * 4) : null,
              quick ? null : comment,
              at,
            ],
          );
          await m.query(`INSERT INTO outbox (topic, dedupe_key, payload) VALUES ($1, $2, $3)`, [
            OUTBOX_TOPICS.SERVICE_POINT_RATED,
            `rating:${id}`,
            JSON.stringify({ ratingId: id, servicePointId: k.service_point_id, employeeId: employee, submittedAt: at.toISOString() }),
          ]);
          count++;
        }
      }
      return count;
    });
  } finally {
    await ds.destroy();
  }
}
