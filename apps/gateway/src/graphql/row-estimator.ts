import { getNamedType, getNullableType, GraphQLSchema, isLeafType, isListType, isObjectType } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';

/** The rows assumed for a list without a page size (`first`, `limit` or `page: { first }`). */
export const ASSUMED_LIST_SIZE = 50;

/**
 * Lists read by a resolver whose length per parent the domain bounds, or which are short on
 * average: a round has a supervisor and a few peers and four relations; a unit a few sub-units,
 * service points and versions; a service point a few officers. Averages per parent rather than
 * maxima, so that a tree query (units → children → children) costs about the reads it makes.
 */
export const EXPECTED_LIST_SIZES: Record<string, number> = {
  'EvaluationRound.reviewers': 10,
  'EvaluationRound.peerNominations': 10,
  'EvaluationRound.feedback': 4,
  'Unit.children': 5,
  'Unit.servicePoints': 5,
  'Unit.history': 5,
  'ServicePoint.staff': 5,
  'Employee.subordinates': 10,
  'Employee.history': 5,
  'WorkPlan.versions': 3,
  // A plan has a handful of indicators; an automatic one at most a row per month of the plan's
  // year (read for every plan of the response in one query, WorkPlanLoaders).
  'WorkPlan.indicators': 10,
  'EmployeeMonitoring.indicators': 10,
  'Indicator.automaticMonths': 12,
};

/**
 * Fields that run a resolver of ours: root fields and `@ResolveField` methods. NestJS gives every
 * plain `@Field` property a resolver named `rootFieldResolver` that returns the parent's
 * property. Read from the schema before its first execution: Apollo then wraps every resolver
 * (for plugins' willResolveField) and the difference is gone. (Should Nest rename it, every field
 * counts as a read: estimates rise, and test/security/graphql-limits.e2e-spec.ts, which runs the
 * pages' own queries, fails.)
 */
export function fieldsThatRead(schema: GraphQLSchema): Set<string> {
  const reads = new Set<string>();
  for (const type of Object.values(schema.getTypeMap()))
    if (isObjectType(type) && !type.name.startsWith('__'))
      for (const field of Object.values(type.getFields()))
        if (field.resolve !== undefined && field.resolve.name !== 'rootFieldResolver') reads.add(`${type.name}.${field.name}`);
  return reads;
}

function pageSize(args: Record<string, unknown>): number | undefined {
  const page = args.page as { first?: unknown } | undefined;
  const size = args.first ?? args.limit ?? page?.first;
  return typeof size === 'number' && Number.isFinite(size) && size > 0 ? size : undefined;
}

/**
 * Cost in reads, not fields. A field with a resolver (every root field, every `@ResolveField`)
 * reads: it costs 1 per parent object. A plain property (a leaf, or an object or list that came
 * with its parent's row, such as IKM elements or a result's sources) costs nothing itself. A list
 * multiplies its selection's cost by its size: the field's page size (`first`, `limit`,
 * `page.first`), else EXPECTED_LIST_SIZES, else ASSUMED_LIST_SIZE. An object field with a page
 * size (a connection such as `employees(page:)`) scales its selection by size /
 * ASSUMED_LIST_SIZE, its `nodes` list being counted at ASSUMED_LIST_SIZE. So 100 aliases of
 * `teamRounds { result feedback reviewers peerNominations myReview }` cost 100 × 50 × 27, where
 * the old estimate (1 per field) was 600. Introspection reads nothing: 1 per field, as before.
 */
export function rowEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const readers = fieldsThatRead(schema);
  return ({ type, field, args, childComplexity }) => {
    if (type.name.startsWith('__') || field.name.startsWith('__')) return 1 + childComplexity;
    if (isLeafType(getNamedType(field.type))) return 0;
    const key = `${type.name}.${field.name}`;
    const reads = readers.has(key) ? 1 : 0;
    const size = pageSize(args);
    if (isListType(getNullableType(field.type))) return (size ?? EXPECTED_LIST_SIZES[key] ?? ASSUMED_LIST_SIZE) * (reads + childComplexity);
    return reads + (size ? (childComplexity * size) / ASSUMED_LIST_SIZE : childComplexity);
  };
}
