import type { ParseOptions } from 'graphql';

/**
 * At most this many tokens (names, punctuation, values) per GraphQL document, counted by the
 * parser as it reads, so an oversized document is refused before it is built or validated.
 * The largest document the pages send has about 60 tokens; 200,000 aliases of `__typename`
 * (600,000 tokens) once overflowed the stack in validation and answered 500.
 */
export const GRAPHQL_MAX_TOKENS = 5000;

/** The parser options of every GraphQL parse: Apollo's (graphql.options.ts) and the citizens' fast path. */
export const GRAPHQL_PARSE_OPTIONS: ParseOptions = { maxTokens: GRAPHQL_MAX_TOKENS };

/** The message graphql-js gives a document over `maxTokens` ("Document contains more than N tokens…"). */
export const TOO_MANY_TOKENS = /Document contains more tha[nt] \d+ tokens/;
