import { ApiError } from '../shared/gql';

const TOKEN = 'k360.staff.accessToken';

export const session = {
  get: () => sessionStorage.getItem(TOKEN),
  set: (t: string) => sessionStorage.setItem(TOKEN, t),
  clear: () => sessionStorage.removeItem(TOKEN),
};

/**
 * A staff call with the access token; UNAUTHENTICATED ends the session. The error keeps the
 * server's whole (bilingual) message: the pages pick the part for the language (serverText).
 */
export async function staffGql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const token = session.get();
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  if (body.errors?.length) {
    const code = body.errors[0].extensions?.code ?? 'UNKNOWN';
    if (code === 'UNAUTHENTICATED') session.clear();
    throw new ApiError(body.errors[0].message, code);
  }
  return body.data as T;
}
