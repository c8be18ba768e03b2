import type { DataSource } from 'typeorm';
import type { AppConfig } from '@k360/config';
import type { Actor } from '../auth/actor';

/**
 * May this ADMIN see the jobs of every agency? The queues are shared by every agency of a
 * deployment: only the operating agency's ADMINs (QUEUE_DASHBOARD_AGENCY_ID; without it, any
 * ADMIN while the deployment serves a single agency) see them all, in the Bull Board at
 * /admin/queues and in `queueCounts`.
 */
export async function operatesDeployment(config: AppConfig, ds: DataSource, actor: Actor): Promise<boolean> {
  if (config.QUEUE_DASHBOARD_AGENCY_ID) return actor.agencyId === config.QUEUE_DASHBOARD_AGENCY_ID;
  const [{ agencies }] = await ds.query(`SELECT count(*)::int AS agencies FROM agency`);
  return agencies === 1;
}
