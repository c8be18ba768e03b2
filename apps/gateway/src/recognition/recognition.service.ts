import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  AuditService,
  ResultsRepository,
  RoundsRepository,
  ScoredRoundRecord,
  TRAINING_COURSE_TITLE_UQ,
  TrainingCourseFields,
  TrainingCourseRecord,
  TrainingCoursesRepository,
  UnitsRepository,
} from '@k360/database';
import {
  AWARD_CANDIDATES_DEFAULT_LIMIT,
  AWARD_CANDIDATES_MAX_LIMIT,
  AWARD_EVIDENCE_RULE,
  awardEvidenceGaps,
  DisclosedSource,
  rankAwardCandidates,
  suggestCourses,
  TRAINING_COURSE_LIMITS,
  TRAINING_INDICATOR_CAPAIAN_BELOW,
  TRAINING_MAX_VALUES,
  TRAINING_VALUE_THRESHOLD,
  weakestValues,
} from '@k360/scoring';
import { Actor } from '../auth/actor';
import { AuthErrors } from '../auth/auth.errors';
import { invalidField } from '../common/app-error';
import { isUniqueViolation } from '../organisation/organisation.errors';
import type { RoundResult } from '../rounds/models/round-result.model';
import { discloseOthersValueMeans, discloseResult, viewerOf } from '../rounds/round-disclosure';
import { TrainingCourseFieldsInput } from './dto/recognition.inputs';
import { AwardCandidates, TrainingCourse, TrainingSuggestion, TrainingSuggestions } from './models/recognition.models';
import { RecognitionErrors } from './recognition.errors';
import { RecognitionPolicy } from './recognition.policy';

const toCourse = (c: TrainingCourseRecord): TrainingCourse => ({
  id: c.id,
  title: c.title,
  provider: c.provider,
  coreValue: c.coreValue,
  indicator: c.indicator,
  hours: c.hours,
  active: c.active,
  updatedAt: c.updatedAt,
});

/** Catalogue fields as stored: texts trimmed (inner runs of spaces kept), an empty indicator is none. */
function normalise(input: TrainingCourseFieldsInput): TrainingCourseFields {
  const title = input.title.trim();
  const provider = input.provider.trim();
  const indicator = input.indicator?.trim() || null;
  const L = TRAINING_COURSE_LIMITS;
  if (title.length < L.titleMin)
    throw invalidField(
      'title',
      `Judul minimal ${L.titleMin} karakter. / The title needs ${L.titleMin} characters.`,
      `at least ${L.titleMin} characters`,
    );
  if (provider.length < L.providerMin)
    throw invalidField(
      'provider',
      `Penyelenggara minimal ${L.providerMin} karakter. / The provider needs ${L.providerMin} characters.`,
      `at least ${L.providerMin} characters`,
    );
  return { title, provider, coreValue: input.coreValue, indicator, hours: input.hours, active: input.active };
}

/**
 * Recognition and development (issue 15): award candidates and training suggestions of a period
 * in a unit tree, and the training catalogue. Each list costs a constant number of statements
 * (the scored rounds with their results, their per-value means, the active catalogue), whatever
 * the number of employees. Rules: libs/scoring recognition.ts; what each round discloses:
 * round-disclosure.ts (applied to every round before any rule sees it).
 */
