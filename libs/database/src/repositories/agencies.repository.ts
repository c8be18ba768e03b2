import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** Agency names are unique (case-insensitive). */
export const AGENCY_NAME_UQ = 'agency_name_uq';
/** An agency's time zone is one of Indonesia's three (Asia/Jakarta, Asia/Makassar, Asia/Jayapura). */
export const AGENCY_TIME_ZONE_CK = 'agency_time_zone_ck';

/** The session-level advisory lock that makes concurrent boots create the bootstrap agency once. */
const BOOTSTRAP_LOCK = 360_2026_12;

export interface AgencyRecord {
  id: string;
  name: string;
  /** IANA name: periods run from local midnight to local midnight in it. */
  timeZone: string;
  createdAt: Date;
}

/** Agencies (agency): every statement that writes them. Their root unit and first admin are in UnitsRepository and EmployeesRepository. */
@Injectable()
export class AgenciesRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Inserts an agency. Fails on AGENCY_NAME_UQ or AGENCY_TIME_ZONE_CK. */
  async insert(name: string, timeZone: string, m: EntityManager = this.ds.manager): Promise<AgencyRecord> {
    const [row]: Array<{ id: string; name: string; time_zone: string; created_at: Date }> = await m.query(
      `INSERT INTO agency (name, time_zone) VALUES ($1, $2) RETURNING id, name, time_zone, created_at`,
      [name, timeZone],
    );
    return { id: row.id, name: row.name, timeZone: row.time_zone, createdAt: row.created_at };
  }

  /** The agency's name, or null for an unknown id (reports print it). */
  async nameOf(id: string, m: EntityManager = this.ds.manager): Promise<string | null> {
    const [row]: Array<{ name: string }> = await m.query(`SELECT name FROM agency WHERE id = $1`, [id]);
    return row?.name ?? null;
  }

  /**
   * Takes the bootstrap lock for the session of `m` (a query runner's manager: the lock outlives
   * transactions and is held until unlockBootstrap on the same session, or the session ends).
   */
  async lockBootstrap(m: EntityManager): Promise<void> {
    await m.query('SELECT pg_advisory_lock($1)', [BOOTSTRAP_LOCK]);
  }

  async unlockBootstrap(m: EntityManager): Promise<void> {
    await m.query('SELECT pg_advisory_unlock($1)', [BOOTSTRAP_LOCK]);
  }
}
