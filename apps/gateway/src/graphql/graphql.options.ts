import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { AppConfig } from '@k360/config';
import { formatGraphQLError } from './format-error';
import { safeDepthLimit } from './depth-limit';
import { createGraphQLContext } from './graphql.context';

/** Apollo settings: introspection and the sandbox only outside production, CSRF prevention always. */
export function graphqlOptions(config: AppConfig, ds: DataSource): ApolloDriverConfig {
  const production = config.NODE_ENV === 'production';
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !production,
    playground: false,
    plugins: production ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true })],
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    validationRules: [safeDepthLimit(config.GRAPHQL_MAX_DEPTH)],
    formatError: formatGraphQLError,
    context: ({ req }: { req: Request }) => createGraphQLContext(req, ds),
  };
}
