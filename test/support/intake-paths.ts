import type { Stack } from './stack';

/**
 * Every way a citizen's rating enters the gateway, for the intake's tests to send the same input
 * through each:
 * - `graphql`: the mutation as the QR page and the kiosk send it (one root field, receipt fields
 *   only), which the submit fast path answers in front of Express;
 * - `graphql-full`: the same mutation with a second root field (`b: __typename`), which the fast
 *   path leaves to Apollo (the full stack);
 * - `route`: POST /api/public-ratings, the same intake as a Nest route.
 */
export const INTAKE_PATHS = ['graphql', 'graphql-full', 'route'] as const;
export type IntakePath = (typeof INTAKE_PATHS)[number];

export interface IntakeAnswer {
  status: number;
  /** The error code, or null when the rating was taken. */
  code: string | null;
  receipt: { accepted: boolean; duplicate: boolean } | null;
}

const SUBMIT = `mutation($i: SubmitPublicRatingInput!) { submitPublicRating(input: $i) { accepted duplicate } }`;
const SUBMIT_FULL = `mutation($i: SubmitPublicRatingInput!) { submitPublicRating(input: $i) { accepted duplicate } b: __typename }`;

/** Sends one rating through `path`; answers the HTTP status, the error code (or null) and the receipt. */
export async function submitVia(
  stack: Stack,
  path: IntakePath,
  input: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<IntakeAnswer> {
  const route = path === 'route';
  const res = await fetch(`${stack.url}${route ? '/api/public-ratings' : '/graphql'}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(route ? input : { query: path === 'graphql' ? SUBMIT : SUBMIT_FULL, variables: { i: input } }),
  });
  const body = (await res.json()) as {
    data?: { submitPublicRating?: { accepted: boolean; duplicate: boolean } } | null;
    errors?: Array<{ extensions?: { code?: string } }>;
    accepted?: boolean;
    duplicate?: boolean;
  };
  const code = body.errors?.[0]?.extensions?.code ?? null;
  const receipt = code
    ? null
    : route
      ? { accepted: body.accepted as boolean, duplicate: body.duplicate as boolean }
      : (body.data?.submitPublicRating ?? null);
  return { status: res.status, code, receipt };
}
