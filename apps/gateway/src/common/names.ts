/**
 * `{ A: 'A', B: 'B' }` from the names `'A', 'B'`: a list whose every value is its own name (a
 * feature's stable error codes, a GraphQL enum's values), written once instead of twice.
 */
export function namesAsValues<const N extends string>(names: readonly N[]): { readonly [K in N]: K } {
  return Object.fromEntries(names.map((n) => [n, n])) as { readonly [K in N]: K };
}

/** The union of an object's values: `ValueOf<typeof RoundErrorCode>` is any code of the rounds. */
export type ValueOf<T> = T[keyof T];
