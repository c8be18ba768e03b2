import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { GraphQLContext } from '../graphql/graphql.context';
import { Employee } from '../organisation/models/employee.model';
import {
  AddIndicatorInput,
  CreateWorkPlanInput,
  ReportRealisationInput,
  ReviseWorkPlanInput,
  UpdateIndicatorInput,
  VerifyRealisationInput,
} from './dto/work-plan.inputs';
import { IndicatorSource } from './models/enums';
import {
  AutomaticIndicatorMonthValue,
  EmployeeMonitoring,
  Indicator,
  Realisation,
  TeamWorkPlan,
  WorkPlan,
  WorkPlanVersion,
} from './models/work-plan.models';
import { WorkPlansService } from './work-plans.service';

@Resolver(() => WorkPlan)
export class WorkPlansResolver {
  constructor(private readonly plans: WorkPlansService) {}

  @Query(() => WorkPlan, { description: 'A work plan (SKP): the employee, ADMIN, or their reporting line.' })
  workPlan(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.plans.getWorkPlan(actor, id);
  }

  @Query(() => WorkPlan, { nullable: true, description: 'The caller’s own work plan of the year (null: none yet).' })
  myWorkPlan(@CurrentActor() actor: Actor, @Args('year', { type: () => Int }) year: number) {
    return this.plans.myWorkPlan(actor, year);
  }

  @Roles('ADMIN', 'SUPERVISOR')
  @Query(() => [TeamWorkPlan], { description: 'The caller’s active direct reports, each with their work plan of the year or null.' })
  teamWorkPlans(@CurrentActor() actor: Actor, @Args('year', { type: () => Int }) year: number) {
    return this.plans.teamWorkPlans(actor, year);
  }

  @Roles('ADMIN', 'SUPERVISOR')
  @Query(() => [EmployeeMonitoring], {
    description:
      'Monitoring of a month (1–12): per active direct report (ADMIN: per active member of unitId), each indicator’s report status, realisation against the monthly target, behind-target flag and trend since January.',
  })
  workPlanMonitoring(
    @CurrentActor() actor: Actor,
    @Args('year', { type: () => Int }) year: number,
    @Args('month', { type: () => Int, description: '1–12' }) month: number,
    @Args('unitId', { type: () => ID, nullable: true, description: 'ADMIN only: the unit whose members to monitor.' })
    unitId?: string | null,
  ) {
    return this.plans.monitoring(actor, year, month, unitId);
  }

  @Query(() => [Realisation], { description: 'The realisations of a work plan (optionally of one month, YYYY-MM), each with its thread.' })
  realisations(
    @CurrentActor() actor: Actor,
    @Args('workPlanId', { type: () => ID }) workPlanId: string,
    @Args('month', { type: () => String, nullable: true }) month?: string | null,
  ) {
    return this.plans.realisations(actor, workPlanId, month);
  }

  @Mutation(() => WorkPlan, { description: 'Starts the DRAFT work plan of an employee for a year: the employee, their direct supervisor or ADMIN.' })
  createWorkPlan(@CurrentActor() actor: Actor, @Args('input') input: CreateWorkPlanInput, @Context() ctx: GraphQLContext) {
    return this.plans.createWorkPlan(actor, input, ctx.requestId);
  }

  @Mutation(() => Indicator, { description: 'Adds an indicator to a DRAFT work plan.' })
  addIndicator(@CurrentActor() actor: Actor, @Args('input') input: AddIndicatorInput, @Context() ctx: GraphQLContext) {
    return this.plans.addIndicator(actor, input, ctx.requestId);
  }

  @Mutation(() => Indicator, { description: 'Replaces the fields of an indicator of a DRAFT work plan.' })
  updateIndicator(@CurrentActor() actor: Actor, @Args('input') input: UpdateIndicatorInput, @Context() ctx: GraphQLContext) {
    return this.plans.updateIndicator(actor, input, ctx.requestId);
  }

