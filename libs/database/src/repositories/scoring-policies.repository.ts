import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ScoringPolicy } from '@k360/scoring';

/** One published version of an agency's scoring policy. */
export interface ScoringPolicyVersionRecord {
  id: string;
  agencyId: string;
  /** 2 and up: version 1 is the project default ARCAMANIK_360_V1, which has no row. */
  version: number;
  /** `<code>_V<version>`, equal to `policy.code`. */
  code: string;
  /** The snapshot a round opened under this version takes. */
  policy: ScoringPolicy;
  publishedBy: string;
  publishedAt: Date;
  reason: string;
}

export interface NewScoringPolicyVersion {
  agencyId: string;
  version: number;
  policy: ScoringPolicy;
  publishedBy: string;
  reason: string;
}

/** The unique key a second row of the same agency and version breaks. */
export const SCORING_POLICY_VERSION_UQ = 'scoring_policy_agency_version_uq';

interface ScoringPolicyRow {
  id: string;
  agency_id: string;
  version: number;
  code: string;
  policy: ScoringPolicy;
  published_by: string;
  published_at: Date;
  reason: string;
}

const COLUMNS = `id, agency_id, version, code, policy, published_by, published_at, reason`;

const toRecord = (r: ScoringPolicyRow): ScoringPolicyVersionRecord => ({
  id: r.id,
  agencyId: r.agency_id,
  version: r.version,
  code: r.code,
  policy: r.policy,
  publishedBy: r.published_by,
  publishedAt: r.published_at,
  reason: r.reason,
});

/**
 * The scoring_policy table: the versions of each agency's scoring policy, append-only. Which
 * policy a round opens with (the latest version, else the project default) is decided by
 * ScoringPoliciesService in the gateway; the rules a version must meet are libs/scoring's
 * policy-rules.ts.
 */
@Injectable()
export class ScoringPoliciesRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * The version the agency's next publication gets (the highest so far + 1, at least 2). Run it in
   * the publishing transaction: it takes the agency's scoring-policy advisory lock until that
   * transaction ends, so two publications at once get two versions and neither fails.
   */
  async lockNextVersion(agencyId: string, m: EntityManager = this.ds.manager): Promise<number> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('scoring_policy:' || $1))`, [agencyId]);
    const [{ next }] = await m.query(
      `SELECT greatest(coalesce(max(version), 1) + 1, 2)::int AS next FROM scoring_policy WHERE agency_id = $1`,
      [agencyId],
    );
    return next;
  }

  /** Adds a version; its code is the policy's. Throws the unique violation SCORING_POLICY_VERSION_UQ on a taken version. */
  async add(v: NewScoringPolicyVersion, m: EntityManager = this.ds.manager): Promise<ScoringPolicyVersionRecord> {
    const [row] = await m.query(
      `INSERT INTO scoring_policy (agency_id, version, code, policy, published_by, reason)
       VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING ${COLUMNS}`,
      [v.agencyId, v.version, v.policy.code, JSON.stringify(v.policy), v.publishedBy, v.reason],
    );
    return toRecord(row);
  }

  /** The agency's newest version, or null when it has published none. */
  async latest(agencyId: string, m: EntityManager = this.ds.manager): Promise<ScoringPolicyVersionRecord | null> {
    const [row] = await m.query(`SELECT ${COLUMNS} FROM scoring_policy WHERE agency_id = $1 ORDER BY version DESC LIMIT 1`, [agencyId]);
    return row ? toRecord(row) : null;
  }

  /** Every version of the agency, newest first. */
  async history(agencyId: string, m: EntityManager = this.ds.manager): Promise<ScoringPolicyVersionRecord[]> {
    const rows: ScoringPolicyRow[] = await m.query(`SELECT ${COLUMNS} FROM scoring_policy WHERE agency_id = $1 ORDER BY version DESC`, [
      agencyId,
    ]);
    return rows.map(toRecord);
  }
}
