import { Args, Field, Float, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectQueue } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { QueueName } from '@k360/queue';
import { Actor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { AppError } from '../common/app-error';

@ObjectType()
export class ElementScore {
  @Field({ description: 'U1..U9' }) code: string;
  @Field() name: string;
  @Field(() => Float, { description: 'Nilai rata-rata (mean answer, 1–4).' }) nrr: number;
}

@ObjectType({ description: 'The latest satisfaction aggregate the worker wrote for a service point and period.' })
export class SatisfactionSummary {
  @Field(() => Int) respondents: number;
  @Field(() => [ElementScore]) elements: ElementScore[];
  @Field(() => Float, { nullable: true, description: '1–4' }) ikm: number | null;
  @Field(() => Float, { nullable: true, description: '25–100' }) ikmConverted: number | null;
  @Field(() => String, { nullable: true, description: 'A–D' }) mutu: string | null;
  @Field(() => String, { nullable: true, description: 'Sangat Baik, Baik, Kurang Baik, Tidak Baik' }) kinerja: string | null;
  @Field(() => Int) quickCount: number;
  @Field(() => Float, { nullable: true }) quickMean: number | null;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
}

@Resolver(() => SatisfactionSummary)
export class SatisfactionResolver {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @InjectQueue(QueueName.AGGREGATION) private readonly aggregation: Queue,
  ) {}

  @Roles('ADMIN')
  @Mutation(() => Int, {
    description:
      'ADMIN: recomputes the IKM of every active service point of the agency for a period (one aggregation job: one GROUP BY, one upsert; see queueCounts / failedJobs); returns the number of service points it covers.',
  })
  async recomputeSatisfaction(@CurrentActor() actor: Actor, @Args('periodId', { type: () => ID }) periodId: string): Promise<number> {
    const [period] = await this.ds.query(`SELECT id FROM period WHERE id = $1 AND agency_id = $2`, [periodId, actor.agencyId]);
    if (!period) throw new AppError('NOT_FOUND', 'Periode tidak ditemukan. / Period not found.');
    const [{ points }] = await this.ds.query(
      `SELECT count(*)::int AS points FROM service_point WHERE agency_id = $1 AND archived_at IS NULL`,
      [actor.agencyId],
    );
    try {
      await this.aggregation.add('aggregate-period', { periodId }, { jobId: `recompute-${periodId}-${Date.now()}` });
    } catch (err) {
      throw new AppError(
        'QUEUE_UNAVAILABLE',
        `Antrean tidak dapat dihubungi. / The queue backend is unavailable: ${(err as Error).message}`,
      );
    }
    return points;
  }

  @Public()
  @Query(() => SatisfactionSummary, { description: 'Public: the IKM of a service point in a period (zero respondents until rated).' })
  async servicePointSatisfaction(
    @Args('servicePointId', { type: () => ID }) servicePointId: string,
    @Args('periodId', { type: () => ID }) periodId: string,
  ): Promise<SatisfactionSummary> {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    if (!uuid.test(servicePointId) || !uuid.test(periodId)) {
      throw new AppError('BAD_USER_INPUT', 'servicePointId dan periodId harus UUID. / IDs must be UUIDs.', [
        { field: 'servicePointId', reasons: ['uuid'] },
      ]);
    }
    const [row] = await this.ds.query(`SELECT * FROM satisfaction_aggregate WHERE service_point_id = $1::uuid AND period_id = $2::uuid`, [
      servicePointId,
      periodId,
    ]);
    if (!row)
      return {
        respondents: 0,
        elements: [],
        ikm: null,
        ikmConverted: null,
        mutu: null,
        kinerja: null,
        quickCount: 0,
        quickMean: null,
        updatedAt: null,
      };
    return {
      respondents: row.respondents,
      elements: (row.elements as Array<{ code: string; name: string; nrr: number | null }>).filter((e) => e.nrr !== null) as ElementScore[],
      ikm: row.ikm,
      ikmConverted: row.ikm_converted,
      mutu: row.mutu,
      kinerja: row.kinerja,
      quickCount: row.quick_count,
      quickMean: row.quick_count ? Number(row.quick_sum) / row.quick_count : null,
      updatedAt: row.updated_at,
    };
  }
}