  @Mutation(() => WorkPlan, { description: 'Removes an indicator (without realisations) from a DRAFT work plan; answers the plan.' })
  removeIndicator(@CurrentActor() actor: Actor, @Args('indicatorId', { type: () => ID }) indicatorId: string, @Context() ctx: GraphQLContext) {
    return this.plans.removeIndicator(actor, indicatorId, ctx.requestId);
  }

  @Roles('ADMIN', 'SUPERVISOR')
  @Mutation(() => WorkPlan, { description: 'The direct supervisor (or ADMIN) agrees a DRAFT work plan: status AGREED.' })
  agreeWorkPlan(@CurrentActor() actor: Actor, @Args('workPlanId', { type: () => ID }) workPlanId: string, @Context() ctx: GraphQLContext) {
    return this.plans.agreeWorkPlan(actor, workPlanId, ctx.requestId);
  }

  @Mutation(() => WorkPlan, {
    description: 'Changes an agreed work plan: a new version, back to DRAFT, with the reason; the agreed versions stay in the history.',
  })
  reviseWorkPlan(@CurrentActor() actor: Actor, @Args('input') input: ReviseWorkPlanInput, @Context() ctx: GraphQLContext) {
    return this.plans.reviseWorkPlan(actor, input, ctx.requestId);
  }

  @Mutation(() => Realisation, {
    description: 'The employee reports a MANUAL indicator’s value for a month of an AGREED plan; reporting again corrects it until verified.',
  })
  reportRealisation(@CurrentActor() actor: Actor, @Args('input') input: ReportRealisationInput, @Context() ctx: GraphQLContext) {
    return this.plans.reportRealisation(actor, input, ctx.requestId);
  }

  @Roles('ADMIN', 'SUPERVISOR')
  @Mutation(() => Realisation, { description: 'The direct supervisor verifies a submitted realisation, or returns it with feedback.' })
  verifyRealisation(@CurrentActor() actor: Actor, @Args('input') input: VerifyRealisationInput, @Context() ctx: GraphQLContext) {
    return this.plans.verifyRealisation(actor, input, ctx.requestId);
  }

  @ResolveField(() => Employee)
  employee(@Parent() plan: WorkPlan, @Context() ctx: GraphQLContext) {
    return ctx.loaders.employee.load(plan.employeeId);
  }

  @ResolveField(() => [WorkPlanVersion], { description: 'Every version, oldest first: why it was opened, who agreed it, and its indicators as agreed.' })
  versions(@Parent() plan: WorkPlan) {
    return this.plans.versions(plan);
  }
}

@Resolver(() => TeamWorkPlan)
export class TeamWorkPlanResolver {
  @ResolveField(() => Employee)
  employee(@Parent() line: TeamWorkPlan, @Context() ctx: GraphQLContext) {
    return ctx.loaders.employee.load(line.employeeId);
  }
}

@Resolver(() => EmployeeMonitoring)
export class EmployeeMonitoringResolver {
  @ResolveField(() => Employee)
  employee(@Parent() line: EmployeeMonitoring, @Context() ctx: GraphQLContext) {
    return ctx.loaders.employee.load(line.employeeId);
  }
}

@Resolver(() => Indicator)
export class IndicatorResolver {
  @ResolveField(() => [AutomaticIndicatorMonthValue], {
    description:
      'Automatic indicators: the computed months of the plan’s year, oldest first, with the ratings or tickets behind each; empty for MANUAL ones.',
  })
  async automaticMonths(@Parent() indicator: Indicator, @Context() ctx: GraphQLContext): Promise<AutomaticIndicatorMonthValue[]> {
    if (indicator.source === IndicatorSource.MANUAL) return [];
    const rows = await ctx.workPlanLoaders.automaticMonths.load(indicator.workPlanId);
    return rows
      .filter((r) => r.source === indicator.source)
      .map((r) => ({ month: r.month, value: r.value, sampleSize: r.sampleSize, computedAt: r.computedAt }));
  }
}
