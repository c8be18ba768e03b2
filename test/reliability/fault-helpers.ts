import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

/** One answer to one submitPublicRating request, as a client saw it. */
export interface Attempt {
  key: string;
  /** HTTP status, or 0 when the request got no answer (connection refused or reset, timeout). */
  status: number;
  accepted?: boolean;
  duplicate?: boolean;
  code?: string;
  retryable?: boolean;
  message?: string;
  at: number;
}

export const SUBMIT = `mutation($i: SubmitPublicRatingInput!) { submitPublicRating(input: $i) { accepted duplicate } }`;

/** The k-th rating of a burst: every third one a QUICK score, the others a full IKM questionnaire. */
export function ratingInput(token: string, key: string, k: number): Record<string, unknown> {
  return k % 3 === 2
    ? { token, idempotencyKey: key, kind: 'QUICK', score: 1 + (k % 4) }
    : { token, idempotencyKey: key, kind: 'IKM', answers: Array.from({ length: 9 }, (_, e) => 1 + ((k + e) % 4)) };
}

/** One submitPublicRating POST to `url`, bounded by `timeoutMs`; never throws. */
export async function submitOnce(url: string, input: Record<string, unknown>, timeoutMs = 15_000): Promise<Attempt> {
  const key = input.idempotencyKey as string;
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SUBMIT, variables: { i: input } }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } = {};
    try {
      body = JSON.parse(text);
    } catch {
      return { key, status: res.status, message: `not JSON: ${text.slice(0, 200)}`, at: Date.now() };
    }
    const err = body.errors?.[0];
    const receipt = body.data?.submitPublicRating;
    return {
      key,
      status: res.status,
      accepted: receipt?.accepted,
      duplicate: receipt?.duplicate,
      code: err?.extensions?.code as string | undefined,
      retryable: err?.extensions?.retryable as boolean | undefined,
      message: err?.message,
      at: Date.now(),
    };
  } catch (e) {
    return {
      key,
      status: 0,
      message: `${(e as Error).name}: ${(e as Error & { cause?: Error }).cause?.message ?? (e as Error).message}`,
      at: Date.now(),
    };
  }
}

export const newKey = () => randomUUID();

/** Ratings stored for these client keys (rating_idempotency keys end with the client's key), per key. */
export async function storedPerKey(db: Client, servicePointId: string, keys: string[]): Promise<Map<string, number>> {
  const { rows } = await db.query(
    `SELECT k, count(r.id)::int AS n
       FROM unnest($1::text[]) AS k
       LEFT JOIN rating_idempotency i ON i.key LIKE '%:' || k
       LEFT JOIN public_rating r ON r.id = i.rating_id AND r.service_point_id = $2
      GROUP BY k`,
    [keys, servicePointId],
  );
  return new Map(rows.map((r) => [r.k as string, r.n as number]));
}

/** Samples a process's resident set size (VmRSS, in MB) from /proc; undefined once it is gone. */
export async function rssMb(pid: number): Promise<number | undefined> {
  const { readFile } = await import('node:fs/promises');
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const m = /^VmRSS:\s+(\d+) kB/m.exec(status);
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}
