import { EvaluationRound, Period, Review, ReviewerAssignment } from './models/round.models';
import { AssignmentState, CoreValue, PeriodKind, Rating, ReviewerRelation, RoundStatus } from './models/enums';

export const ROUND_COLUMNS = `r.id, r.agency_id, r.employee_id, r.period_id, r.status, r.position_at_open, r.unit_id_at_open, r.supervisor_id,
  r.policy, r.instrument_version_id, r.hasil_kerja_rating, r.override_reason, r.opened_at, r.closed_at, r.close_count`;

export interface RoundRow {
  id: string;
  agency_id: string;
  employee_id: string;
  period_id: string;
  status: string;
  position_at_open: string;
  unit_id_at_open: string;
  supervisor_id: string | null;
  policy: Record<string, unknown>;
  instrument_version_id: string;
  hasil_kerja_rating: string | null;
  override_reason: string | null;
  opened_at: Date;
  closed_at: Date | null;
  close_count: number;
}

export function toRound(r: RoundRow): EvaluationRound & { closeCount: number } {
  return {
    id: r.id,
    agencyId: r.agency_id,
    employeeId: r.employee_id,
    periodId: r.period_id,
    status: r.status as RoundStatus,
    positionAtOpen: r.position_at_open,
    unitIdAtOpen: r.unit_id_at_open,
    supervisorId: r.supervisor_id,
    policy: r.policy,
    instrumentVersionId: r.instrument_version_id,
    hasilKerjaRating: r.hasil_kerja_rating as Rating | null,
    overrideReason: r.override_reason,
    openedAt: r.opened_at,
    closedAt: r.closed_at,
    closeCount: r.close_count,
  };
}

const isoDate = (d: Date | string) => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

export function toPeriod(r: {
  id: string;
  agency_id: string;
  name: string;
  kind: string;
  starts_on: Date | string;
  ends_on: Date | string;
}): Period {
  return {
    id: r.id,
    agencyId: r.agency_id,
    name: r.name,
    kind: r.kind as PeriodKind,
    startsOn: isoDate(r.starts_on),
    endsOn: isoDate(r.ends_on),
  };
}

export function toAssignment(r: {
  id: string;
  round_id: string;
  reviewer_id: string;
  relation: string;
  state: string;
  submitted: boolean;
  created_at: Date;
}): ReviewerAssignment {
  return {
    id: r.id,
    roundId: r.round_id,
    reviewerId: r.reviewer_id,
    relation: r.relation as ReviewerRelation,
    state: r.state as AssignmentState,
    submitted: r.submitted,
    createdAt: r.created_at,
  };
}

export function toReview(
  r: {
    id: string;
    round_id: string;
    relation: string;
    revision: number;
    strengths: string | null;
    improvements: string | null;
    submitted_at: Date;
  },
  scores: Array<{ core_value: string; score: number }>,
): Review {
  return {
    id: r.id,
    roundId: r.round_id,
    relation: r.relation as ReviewerRelation,
    revision: r.revision,
    strengths: r.strengths,
    improvements: r.improvements,
    submittedAt: r.submitted_at,
    scores: scores.map((s) => ({ value: s.core_value as CoreValue, score: s.score })),
  };
}
