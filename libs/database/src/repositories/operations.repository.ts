import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** Ids a job payload may carry, by kind. */
export interface JobSubjectIds {
  roundIds: string[];
  servicePointIds: string[];
  periodIds: string[];
  /** Report ids (the reports queue's jobs). */
  reportIds?: string[];
}

/**
 * Reads for operating the deployment (the queue dashboard and the agency-scoped queue admin):
 * how many agencies it serves, and which of the rounds, service points and periods named in job
 * payloads belong to an agency. No table of its own: it reads `agency`, `evaluation_round`,
 * `service_point`, `period` and `report` by id only.
 */
@Injectable()
export class OperationsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** How many agencies the deployment serves. */
  async agencyCount(m: EntityManager = this.ds.manager): Promise<number> {
    const [{ agencies }] = (await m.query(`SELECT count(*)::int AS agencies FROM agency`)) as Array<{ agencies: number }>;
    return agencies;
  }

  /**
   * Which of these ids are the agency's own (its rounds, service points, periods); ids of other
   * agencies and unknown ids are left out. Every id must be a UUID.
   */
  async ownedByAgency(agencyId: string, ids: JobSubjectIds, m: EntityManager = this.ds.manager): Promise<Set<string>> {
    const rows = (await m.query(
      `SELECT id::text FROM evaluation_round WHERE agency_id = $1 AND id = ANY($2::uuid[])
       UNION ALL SELECT id::text FROM service_point WHERE agency_id = $1 AND id = ANY($3::uuid[])
       UNION ALL SELECT id::text FROM period WHERE agency_id = $1 AND id = ANY($4::uuid[])
       UNION ALL SELECT id::text FROM report WHERE agency_id = $1 AND id = ANY($5::uuid[])`,
      [agencyId, ids.roundIds, ids.servicePointIds, ids.periodIds, ids.reportIds ?? []],
    )) as Array<{ id: string }>;
    return new Set(rows.map((r) => r.id));
  }
}
