import { QueryClient, useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import { staffGql } from './api';
import type { TypedDocumentString } from './gql/graphql';

export { graphql } from './gql';

/**
 * The staff pages' one way to talk to the gateway: operations written with `graphql(...)` (typed
 * from the schema by graphql-codegen, `npm run codegen`) and run through TanStack Query, which
 * caches, dedupes and refetches. A query is cached under its operation name and variables; a
 * mutation names the queries it makes stale.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    // Staff data changes under other people's hands (reviews, nominations): refetch on focus, but
    // never retry a refused call (FORBIDDEN, BAD_USER_INPUT) — the page shows it at once.
    queries: { staleTime: 10_000, retry: false, refetchOnWindowFocus: true },
    mutations: { retry: false },
  },
});

export function operationName(doc: TypedDocumentString<unknown, unknown>): string {
  return /^\s*(?:query|mutation|subscription)\s+(\w+)/.exec(doc.toString())?.[1] ?? doc.toString();
}

/** One typed call (outside React, or inside an event handler). */
export function request<R, V>(doc: TypedDocumentString<R, V>, ...[variables]: V extends Record<string, never> ? [] : [V]): Promise<R> {
  return staffGql<R>(doc.toString(), (variables ?? {}) as Record<string, unknown>);
}

/** A typed query, cached under [operation name, variables]. */
export function useGqlQuery<R, V>(
  doc: TypedDocumentString<R, V>,
  variables: V,
  options: Omit<UseQueryOptions<R, Error, R, readonly unknown[]>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<R, Error, R, readonly unknown[]>({
    queryKey: [operationName(doc as TypedDocumentString<unknown, unknown>), variables],
    queryFn: () => staffGql<R>(doc.toString(), (variables ?? {}) as Record<string, unknown>),
    ...options,
  });
}

/**
 * A typed mutation; on success the queries named in `invalidates` (operation names) refetch.
 */
export function useGqlMutation<R, V>(doc: TypedDocumentString<R, V>, invalidates: readonly string[] = []) {
  const client = useQueryClient();
  return useMutation<R, Error, V>({
    mutationFn: (variables: V) => staffGql<R>(doc.toString(), (variables ?? {}) as Record<string, unknown>),
    onSuccess: () => Promise.all(invalidates.map((name) => client.invalidateQueries({ queryKey: [name] }))).then(() => undefined),
  });
}
