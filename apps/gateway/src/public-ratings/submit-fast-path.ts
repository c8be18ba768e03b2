import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { Application } from 'express';
import proxyaddr from 'proxy-addr';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { PinoLogger } from 'nestjs-pino';
import {
  DocumentNode,
  FieldNode,
  GraphQLFormattedError,
  GraphQLSchema,
  getVariableValues,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  VariableDefinitionNode,
  locatedError,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { AppConfig, APP_CONFIG } from '@k360/config';
import { formatGraphQLError } from '../graphql/format-error';
import { safeDepthLimit } from '../graphql/depth-limit';
import { GRAPHQL_PARSE_OPTIONS } from '../graphql/parse-limits';
import { SubmitPublicRatingInput } from './dto/public-rating.inputs';
import { PublicRatingsService } from './public-ratings.service';

/** What is known about one `submitPublicRating` document once it has been checked. */
interface Plan {
  document: DocumentNode;
  /** Set once the document's estimated cost has been found within GRAPHQL_MAX_COMPLEXITY. */
  costChecked: boolean;
  operationName: string | undefined;
  variableDefinitions: readonly VariableDefinitionNode[];
  variableName: string;
  field: FieldNode;
  responseKey: string;
  /** Response key → field name (`accepted`, `duplicate` or `__typename`), in selection order. */
  selections: Array<[string, string]>;
}

const RECEIPT_FIELDS = new Set(['accepted', 'duplicate', '__typename']);
const MAX_DOCUMENTS = 64;
const MAX_QUERY_LENGTH = 2000;
/** Larger bodies (CSV imports) are never looked at here. */
const MAX_BODY_BYTES = 16 * 1024;
const JSON_TYPES = new Set(['application/json', 'application/json; charset=utf-8', 'application/json;charset=utf-8']);
/** As the logger module (libs/runtime) takes a request id from the request. */
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
/** Accept headers for which Apollo answers `application/json` (what the pages and fetch send). */
const JSON_ACCEPTS = new Set([undefined, '', '*/*', 'application/json', 'application/json, */*', 'application/json; charset=utf-8']);

/**
 * The input as the ValidationPipe (common/validation.pipe.ts) would hand it to the resolver:
 * class-transformer then class-validator on SubmitPublicRatingInput, with the pipe's options, so
 * every rule is the DTO's own (its limits: libs/scoring/src/public-rating-rules.ts), none written
 * here. Null when the DTO refuses it: the full stack then answers, with the pipe's own error.
 */
function asValidatedInput(coerced: Record<string, unknown>): SubmitPublicRatingInput | null {
  const input = plainToInstance(SubmitPublicRatingInput, coerced);
  return validateSync(input, { whitelist: true, forbidUnknownValues: false }).length ? null : input;
}

/**
 * The citizens' intake without the general HTTP and GraphQL machinery. A POST to /graphql whose
 * JSON body is a `submitPublicRating` mutation selecting only receipt fields (what the QR page
 * and the kiosk send) is answered here, after the checks the full stack makes, by the same
 * service call, with the same response (status, headers including ETag, body) and the same
 * request id and request log line. Per distinct document the parse, the schema validation (with
 * the depth limit) and the cost limit run once; per request only the variables are coerced
 * (graphql-js, as Apollo does) and the DTO rules checked.
 *
 * Every request this code is not sure about goes to Express exactly as it came, its body bytes
 * put back unread: other paths and methods, other content types or encodings, bodies over
 * 16 KiB, JSON that does not parse (body-parser answers it), other documents, APQ extensions,
 * batches, unusual Accept headers, variables that do not coerce or fail a DTO rule (so their
 * error answers are the full stack's own).
 */
@Injectable()
export class SubmitFastPath implements OnApplicationBootstrap {
  private readonly plans = new Map<string, Plan | null>();
  /** TRUST_PROXY compiled as Express compiles its 'trust proxy' setting (create-gateway.ts). */
  private readonly trustProxy: (address: string, hop: number) => boolean;
  private schema?: GraphQLSchema;
  private express!: Application;

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly adapterHost: HttpAdapterHost,
    private readonly service: PublicRatingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.trustProxy = proxyaddr.compile(config.TRUST_PROXY);
  }

  /** Puts this in front of Express on the HTTP server (created with the application, not yet listening). */
  onApplicationBootstrap(): void {
    const adapter = this.adapterHost.httpAdapter;
    const server = adapter?.getHttpServer() as Server | undefined;
    if (!this.config.PUBLIC_FAST_PATH || !server || adapter.getType() !== 'express') return;
    this.express = adapter.getInstance<Application>();
    const listeners = server.listeners('request') as Array<(req: IncomingMessage, res: ServerResponse) => void>;
    server.removeAllListeners('request');
    const toExpress = (req: IncomingMessage, res: ServerResponse) => {
      for (const l of listeners) l.call(server, req, res);
    };
    server.on('request', (req: IncomingMessage, res: ServerResponse) => this.route(req, res, toExpress));
  }

  private route(req: IncomingMessage, res: ServerResponse, toExpress: (req: IncomingMessage, res: ServerResponse) => void): void {
    const h = req.headers;
    const length = Number(h['content-length']);
    if (
      req.method !== 'POST' ||
      req.url !== '/graphql' ||
      !JSON_TYPES.has(String(h['content-type']).toLowerCase()) ||
      !(length > 0 && length <= MAX_BODY_BYTES) ||
      h['transfer-encoding'] !== undefined ||
      h['content-encoding'] !== undefined
    )
      return toExpress(req, res);
    // Read exactly content-length bytes without ending the stream, so that they can be put back.
    const chunks: Buffer[] = [];
    let got = 0;
    const onReadable = () => {
      let chunk: Buffer | null;
      while (got < length && (chunk = req.read() as Buffer | null) !== null) {
        chunks.push(chunk);
        got += chunk.length;
      }
      if (got < length) return;
      req.removeListener('readable', onReadable);
      const body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
      let answered = false;
      try {
        answered = this.tryAnswer(req, res, body);
      } catch {
        // Whatever this path could not handle, the full stack answers (with its own error handling).
        answered = false;
      }
      if (!answered) {
        req.unshift(body);
        toExpress(req, res);
      }
    };
    req.on('readable', onReadable);
  }

  /** Answers the request and returns true, or returns false having touched nothing. */
  private tryAnswer(req: IncomingMessage, res: ServerResponse, raw: Buffer): boolean {
    if (!raw.includes('submitPublicRating')) return false;
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      return false;
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) return false;
    const { query, variables, operationName, extensions } = body as Record<string, unknown>;
    if (typeof query !== 'string' || query.length > MAX_QUERY_LENGTH || !query.includes('submitPublicRating')) return false;
    if (extensions !== undefined || !JSON_ACCEPTS.has(req.headers.accept)) return false;
    if (!variables || typeof variables !== 'object' || Array.isArray(variables)) return false;
    const plan = this.plan(query);
    if (!plan || (operationName !== undefined && operationName !== null && operationName !== plan.operationName)) return false;
    const coerced = getVariableValues(this.schema!, plan.variableDefinitions, variables as Record<string, unknown>);
    if (coerced.errors) return false;
    const given = coerced.coerced[plan.variableName] as Record<string, unknown>;
    const input = given && typeof given === 'object' ? asValidatedInput(given) : null;
    if (!input) return false;
    if (!plan.costChecked && !this.withinCostLimit(query, plan, variables as Record<string, unknown>)) return false;

    // From here on, what the request logger and Express would have done for this request.
    req.resume();
    this.requestId(req, res);
    this.logWhenDone(req, res);
    this.service.submit(input, this.clientAddress(req)).then(
      (receipt) => {
        const data: Record<string, unknown> = {};
        for (const [key, name] of plan.selections) data[key] = name === '__typename' ? 'PublicRatingReceipt' : receipt[name as 'accepted'];
        this.send(res, { data: { [plan.responseKey]: data } });
      },
      (err: unknown) => {
        // As graphql-js and Apollo shape a resolver's error: located at the field, with its path,
        // a code (INTERNAL_SERVER_ERROR if it has none), then the API's formatError.
        const located = locatedError(err, [plan.field], [plan.responseKey]);
        const json = located.toJSON();
        const formatted: GraphQLFormattedError = {
          ...json,
          extensions: { ...json.extensions, code: json.extensions?.code ?? 'INTERNAL_SERVER_ERROR' },
        };
        this.send(res, { errors: [formatGraphQLError(formatted, located)], data: null });
      },
    );
    return true;
  }

  /** The logger module's request id: a well-formed x-request-id, or a new one; echoed back. */
  private requestId(req: IncomingMessage, res: ServerResponse): string {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', id);
    req.id = id;
    return id;
  }

  /** The request logger's line for a finished request (same logger, serializers and message), marked `fastPath`. */
  private logWhenDone(req: IncomingMessage, res: ServerResponse): void {
    const root = PinoLogger.root;
    if (!root?.isLevelEnabled('info')) return;
    const started = Date.now();
    const done = () => {
      res.removeListener('finish', done);
      res.removeListener('close', done);
      root
        .child({ req })
        .info({ res, responseTime: Date.now() - started, fastPath: true }, res.writableEnded ? 'request completed' : 'request aborted');
    };
    res.on('finish', done);
    res.on('close', done);
  }

  /**
   * Express's req.ip: proxy-addr (what Express uses) with TRUST_PROXY. Without trusted proxies
   * X-Forwarded-For is ignored and the client is the connection's peer.
   */
  private clientAddress(req: IncomingMessage): string {
    return proxyaddr(req, this.trustProxy) ?? 'unknown';
  }

  /** As Apollo's Express integration answers (res.send: length and ETag). */
  private send(res: ServerResponse, result: unknown): void {
    const body = Buffer.from(`${JSON.stringify(result)}\n`, 'utf8');
    res.statusCode = 200;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.setHeader('content-length', body.length);
    const etag = (this.express.get('etag fn') as ((b: Buffer, enc: string) => string | undefined) | undefined)?.(body, 'utf8');
    if (etag) res.setHeader('etag', etag);
    res.end(body);
  }

  private withinCostLimit(query: string, plan: Plan, variables: Record<string, unknown>): boolean {
    let complexity: number;
    try {
      complexity = getComplexity({
        schema: this.schema!,
        operationName: plan.operationName,
        query: plan.document,
        variables,
        estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
      });
    } catch {
      return false;
    }
    if (complexity > this.config.GRAPHQL_MAX_COMPLEXITY) {
      this.plans.set(query, null);
      return false;
    }
    plan.costChecked = true;
    return true;
  }

  /** The checked shape of a document, or null when it is not one this path answers. */
  private plan(query: string): Plan | null {
    const known = this.plans.get(query);
    if (known !== undefined) return known;
    const schema = (this.schema ??= this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema);
    const plan = this.analyse(schema, query);
    if (this.plans.size >= MAX_DOCUMENTS) this.plans.delete(this.plans.keys().next().value as string);
    this.plans.set(query, plan);
    return plan;
  }

  private analyse(schema: GraphQLSchema, query: string): Plan | null {
    let doc: DocumentNode;
    try {
      doc = parse(query, GRAPHQL_PARSE_OPTIONS);
    } catch {
      return null;
    }
    if (validate(schema, doc, [...specifiedRules, safeDepthLimit(this.config.GRAPHQL_MAX_DEPTH)]).length) return null;
    if (doc.definitions.length !== 1 || doc.definitions[0].kind !== Kind.OPERATION_DEFINITION) return null;
    const op = doc.definitions[0] as OperationDefinitionNode;
    if (op.operation !== 'mutation' || op.directives?.length || op.selectionSet.selections.length !== 1) return null;
    const field = op.selectionSet.selections[0];
    if (field.kind !== Kind.FIELD || field.name.value !== 'submitPublicRating' || field.directives?.length) return null;
    const vars = op.variableDefinitions ?? [];
    const arg = field.arguments ?? [];
    if (arg.length !== 1 || arg[0].name.value !== 'input' || arg[0].value.kind !== Kind.VARIABLE || vars.length !== 1) return null;
    const def = vars[0];
    if (def.defaultValue || def.directives?.length || def.variable.name.value !== arg[0].value.name.value) return null;
    if (
      def.type.kind !== Kind.NON_NULL_TYPE ||
      def.type.type.kind !== Kind.NAMED_TYPE ||
      def.type.type.name.value !== 'SubmitPublicRatingInput'
    )
      return null;
    const selections: Array<[string, string]> = [];
    for (const s of field.selectionSet?.selections ?? []) {
      if (s.kind !== Kind.FIELD || s.directives?.length || s.arguments?.length || s.selectionSet || !RECEIPT_FIELDS.has(s.name.value))
        return null;
      const key = s.alias?.value ?? s.name.value;
      if (selections.some(([k]) => k === key)) return null;
      selections.push([key, s.name.value]);
    }
    if (!selections.length) return null;
    // The cost limit (ComplexityPlugin): none of these fields declares a cost of its own, so the
    // estimate is the same whatever the variables are; it is computed once, with the variables of
    // the first request that uses the document (see `withinCostLimit`).
    const mutation = schema.getMutationType()?.getFields().submitPublicRating;
    const receipt = schema.getType('PublicRatingReceipt');
    if (!mutation || !isObjectType(receipt) || mutation.extensions?.complexity !== undefined) return null;
    if (Object.values(receipt.getFields()).some((f) => f.extensions?.complexity !== undefined)) return null;
    return {
      document: doc,
      costChecked: false,
      operationName: op.name?.value,
      variableDefinitions: vars,
      variableName: def.variable.name.value,
      field,
      responseKey: field.alias?.value ?? field.name.value,
      selections,
    };
  }
}
