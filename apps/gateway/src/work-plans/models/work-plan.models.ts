import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Aggregation, Direction, IndicatorSource, RealisationAction, RealisationStatus, WorkPlanStatus } from './enums';

@ObjectType({ description: 'A KPI indicator of a work plan (SKP), with its annual target.' })
export class Indicator {
  @Field(() => ID) id: string;
  @Field(() => ID) workPlanId: string;
  @Field() name: string;
  @Field() unit: string;
  @Field(() => Float, { description: 'Annual target.' }) target: number;
  @Field(() => Float) weight: number;
  @Field(() => Direction) direction: Direction;
  @Field(() => Aggregation) aggregation: Aggregation;
  @Field(() => IndicatorSource) source: IndicatorSource;
  @Field({ description: 'Measurement method.' }) method: string;
}

@ObjectType({ description: 'An indicator as it stood when a version of the plan was agreed.' })
export class IndicatorSnapshot {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() unit: string;
  @Field(() => Float) target: number;
  @Field(() => Float) weight: number;
  @Field(() => Direction) direction: Direction;
  @Field(() => Aggregation) aggregation: Aggregation;
  @Field(() => IndicatorSource) source: IndicatorSource;
  @Field() method: string;
}

@ObjectType({ description: 'One version of a work plan: why it was opened, and who agreed it with which indicators.' })
export class WorkPlanVersion {
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true, description: 'Why the agreed plan was changed; null for the first version.' })
  reason: string | null;
  @Field(() => ID) createdById: string;
  @Field() createdByName: string;
  @Field() createdAt: Date;
  @Field(() => ID, { nullable: true }) agreedById: string | null;
  @Field(() => String, { nullable: true }) agreedByName: string | null;
  @Field(() => Date, { nullable: true }) agreedAt: Date | null;
  @Field(() => [IndicatorSnapshot], { nullable: true, description: 'The indicators as agreed; null while not agreed.' })
  indicators: IndicatorSnapshot[] | null;
}

@ObjectType({ description: 'A month that has ended (agency time) with no report for a MANUAL indicator of an AGREED plan.' })
export class MissingReport {
  @Field(() => ID) indicatorId: string;
  @Field({ description: 'YYYY-MM' }) month: string;
}

@ObjectType({ description: 'The annual work plan (SKP) of an employee.' })
export class WorkPlan {
  @Field(() => ID) id: string;
  @Field(() => ID) employeeId: string;
  @Field(() => Int) year: number;
  @Field(() => WorkPlanStatus) status: WorkPlanStatus;
  @Field(() => Int, { description: 'Starts at 1; each revision after agreement adds one.' }) version: number;
  @Field(() => ID, { nullable: true }) agreedById: string | null;
  @Field(() => Date, { nullable: true }) agreedAt: Date | null;
  @Field(() => ID) createdById: string;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field(() => [Indicator]) indicators: Indicator[];
  @Field(() => [MissingReport], {
    description: 'Reports not made: each ended month of the year without a report, per MANUAL indicator (AGREED plans only), oldest first.',
  })
  missingReports: MissingReport[];
  /** Not a field: the access rules use it. */
  agencyId: string;
  supervisorId: string | null;
}

@ObjectType({ description: 'A supervisor’s direct report and their work plan of the year (null: none yet).' })
export class TeamWorkPlan {
  /** Not a field: `employee` is resolved from it (TeamWorkPlanResolver). */
  employeeId: string;
  @Field(() => WorkPlan, { nullable: true }) workPlan: WorkPlan | null;
}

@ObjectType({ description: 'One entry of a realisation’s thread.' })
export class RealisationEvent {
  @Field(() => ID) id: string;
  @Field(() => RealisationAction) action: RealisationAction;
  @Field(() => ID) actorId: string;
  @Field() actorName: string;
  @Field(() => Float, { nullable: true, description: 'The value reported (REPORTED, CORRECTED).' }) value: number | null;
  @Field(() => String, { nullable: true, description: 'The employee’s note, or the supervisor’s feedback.' }) note: string | null;
  @Field(() => String, { nullable: true }) evidenceUrl: string | null;
  @Field() at: Date;
}

@ObjectType({ description: 'The realisation of one indicator in one month, with its thread.' })
export class Realisation {
  @Field(() => ID) id: string;
  @Field(() => ID) workPlanId: string;
  @Field(() => ID) indicatorId: string;
  @Field({ description: 'YYYY-MM' }) month: string;
  @Field(() => Float) value: number;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => String, { nullable: true }) evidenceUrl: string | null;
  @Field(() => RealisationStatus) status: RealisationStatus;
  @Field() reportedAt: Date;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'The supervisor’s latest feedback.' }) feedback: string | null;
  @Field(() => [RealisationEvent], { description: 'Reports, corrections and decisions, oldest first.' })
  thread: RealisationEvent[];
}
