import { graphqlEnum } from '../../common/graphql-enum';
import type { ValueOf } from '../../common/names';

/** The sources an agency's scoring policy weighs; SELF is shown on results but never weighted. */
export const PolicySource = graphqlEnum(
  'PolicySource',
  ['SUPERVISOR', 'PEER', 'PUBLIC', 'SUBORDINATE'],
  'A source a scoring policy weighs (SELF is never weighted).',
);
export type PolicySource = ValueOf<typeof PolicySource>;
