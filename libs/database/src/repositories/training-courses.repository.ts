import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CoreValueKey } from '@k360/scoring';

/** One course of an agency's training catalogue. */
export interface TrainingCourseRecord {
  id: string;
  agencyId: string;
  title: string;
  provider: string;
  coreValue: CoreValueKey;
  /** A KPI indicator name the course also serves, or null. */
  indicator: string | null;
  hours: number;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export type TrainingCourseFields = Pick<TrainingCourseRecord, 'title' | 'provider' | 'coreValue' | 'indicator' | 'hours' | 'active'>;

/** The unique key a second course of the same agency and title (any case) breaks. */
export const TRAINING_COURSE_TITLE_UQ = 'training_course_title_uq';

interface CourseRow {
  id: string;
  agency_id: string;
  title: string;
  provider: string;
  core_value: CoreValueKey;
  indicator: string | null;
  hours: string;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = `id, agency_id, title, provider, core_value, indicator, hours, active, created_at, updated_at`;

const toRecord = (r: CourseRow): TrainingCourseRecord => ({
  id: r.id,
  agencyId: r.agency_id,
  title: r.title,
  provider: r.provider,
  coreValue: r.core_value,
  indicator: r.indicator,
  hours: Number(r.hours),
  active: r.active,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/**
 * The training_course table (issue 15): an agency's training catalogue, maintained by its ADMIN
 * (TrainingService in the gateway audits every change). Courses are switched off, never deleted.
 */
@Injectable()
export class TrainingCoursesRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** The agency's courses by title (`activeOnly`: the switched-on ones), one statement. */
  async list(agencyId: string, activeOnly = false, m: EntityManager = this.ds.manager): Promise<TrainingCourseRecord[]> {
    const rows: CourseRow[] = await m.query(
      `SELECT ${COLUMNS} FROM training_course WHERE agency_id = $1 ${activeOnly ? 'AND active' : ''} ORDER BY lower(title), id`,
      [agencyId],
    );
    return rows.map(toRecord);
  }

  /** The course within the agency, or null; `forUpdate` locks it for the caller's transaction. */
  async byId(agencyId: string, id: string, forUpdate = false, m: EntityManager = this.ds.manager): Promise<TrainingCourseRecord | null> {
    const [row]: CourseRow[] = await m.query(
      `SELECT ${COLUMNS} FROM training_course WHERE agency_id = $1 AND id = $2 ${forUpdate ? 'FOR UPDATE' : ''}`,
      [agencyId, id],
    );
    return row ? toRecord(row) : null;
  }

  /** Throws the unique violation TRAINING_COURSE_TITLE_UQ for a title the agency already uses. */
  async add(agencyId: string, c: TrainingCourseFields, m: EntityManager = this.ds.manager): Promise<TrainingCourseRecord> {
    const [row]: CourseRow[] = await m.query(
      `INSERT INTO training_course (agency_id, title, provider, core_value, indicator, hours, active)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [agencyId, c.title, c.provider, c.coreValue, c.indicator, c.hours, c.active],
    );
    return toRecord(row);
  }

  /** Replaces the course's fields (updated_at now); null for an unknown course. Throws TRAINING_COURSE_TITLE_UQ as add. */
  async update(
    agencyId: string,
    id: string,
    c: TrainingCourseFields,
    m: EntityManager = this.ds.manager,
  ): Promise<TrainingCourseRecord | null> {
    const result: [CourseRow[], number] = await m.query(
      `UPDATE training_course SET title = $3, provider = $4, core_value = $5, indicator = $6, hours = $7, active = $8, updated_at = now()
        WHERE agency_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
      [agencyId, id, c.title, c.provider, c.coreValue, c.indicator, c.hours, c.active],
    );
    // TypeORM answers `[rows, affectedCount]` for an UPDATE … RETURNING.
    const [row] = result[0];
    return row ? toRecord(row) : null;
  }
}
