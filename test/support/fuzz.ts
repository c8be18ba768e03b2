import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import type { GqlResponse } from './stack';

/**
 * Property-based fuzzing of GraphQL operations with fast-check: arbitraries derived from the
 * schema's input types (as introspection gives them), biased towards what breaks servers —
 * unicode, control and bidi characters, NUL, lone surrogates, huge strings and lists, huge and
 * negative numbers, malformed and foreign ids, wrong types and nulls — mixed with real values
 * (ids of existing records, valid tokens) so that calls also get past validation.
 */

export async function introspect(gql: (q: string) => Promise<GqlResponse>): Promise<GraphQLSchema> {
  const r = await gql(getIntrospectionQuery());
  if (!r.data) throw new Error(`introspection failed: ${JSON.stringify(r.errors)}`);
  return buildClientSchema(r.data as never);
}

/** Real values the arbitraries mix in, by kind. */
export interface FuzzPools {
  /** Ids of existing records of every kind (a unit id where an employee id belongs is a good test too). */
  ids: string[];
  /** Valid public tokens: rating links, kiosk device tokens, tickets; refresh tokens. */
  tokens: string[];
  /** NIPs that exist. */
  nips: string[];
  /** Kiosk pairing codes (six digits). */
  codes?: string[];
}

const SPECIALS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u202Eevil\u202C',
  'zero\u200Bwidth',
  '\uFEFF',
  '\uD800',
  '\uDFFF\uD800',
  'e\u0301',
  '🙂👨‍👩‍👧',
  '𝕂𝕚𝕟𝕖𝕣𝕛𝕒',
  "'; DROP TABLE unit; --",
  "' OR '1'='1",
  '<script>alert(1)</script>',
  '{{7*7}}${7*7}',
  '../../../../etc/passwd',
  '%00%ff',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e309',
  '\r\n\t',
  '\\u0000',
  'Ａｄｍｉｎ',
  '=cmd|"/c calc"!A1',
];

const ctrl = fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 20 });
const bidi = fc.string({
  unit: fc.constantFrom(
    '\u200B',
    '\u200C',
    '\u200D',
    '\u200E',
    '\u200F',
    '\u202A',
    '\u202B',
    '\u202C',
    '\u202D',
    '\u202E',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    'a',
    'ب',
  ),
  maxLength: 20,
});
/** 1,000 to 200,000 repetitions of one character (beyond every length limit, below the body limit of most routes). */
const huge = fc
  .tuple(fc.constantFrom('a', 'é', '🙂', '\u0000', ' ', '\u202E', '9'), fc.integer({ min: 1_000, max: 200_000 }))
  .map(([c, n]) => c.repeat(n));

export const anyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: ctrl },
  { weight: 2, arbitrary: bidi },
  { weight: 3, arbitrary: fc.constantFrom(...SPECIALS) },
  { weight: 1, arbitrary: huge },
  { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...SPECIALS)).map(([a, b]) => a + b) },
);

const malformedIds = fc.oneof(
  fc.constantFrom(
    'x',
    '',
    '0',
    '-1',
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    '{3f2504e0-4f89-11d3-9a0c-0305e82c3301}',
    '3F2504E0-4F89-11D3-9A0C-0305E82C3301',
    '3f2504e04f8911d39a0c0305e82c3301',
    '3f2504e0-4f89-11d3-9a0c-0305e82c330g',
    '3f2504e0-4f89-11d3-9a0c-0305e82c3301 ',
    '1 OR 1=1',
  ),
  fc.uuid(),
  anyString,
);

function idArb(pools: FuzzPools): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 5, arbitrary: pools.ids.length ? fc.constantFrom(...pools.ids) : fc.uuid() },
    { weight: 4, arbitrary: malformedIds },
    // GraphQL's ID also takes integers.
    { weight: 1, arbitrary: fc.integer() },
  );
}

