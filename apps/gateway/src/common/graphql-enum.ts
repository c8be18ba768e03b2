import { registerEnumType } from '@nestjs/graphql';
import { namesAsValues } from './names';

/**
 * A GraphQL enum whose every value is its own name: `{ A: 'A', B: 'B' }`, registered with the
 * schema under `name` (with its description, if any). Declare its type beside it:
 * `export type X = ValueOf<typeof X>`.
 */
export function graphqlEnum<const V extends string>(name: string, values: readonly V[], description?: string): { readonly [K in V]: K } {
  const e = namesAsValues(values);
  registerEnumType(e, description === undefined ? { name } : { name, description });
  return e;
}
