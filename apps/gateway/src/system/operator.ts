import type { AppConfig } from '@k360/config';
import type { OperationsRepository } from '@k360/database';
import type { Actor } from '../auth/actor';

/**
 * May this ADMIN see the jobs of every agency? The queues are shared by every agency of a
 * deployment: only the operating agency's ADMINs (QUEUE_DASHBOARD_AGENCY_ID; without it, any
 * ADMIN while the deployment serves a single agency) see them all, in the Bull Board at
 * /admin/queues and in `queueCounts`.
 */
export async function operatesDeployment(config: AppConfig, operations: OperationsRepository, actor: Actor): Promise<boolean> {
  if (config.QUEUE_DASHBOARD_AGENCY_ID) return actor.agencyId === config.QUEUE_DASHBOARD_AGENCY_ID;
  return (await operations.agencyCount()) === 1;
}
