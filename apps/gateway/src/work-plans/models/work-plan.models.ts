import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Aggregation,
  Direction,
  IndicatorSource,
  MonthlyReportStatus,
  RealisationAction,
  RealisationStatus,
  WorkPlanStatus,
} from './enums';

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

@ObjectType({ description: 'A month of an automatic indicator, computed by the worker from the platform’s facts.' })
export class AutomaticIndicatorMonthValue {
  @Field({ description: 'YYYY-MM (agency time zone).' }) month: string;
  @Field(() => Float, {
    nullable: true,
    description:
      'Citizen satisfaction: IKM converted (25–100); completion time: median minutes. Null: no data (no tickets, too few ratings).',
  })
  value: number | null;
  @Field(() => Int, { description: 'How many ratings (citizen satisfaction) or completed tickets (completion time) are behind the value.' })
  sampleSize: number;
  @Field({ description: 'When the worker last computed the month.' }) computedAt: Date;
}

@ObjectType({ description: 'One month of an indicator in the monitoring trend.' })
export class MonitoringMonth {
  @Field({ description: 'YYYY-MM' }) month: string;
  @Field(() => MonthlyReportStatus) status: MonthlyReportStatus;
  @Field(() => Float, { nullable: true, description: 'The reported (not returned) or computed value; null: none.' }) value: number | null;
  @Field(() => Int, { nullable: true, description: 'Automatic indicators: ratings or tickets behind the value.' }) sampleSize:
    number | null;
}

@ObjectType({ description: 'One indicator of a team member in a month: report status, realisation against the monthly target, trend.' })
export class IndicatorMonitoring {
  @Field(() => Indicator) indicator: Indicator;
  @Field(() => MonthlyReportStatus, { description: 'The month’s report (MANUAL), or AUTOMATIC.' }) status: MonthlyReportStatus;
  @Field({ description: 'A MANUAL month that has ended (agency time) not reported, or returned and not corrected.' }) late: boolean;
  @Field(() => Float, { nullable: true, description: 'The month’s realisation (null: not reported, returned, or no data).' }) value:
    number | null;
  @Field(() => Int, { nullable: true, description: 'Automatic indicators: ratings or tickets behind the value.' }) sampleSize:
    number | null;
  @Field(() => Float, { description: 'The monthly target: SUM target / 12, AVERAGE and LAST the annual target.' }) monthlyTarget: number;
  @Field(() => Boolean, {
    nullable: true,
    description: 'The month’s value is worse than the monthly target (below it, or above it for LOWER_IS_BETTER); null without a value.',
  })
  behindTarget: boolean | null;
  @Field(() => [MonitoringMonth], { description: 'Every month of the year up to the month asked for, oldest first.' })
  trend: MonitoringMonth[];
}

@ObjectType({ description: 'A team member’s month: their plan’s indicators, who reported, who is behind target.' })
export class EmployeeMonitoring {
  /** Not a field: `employee` is resolved from it (EmployeeMonitoringResolver). */
  employeeId: string;
  @Field(() => ID, { nullable: true, description: 'Their work plan of the year; null: none yet.' }) workPlanId: string | null;
  @Field(() => WorkPlanStatus, { nullable: true }) workPlanStatus: WorkPlanStatus | null;
  @Field(() => [IndicatorMonitoring], { description: 'In plan order; empty without a plan.' }) indicators: IndicatorMonitoring[];
  @Field(() => Int, { description: 'MANUAL indicators reported for the month (submitted or verified).' }) reported: number;
  @Field(() => Int, { description: 'MANUAL indicators not reported for the month.' }) notReported: number;
  @Field(() => Int, { description: 'MANUAL indicators whose report was returned.' }) returned: number;
  @Field(() => Int, { description: 'Indicators behind their monthly target.' }) behindTarget: number;
}
