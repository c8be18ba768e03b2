import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { DocumentNode, GraphQLError, visit } from 'graphql';

const NUL = '\u0000';

function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes(NUL);
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => hasNul(v, depth + 1));
  return Object.entries(value).some(([k, v]) => k.includes(NUL) || hasNul(v, depth + 1));
}

/** True when a string literal of the document or any variable value holds U+0000. */
export function containsNulCharacter(document: DocumentNode, variables: Record<string, unknown> | undefined): boolean {
  if (hasNul(variables)) return true;
  let found = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes(NUL)) found = true;
    },
  });
  return found;
}

/**
 * Refuses a request carrying U+0000 in any text (a name, a comment, an instrument anchor) with
 * BAD_USER_INPUT (HTTP 400) before any resolver runs. PostgreSQL cannot store the character in
 * text columns, so it used to surface as INTERNAL_SERVER_ERROR from the INSERT; no person types it.
 */
export function nulCharactersPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<object>> {
      return {
        async didResolveOperation({ document, request }) {
          if (!containsNulCharacter(document, request.variables)) return;
          throw new GraphQLError(
            'Masukan tidak valid: teks memuat karakter NUL (U+0000). / Invalid input: text contains a NUL character.',
            {
              extensions: {
                code: 'BAD_USER_INPUT',
                details: [{ field: 'text', reasons: ['must not contain U+0000'] }],
                http: { status: 400 },
              },
            },
          );
        },
      };
    },
  };
}
