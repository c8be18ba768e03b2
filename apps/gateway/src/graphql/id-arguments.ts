import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import {
  DocumentNode,
  getNamedType,
  GraphQLError,
  GraphQLInputType,
  GraphQLSchema,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { isUuid } from '../common/uuid';

/**
 * Field arguments typed `ID` whose values are not UUIDs by design: BullMQ job ids. Every other
 * `ID` argument names a row (round, unit, employee, service point, period, kiosk, link, ticket,
 * audit entry) and must be a UUID.
 */
export const NON_UUID_ID_ARGUMENTS = new Set(['Mutation.retryFailedJob.jobId']);

function idValues(type: GraphQLInputType, value: unknown, out: unknown[]): void {
  if (value === undefined || value === null) return;
  if (isNonNullType(type)) return idValues(type.ofType, value, out);
  if (isListType(type)) {
    for (const v of Array.isArray(value) ? value : [value]) idValues(type.ofType, v, out);
    return;
  }
  if (getNamedType(type)?.name === 'ID') out.push(value);
}

/** `field.argument` names of the document's `ID` arguments whose values are not UUIDs. */
export function malformedIdArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): string[] {
  const typeInfo = new TypeInfo(schema);
  const bad = new Set<string>();
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const arg = typeInfo.getArgument();
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (!arg || !field || getNamedType(arg.type)?.name !== 'ID') return false;
        if (NON_UUID_ID_ARGUMENTS.has(`${parent?.name}.${field.name}.${arg.name}`)) return false;
        // A variable's raw value (Apollo coerces later); a literal's value as GraphQL reads it.
        const value =
          node.value.kind === Kind.VARIABLE ? variables?.[node.value.name.value] : valueFromAST(node.value, arg.type, variables ?? {});
        const values: unknown[] = [];
        idValues(arg.type, value, values);
        if (values.some((v) => !isUuid(typeof v === 'number' ? String(v) : v))) bad.add(`${field.name}.${arg.name}`);
        return false;
      },
    }),
  );
  return [...bad];
}

/**
 * Refuses a document whose `ID` arguments are not UUIDs with BAD_USER_INPUT (HTTP 400) before any
 * resolver runs; without it PostgreSQL's "invalid input syntax for type uuid" became
 * INTERNAL_SERVER_ERROR with a logged stack. Ids inside input objects are checked by the DTOs'
 * `@IsUUID()`.
 */
export function idArgumentsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<object>> {
      return {
        async didResolveOperation({ schema, document, request }) {
          const bad = malformedIdArguments(schema, document, request.variables);
          if (!bad.length) return;
          throw new GraphQLError(
            `Masukan tidak valid: ${bad.join(', ')} harus berupa UUID. / Invalid input: ${bad.join(', ')} must be a UUID.`,
            {
              extensions: {
                code: 'BAD_USER_INPUT',
                details: bad.map((field) => ({ field, reasons: ['must be a UUID'] })),
                http: { status: 400 },
              },
            },
          );
        },
      };
    },
  };
}
