import { ApiError } from './gql';

/** A citizen's rating as the intake takes it (SubmitPublicRatingInput; its rules: libs/scoring/src/public-rating-rules.ts). */
export interface RatingInput {
  token: string;
  idempotencyKey: string;
  kind: 'IKM' | 'QUICK';
  answers?: Array<number | null>;
  score?: number;
  employeeId?: string;
  comment?: string;
  respondent?: Record<string, string>;
  submittedAt?: string;
}

/**
 * Sends a rating to the intake's route (POST /api/public-ratings, the same service and rules as
 * the GraphQL mutation submitPublicRating). Errors come in GraphQL's shape and are thrown as
 * ApiError with their code; a network failure rejects as fetch does (the pages treat it as offline).
 */
export async function submitRating(input: RatingInput): Promise<{ accepted: boolean; duplicate: boolean }> {
  const res = await fetch('/api/public-ratings', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as {
    accepted: boolean;
    duplicate: boolean;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  if (!res.ok || body.errors?.length)
    throw new ApiError(body.errors?.[0]?.message ?? res.statusText, body.errors?.[0]?.extensions?.code ?? 'UNKNOWN');
  return body;
}
