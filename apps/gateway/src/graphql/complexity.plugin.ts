import { Inject } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Plugin } from '@nestjs/apollo';
import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { getNamedType, getNullableType, GraphQLError, isLeafType, isListType } from 'graphql';
import { ComplexityEstimator, fieldExtensionsEstimator, getComplexity } from 'graphql-query-complexity';
import { AppConfig, APP_CONFIG } from '@k360/config';

/** The rows assumed for a list without a page size (`first`, `limit` or `page: { first }`). */
export const ASSUMED_LIST_SIZE = 50;

/**
 * Lists whose length per parent the domain bounds, or which are small on average: a round has a
 * supervisor and a few peers, four relations, seven BerAKHLAK values; a unit a few sub-units and
 * service points; IKM nine elements. Averages per parent rather than maxima, so that a tree
 * query (units → children → children) costs about the rows it reads.
 */
export const EXPECTED_LIST_SIZES: Record<string, number> = {
  'EvaluationRound.reviewers': 10,
  'EvaluationRound.peerNominations': 10,
  'EvaluationRound.feedback': 4,
  'RelationFeedback.comments': 10,
  'RoundResult.sources': 4,
  'InstrumentVersion.items': 7,
  'Review.scores': 7,
  'Unit.children': 5,
  'Unit.servicePoints': 5,
  'Unit.history': 5,
  'ServicePoint.staff': 5,
  'Employee.subordinates': 10,
  'Employee.history': 5,
};

function pageSize(args: Record<string, unknown>): number | undefined {
  const page = args.page as { first?: unknown } | undefined;
  const size = args.first ?? args.limit ?? page?.first;
  return typeof size === 'number' && Number.isFinite(size) && size > 0 ? size : undefined;
}

/**
 * Cost in rows, not fields: a leaf (scalar or enum, list or not) is free, each object costs 1, and
 * a list of objects costs its size times (1 + its selection). The size is the field's page size
 * (`first`, `limit`, `page.first`), else EXPECTED_LIST_SIZES, else ASSUMED_LIST_SIZE. An object
 * field with a page size (a connection such as `employees(page:)`) scales its selection by
 * size / ASSUMED_LIST_SIZE, its `nodes` list being counted at ASSUMED_LIST_SIZE. Introspection
 * reads no rows: 1 per field, as before.
 */
export const rowEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 1 + childComplexity;
  const returns = getNullableType(field.type);
  if (isLeafType(getNamedType(field.type))) return 0;
  const size = pageSize(args);
  if (isListType(returns)) return (size ?? EXPECTED_LIST_SIZES[`${type.name}.${field.name}`] ?? ASSUMED_LIST_SIZE) * (1 + childComplexity);
  return 1 + (size ? (childComplexity * size) / ASSUMED_LIST_SIZE : childComplexity);
};

/**
 * Refuses an operation whose estimated cost exceeds GRAPHQL_MAX_COMPLEXITY before it runs. A
 * field may declare its own `complexity`; otherwise rowEstimator counts the rows it may read.
 */
@Plugin()
export class ComplexityPlugin implements ApolloServerPlugin {
  constructor(
    private readonly schemaHost: GraphQLSchemaHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const { schema } = this.schemaHost;
    const max = this.config.GRAPHQL_MAX_COMPLEXITY;
    return {
      // An error thrown here is answered with HTTP 500 unless it names its status: both are the
      // client's mistakes, so 400.
      async didResolveOperation({ request, document }) {
        let complexity: number;
        try {
          complexity = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [fieldExtensionsEstimator(), rowEstimator],
          });
        } catch (err) {
          // The estimate coerces the variables first: a score of 3.5 for an Int, a missing ID!.
          throw new GraphQLError(err instanceof Error ? err.message : String(err), {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
        if (complexity > max) {
          throw new GraphQLError(`Kueri terlalu rumit: ${Math.ceil(complexity)}, maksimum ${max}. / Query is too complex: ${Math.ceil(complexity)}, the maximum is ${max}.`, {
            extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
          });
        }
      },
    };
  }
}