const dateString = fc.oneof(
  fc
    .record({ y: fc.integer({ min: 1990, max: 2035 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.constantFrom(
    '2026-02-30',
    '2026-13-01',
    '0000-00-00',
    '99999-01-01',
    '2026-1-1',
    '2026-12-31T00:00:00Z',
    '31-12-2026',
    '-2026-01-01',
    '1900-01-01',
    '9999-12-31',
  ),
  anyString,
);

const dateTime = fc.oneof(
  fc.integer({ min: -10 * 86_400_000, max: 2 * 86_400_000 }).map((ms) => new Date(Date.now() + ms).toISOString()),
  fc.date({ noInvalidDate: true, min: new Date(-8.64e15), max: new Date(8.64e15) }).map((d) => d.toISOString()),
  fc.constantFrom('2026-02-30T00:00:00Z', '+275760-09-13T00:00:00.000Z', '0', 'now', '2026-01-01', '1970-01-01T00:00:00+99:00'),
  fc.integer(),
  anyString,
);

const csv = fc.oneof(
  fc
    .array(
      fc.array(fc.oneof(anyString, fc.constantFrom('199001012015031001', 'Budi', 'Lurah', 'Kelurahan Sukamiskin', 'ADMIN')), {
        maxLength: 7,
      }),
      {
        maxLength: 8,
      },
    )
    .map((rows) =>
      [
        'NIP,nama,jabatan,unit,NIP atasan,peran',
        ...rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')),
      ].join('\n'),
    ),
  fc.integer({ min: 100, max: 20_000 }).map((n) => `NIP,nama,jabatan,unit,NIP atasan\n${'1,a,b,c,d\n'.repeat(n)}`),
  anyString,
);

/** Special cases by argument or input field name; otherwise the type decides. */
function byName(name: string, pools: FuzzPools): fc.Arbitrary<unknown> | undefined {
  const n = name.toLowerCase();
  if (n === 'token' || n === 'refreshtoken' || n === 'devicetoken') {
    const real = pools.tokens.length ? fc.constantFrom(...pools.tokens) : fc.constant('');
    return fc.oneof(
      { weight: 4, arbitrary: real },
      // A real token altered: cut, one character changed, something appended.
      { weight: 2, arbitrary: fc.tuple(real, fc.nat(), anyString).map(([t, i, s]) => t.slice(0, i % (t.length + 1)) + s) },
      { weight: 3, arbitrary: anyString },
    );
  }
  if (n === 'code') {
    return fc.oneof(
      pools.codes?.length ? fc.constantFrom(...pools.codes) : fc.constant('000000'),
      fc.stringMatching(/^[0-9]{6}$/),
      fc.stringMatching(/^[0-9]{1,12}$/),
      anyString,
    );
  }
  if (n === 'idempotencykey') return fc.oneof({ weight: 5, arbitrary: fc.uuid() }, { weight: 3, arbitrary: anyString });
  if (n.includes('nip')) {
    return fc.oneof(
      pools.nips.length ? fc.constantFrom(...pools.nips) : fc.constant('199001012015031001'),
      fc.stringMatching(/^[0-9]{18}$/),
      fc.stringMatching(/^[0-9]{1,30}$/),
      anyString,
    );
  }
  if (n === 'startson' || n === 'endson' || n === 'month') return dateString;
  if (n === 'csv') return csv;
  if (n === 'queue') return fc.oneof(fc.constantFrom('scoring', 'aggregation', 'system'), anyString);
  if (n === 'answers') {
    return fc.oneof(
      { weight: 5, arbitrary: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 9, maxLength: 9 }) },
      { weight: 3, arbitrary: fc.array(fc.oneof(fc.integer({ min: -3, max: 7 }), fc.integer()), { maxLength: 12 }) },
      { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 100_000 }).map((k) => Array(k).fill(4)) },
    );
  }
  if (n === 'score') return fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 5 }) }, { weight: 3, arbitrary: intArb });
  return undefined;
}

const intArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -5, max: 12 }) },
  { weight: 3, arbitrary: fc.integer() },
  { weight: 2, arbitrary: fc.constantFrom(0, -1, 2147483647, -2147483648, 1000, 100_000) },
);

const floatArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 0.1, 100.0000001, -1),
  fc.integer({ min: -10, max: 200 }),
);

/** A value of any JSON type, for "wrong type" cases. */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(2 ** 31, -(2 ** 53), 1e300, 3.5, '1', true, [], {}, [null]),
);

function withWrongTypes(a: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 30, arbitrary: a }, { weight: 1, arbitrary: wrongType });
}

