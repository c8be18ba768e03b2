import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { AutomaticIndicatorsRepository, PlanAutomaticIndicatorMonth } from '@k360/database';

/**
 * Per-request DataLoaders of work plans: the automatic indicators' computed months of every plan a
 * response shows, one query per request (not per indicator). They check nothing: a plan reaches a
 * response only through a resolver that checked it.
 */
export function createWorkPlanLoaders(ds: DataSource) {
  const automatic = new AutomaticIndicatorsRepository(ds);
  return {
    /** The computed months of the plan's employee within the plan's year, oldest first. */
    automaticMonths: new DataLoader<string, PlanAutomaticIndicatorMonth[]>(async (planIds) => {
      const rows = await automatic.forPlans(planIds);
      return planIds.map((id) => rows.filter((r) => r.workPlanId === id));
    }),
  };
}

export type WorkPlanLoaders = ReturnType<typeof createWorkPlanLoaders>;
