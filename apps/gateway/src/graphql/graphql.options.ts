import { ApolloDriverConfig } from '@nestjs/apollo';
import type { GraphQLFormattedError } from 'graphql';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { AppConfig } from '@k360/config';
import { formatGraphQLError } from './format-error';
import { safeDepthLimit } from './depth-limit';
import { createGraphQLContext } from './graphql.context';
import { GRAPHQL_PARSE_OPTIONS } from './parse-limits';
import { idArgumentsPlugin } from './id-arguments';
import { nulCharactersPlugin } from './nul-characters';

/**
 * Apollo's hideSchemaDetailsFromClientErrors strips suggestions from validation errors only; a
 * variable that does not fit its input type ("Field \"tokn\" is not defined … Did you mean
 * \"token\"?") is reported while coercing, so its message is cut here too.
 */
function withoutSuggestions(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const out = formatGraphQLError(formatted, error);
  return { ...out, message: out.message.replace(/ ?Did you mean[^?]*\?/g, '') };
}

/**
 * Apollo settings: introspection, the sandbox and field suggestions ("Did you mean …?") only
 * outside production; CSRF prevention, the parser's token limit, the UUID check of id
 * arguments and the refusal of U+0000 in text always.
 */
export function graphqlOptions(config: AppConfig, ds: DataSource): ApolloDriverConfig {
  const production = config.NODE_ENV === 'production';
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !production,
    playground: false,
    hideSchemaDetailsFromClientErrors: production,
    parseOptions: GRAPHQL_PARSE_OPTIONS,
    plugins: [idArgumentsPlugin(), nulCharactersPlugin(), ...(production ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true })])],
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    validationRules: [safeDepthLimit(config.GRAPHQL_MAX_DEPTH)],
    formatError: production ? withoutSuggestions : formatGraphQLError,
    context: ({ req }: { req: Request }) => createGraphQLContext(req, ds),
  };
}