@Injectable()
export class RecognitionService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly courses: TrainingCoursesRepository,
    private readonly results: ResultsRepository,
    private readonly rounds: RoundsRepository,
    private readonly units: UnitsRepository,
    private readonly policy: RecognitionPolicy,
  ) {}

  /** The period (and unit) exist in the caller's agency; the scored rounds of the tree, each with its result as the caller may see it. */
  private async scoredRounds(actor: Actor, periodId: string, unitId: string | null) {
    const [period] = await this.rounds.periodsByIds([periodId]);
    if (!period || period.agencyId !== actor.agencyId) throw RecognitionErrors.periodNotFound();
    if (unitId && !(await this.units.findInAgency(actor.agencyId, unitId))) throw RecognitionErrors.unitNotFound();
    const rows = await this.results.scoredRoundsInUnitTree({ agencyId: actor.agencyId, periodId, unitId });
    return rows.map((row) => {
      const facts = { agencyId: row.agencyId, employeeId: row.employeeId, supervisorId: row.supervisorId, policy: row.policy };
      const viewer = viewerOf(actor, facts, false);
      return { row, facts, viewer, result: discloseResult(row.result as unknown as RoundResult, facts, viewer) };
    });
  }

  async awardCandidates(
    actor: Actor,
    periodId: string,
    unitId: string | null,
    limit = AWARD_CANDIDATES_DEFAULT_LIMIT,
  ): Promise<AwardCandidates> {
    if (!Number.isInteger(limit) || limit < 1 || limit > AWARD_CANDIDATES_MAX_LIMIT)
      throw invalidField(
        'limit',
        `Batas 1–${AWARD_CANDIDATES_MAX_LIMIT}. / limit must be within 1–${AWARD_CANDIDATES_MAX_LIMIT}.`,
        `within 1–${AWARD_CANDIDATES_MAX_LIMIT}`,
      );
    const rounds = await this.scoredRounds(actor, periodId, unitId);
    const byRound = new Map<string, ScoredRoundRecord>(rounds.map((r) => [r.row.roundId, r.row]));
    const inputs = rounds
      .filter((r) => r.result !== null)
      .map(({ row, result }) => ({
        roundId: row.roundId,
        employeeId: row.employeeId,
        employeeName: row.employeeName,
        perilakuScore: result!.perilakuScore,
        hasilKerjaScore: result!.hasilKerjaScore,
        predikat: result!.predikat,
        sources: result!.sources.map((s): DisclosedSource => ({
          source: s.source,
          count: s.count,
          score: s.score,
          counted: s.counted,
          weight: s.weight,
        })),
      }));
    const ranked = rankAwardCandidates(inputs, limit);
    return {
      rule: { ...AWARD_EVIDENCE_RULE, predikat: [...AWARD_EVIDENCE_RULE.predikat] },
      roundsConsidered: rounds.length,
      eligible: inputs.filter((i) => awardEvidenceGaps(i).length === 0).length,
      candidates: ranked.map((c) => {
        const row = byRound.get(c.roundId)!;
        return {
          rank: c.rank,
          roundId: c.roundId,
          employeeId: c.employeeId,
          employeeName: c.employeeName,
          employeeNip: row.employeeNip,
          position: row.positionAtOpen,
          unitName: row.unitName,
          predikat: c.predikat!,
          perilakuScore: c.perilakuScore!,
          hasilKerjaScore: c.hasilKerjaScore,
          reasons: c.reasons,
        };
      }),
    };
  }

  async trainingSuggestions(actor: Actor, periodId: string, unitId: string | null): Promise<TrainingSuggestions> {
    const rounds = await this.scoredRounds(actor, periodId, unitId);
    const [means, catalogue] = await Promise.all([
      this.results.valueMeansOfRounds(rounds.map((r) => r.row.roundId)),
      this.courses.list(actor.agencyId, true),
    ]);
    const employees: Array<TrainingSuggestion & { lowest: number }> = [];
    rounds.forEach(({ row, facts, viewer }, i) => {
      const others = discloseOthersValueMeans(means[i], facts, viewer);
      if (!others) return;
      const weak = weakestValues(others);
      if (!weak.length) return;
      const weakIndicators = (row.result.hasilKerjaIndicators ?? [])
        .filter((k) => k.capaian !== null && k.capaian < TRAINING_INDICATOR_CAPAIAN_BELOW)
        .map((k) => k.name);
      employees.push({
        roundId: row.roundId,
        employeeId: row.employeeId,
        employeeName: row.employeeName,
        employeeNip: row.employeeNip,
        position: row.positionAtOpen,
        unitName: row.unitName,
        weakValues: weak,
        courses: suggestCourses(weak, weakIndicators, catalogue).map((s) => ({ ...s, course: toCourse(s.course) })),
        lowest: weak[0].score,
      });
    });
    employees.sort((a, b) => a.lowest - b.lowest || a.employeeName.localeCompare(b.employeeName, 'id') || (a.roundId < b.roundId ? -1 : 1));
    return {
      threshold: TRAINING_VALUE_THRESHOLD,
      maxValues: TRAINING_MAX_VALUES,
      roundsConsidered: rounds.length,
      employees: employees.map(({ lowest: _lowest, ...e }) => e),
    };
  }

  async catalogue(actor: Actor): Promise<TrainingCourse[]> {
    return (await this.courses.list(actor.agencyId)).map(toCourse);
  }

  async createCourse(actor: Actor, input: TrainingCourseFieldsInput, requestId?: string): Promise<TrainingCourse> {
    if (!this.policy.mayManageCatalogue(actor)) throw AuthErrors.forbidden();
    const fields = normalise(input);
    try {
      return await this.ds.transaction(async (m) => {
        const saved = await this.courses.add(actor.agencyId, fields, m);
        await this.audit
          .forEmployee(actor, requestId)
          .record(m, 'TRAINING_COURSE_CREATED', 'training_course', saved.id, { after: { ...fields } });
        return toCourse(saved);
      });
    } catch (err) {
      if (isUniqueViolation(err, TRAINING_COURSE_TITLE_UQ)) throw RecognitionErrors.duplicateTitle(fields.title);
      throw err;
    }
  }

  async updateCourse(actor: Actor, id: string, input: TrainingCourseFieldsInput, requestId?: string): Promise<TrainingCourse> {
    if (!this.policy.mayManageCatalogue(actor)) throw AuthErrors.forbidden();
    const fields = normalise(input);
    try {
      return await this.ds.transaction(async (m) => {
        const before = await this.courses.byId(actor.agencyId, id, true, m);
        if (!before) throw RecognitionErrors.courseNotFound();
        const saved = (await this.courses.update(actor.agencyId, id, fields, m))!;
        const { title, provider, coreValue, indicator, hours, active } = before;
        await this.audit.forEmployee(actor, requestId).record(m, 'TRAINING_COURSE_UPDATED', 'training_course', id, {
          before: { title, provider, coreValue, indicator, hours, active },
          after: { ...fields },
        });
        return toCourse(saved);
      });
    } catch (err) {
      if (isUniqueViolation(err, TRAINING_COURSE_TITLE_UQ)) throw RecognitionErrors.duplicateTitle(fields.title);
      throw err;
    }
  }
}
