import { Inject } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Plugin } from '@nestjs/apollo';
import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ComplexityEstimator, fieldExtensionsEstimator, getComplexity } from 'graphql-query-complexity';
import { AppConfig, APP_CONFIG } from '@k360/config';
import { rowEstimator } from './row-estimator';

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

  /** Built on the first request, before Apollo wraps the schema's resolvers (see fieldsThatRead). */
  private estimator?: ComplexityEstimator;

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const { schema } = this.schemaHost;
    const estimator = (this.estimator ??= rowEstimator(schema));
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
            estimators: [fieldExtensionsEstimator(), estimator],
          });
        } catch (err) {
          // The estimate coerces the variables first: a score of 3.5 for an Int, a missing ID!.
          throw new GraphQLError(err instanceof Error ? err.message : String(err), {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
        if (complexity > max) {
          throw new GraphQLError(
            `Kueri terlalu rumit: ${Math.ceil(complexity)}, maksimum ${max}. / Query is too complex: ${Math.ceil(complexity)}, the maximum is ${max}.`,
            {
              extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
            },
          );
        }
      },
    };
  }
}
