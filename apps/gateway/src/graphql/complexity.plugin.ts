import { Inject } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Plugin } from '@nestjs/apollo';
import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { AppConfig, APP_CONFIG } from '@k360/config';

/**
 * Refuses an operation whose estimated cost exceeds GRAPHQL_MAX_COMPLEXITY before it runs.
 * Each field costs 1 unless it declares `complexity` (lists multiply by their page size).
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
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
        } catch (err) {
          // The estimate coerces the variables first: a score of 3.5 for an Int, a missing ID!.
          throw new GraphQLError(err instanceof Error ? err.message : String(err), {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
        if (complexity > max) {
          throw new GraphQLError(`Query is too complex: ${complexity}, the maximum is ${max}.`, {
            extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
          });
        }
      },
    };
  }
}