/** An arbitrary for a value of `type` (named `name` in its input or argument list). */
export function valueArb(type: GraphQLInputType, name: string, pools: FuzzPools, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    const inner = valueArb(type.ofType as GraphQLInputType, name, pools, depth);
    return fc.oneof({ weight: 40, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(null) });
  }
  let a: fc.Arbitrary<unknown>;
  const special = byName(name, pools);
  if (special) a = special;
  else if (isListType(type)) {
    const elem = valueArb(type.ofType as GraphQLInputType, name, pools, depth + 1);
    a = fc.oneof(
      { weight: 10, arbitrary: fc.array(elem, { maxLength: 10 }) },
      // Long lists of one small element (a long list of huge strings would only measure the client).
      {
        weight: 1,
        arbitrary: fc
          .tuple(
            elem.filter((v) => (JSON.stringify(v) ?? '').length <= 200),
            fc.integer({ min: 1_000, max: 20_000 }),
          )
          .map(([v, k]) => Array(k).fill(v)),
      },
    );
  } else if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    a = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: anyString });
  } else if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    if (depth > 3) return fc.constant(null);
    const rec: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) rec[f.name] = valueArb(f.type, f.name, pools, depth + 1);
    a = fc.record(rec, { requiredKeys: fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name) });
  } else if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        a = idArb(pools);
        break;
      case 'Int':
        a = intArb;
        break;
      case 'Float':
        a = floatArb;
        break;
      case 'Boolean':
        a = fc.boolean();
        break;
      case 'DateTime':
        a = dateTime;
        break;
      case 'JSON':
        a = fc.jsonValue({ maxDepth: 3 });
        break;
      default:
        a = anyString;
    }
  } else {
    a = anyString;
  }
  const typed = withWrongTypes(a);
  return isNonNullType(type) ? typed : fc.oneof({ weight: 6, arbitrary: typed }, { weight: 1, arbitrary: fc.constant(null) });
}

/** The values of an enum type of the schema. */
export function enumValues(schema: GraphQLSchema, name: string): string[] {
  const t = schema.getType(name);
  if (!t || !isEnumType(t)) throw new Error(`no enum ${name} in the schema`);
  return t.getValues().map((v) => v.name);
}

/** The variables of a call of `field`: one per argument (optional ones sometimes left out). */
export function argsArb(field: GraphQLField<unknown, unknown>, pools: FuzzPools): fc.Arbitrary<Record<string, unknown>> {
  const rec: Record<string, fc.Arbitrary<unknown>> = {};
  for (const a of field.args) rec[a.name] = valueArb(a.type, a.name, pools);
  return fc.record(rec, {
    requiredKeys: field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => a.name),
  });
}

const isPlain = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Valid variables (`base`) with some of their fields (one level into input objects) replaced by
 * the wild values of `wild`: calls that get past most validation and then hit the one bad field,
 * or none (about a fifth of them), so that something gets stored too.
 */
export function nearValid(
  base: fc.Arbitrary<Record<string, unknown>>,
  wild: fc.Arbitrary<Record<string, unknown>>,
): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(base, wild, fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 32, maxLength: 32 })).map(([b, w, picks]) => {
    let i = 0;
    const pick = () => picks[i++ % picks.length] === 0;
    const merge = (x: Record<string, unknown>, y: Record<string, unknown>, deep: boolean): Record<string, unknown> => {
      const out: Record<string, unknown> = {};
      for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) {
        if (deep && isPlain(x[k]) && isPlain(y[k])) out[k] = merge(x[k] as Record<string, unknown>, y[k] as Record<string, unknown>, false);
        else if (k in y && pick()) out[k] = y[k];
        else if (k in x) out[k] = x[k];
      }
      return out;
    };
    return merge(b, w, true);
  });
}

/** `mutation($a: T!, …) { field(a: $a, …) { __typename } }`: the smallest document that calls `field`. */
export function callDocument(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const defs = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind}${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

/**
 * A selection of every field of `type` that needs no argument, objects `depth` levels deep: what a
 * page could ask of a stored record. Leaves only at the last level.
 */
export function fullSelection(type: GraphQLOutputType, depth = 2): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const parts: string[] = [];
  for (const f of Object.values((named as GraphQLObjectType).getFields())) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const inner = getNamedType(f.type);
    if (isLeafType(inner)) parts.push(f.name);
    else if (depth > 0) parts.push(`${f.name} ${fullSelection(f.type, depth - 1)}`);
  }
  return `{ ${parts.length ? parts.join(' ') : '__typename'} }`;
}

/** A short, printable rendering of a generated value (huge strings and lists summarised). */
export function describeValue(v: unknown): string {
  return JSON.stringify(v, (_, x) => {
    if (typeof x === 'string' && x.length > 60) return `<${JSON.stringify(x.slice(0, 20))}… ${x.length} chars>`;
    if (Array.isArray(x) && x.length > 20) return [...x.slice(0, 3), `… ${x.length} items`];
    return x;
  });
}

