import { gql } from './gql';
import { SUBMIT_RATING } from './ikm';

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
 * Sends a rating: the GraphQL mutation submitPublicRating as the gateway's submit fast path
 * answers it (receipt fields only). Errors are thrown as ApiError with their code; a network
 * failure rejects as fetch does (the pages treat it as offline).
 */
export async function submitRating(input: RatingInput): Promise<{ accepted: boolean; duplicate: boolean }> {
  return (await gql<{ submitPublicRating: { accepted: boolean; duplicate: boolean } }>(SUBMIT_RATING, { i: input })).submitPublicRating;
}
