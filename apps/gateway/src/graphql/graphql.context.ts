import type { Request } from 'express';

/** Per-request state shared by resolvers: the request (and its id); DataLoaders join it per feature. */
export interface GraphQLContext {
  req: Request;
  requestId: string | undefined;
}

export function createGraphQLContext(req: Request): GraphQLContext {
  return { req, requestId: req.id !== undefined ? String(req.id) : undefined };
}