export interface CallOutcome {
  status: number;
  code?: string;
  message?: string;
  ms: number;
  body?: string;
}

/** POSTs one operation (bounded by `timeoutMs`); never throws: no answer is status 0. */
export async function post(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
  timeoutMs = 20_000,
): Promise<CallOutcome & { json?: GqlResponse }> {
  const t = Date.now();
  const body = JSON.stringify({ query, variables });
  const send = () =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
  try {
    let res: Response;
    try {
      res = await send();
    } catch (e) {
      // A kept-alive connection the server had just closed (after refusing a large body): one more
      // try on a new connection. A gateway that died would refuse this one too.
      const cause = (e as Error & { cause?: { code?: string; message?: string } }).cause;
      if (!/ECONNRESET|EPIPE|UND_ERR_SOCKET|other side closed/.test(`${cause?.code} ${cause?.message}`)) throw e;
      res = await send();
    }
    const text = await res.text();
    let json: GqlResponse | undefined;
    try {
      json = JSON.parse(text);
    } catch {
      return { status: res.status, message: 'not JSON', body: text.slice(0, 300), ms: Date.now() - t };
    }
    const err = json!.errors?.find((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR') ?? json!.errors?.[0];
    return { status: res.status, code: err?.extensions?.code, message: err?.message, ms: Date.now() - t, json };
  } catch (e) {
    const cause = (e as Error & { cause?: { code?: string; message?: string } }).cause;
    return {
      status: 0,
      message: `${(e as Error).name}: ${(e as Error).message} (${cause?.code ?? ''} ${cause?.message ?? ''})`,
      ms: Date.now() - t,
    };
  }
}

/** What must never happen: a 500 (or no answer), an INTERNAL_SERVER_ERROR, a body that is not JSON. */
export function isServerFailure(o: CallOutcome & { json?: GqlResponse }): boolean {
  if (o.status === 0 || o.status >= 500 || !o.json) return true;
  return !!o.json.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR' || !e.extensions?.code);
}

/**
 * Fuzzes one operation: `runs` generated calls from a fixed seed; fails with the (shrunk)
 * counterexample and the server's answer when any call is a server failure. Returns how many
 * calls were made, shrinking included.
 */
export async function fuzzOperation(opts: {
  url: string;
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  pools: FuzzPools;
  token?: string;
  seed: number;
  runs: number;
  timeLimitMs?: number;
  /** Valid variables for the operation: half the calls are these with a few fields made wild. */
  valid?: fc.Arbitrary<Record<string, unknown>>;
}): Promise<{ calls: number; generated: number; answers: Record<string, number> }> {
  const doc = callDocument(opts.kind, opts.field);
  /** How the calls were answered: OK or the error code (HTTP status for requests refused before GraphQL). */
  const answers: Record<string, number> = {};
  let calls = 0;
  let generated = 0;
  let lastFailure: { vars: Record<string, unknown>; outcome: CallOutcome } | undefined;
  const wild = argsArb(opts.field, opts.pools);
  const varsArb = opts.valid ? fc.oneof(wild, nearValid(opts.valid, wild)) : wild;
  const property = fc.asyncProperty(varsArb, async (vars) => {
    calls++;
    const o = await post(opts.url, doc, vars, opts.token);
    const label = o.json?.errors?.length ? (o.code ?? 'no code') : o.json ? 'OK' : `HTTP ${o.status}`;
    answers[label] = (answers[label] ?? 0) + 1;
    if (isServerFailure(o)) {
      lastFailure = { vars, outcome: { status: o.status, code: o.code, message: o.message, ms: o.ms, body: o.body } };
      return false;
    }
    return true;
  });
  await fc.assert(property, {
    seed: opts.seed,
    numRuns: opts.runs,
    interruptAfterTimeLimit: opts.timeLimitMs ?? 90_000,
    markInterruptAsFailure: false,
    reporter: (details) => {
      generated = details.numRuns;
      if (!details.failed) return;
      throw new Error(
        `${opts.field.name}: a server failure after ${details.numRuns} generated calls (seed ${opts.seed}, path ${details.counterexamplePath}, ` +
          `${details.numShrinks} shrinks).\n  document: ${doc}\n  variables: ${describeValue(lastFailure?.vars)}\n  answer: ${JSON.stringify(lastFailure?.outcome)}`,
      );
    },
  });
  return { calls, generated, answers };
}
