import { buildSchema, GraphQLObjectType, parse } from 'graphql';
import { fieldExtensionsEstimator, getComplexity } from 'graphql-query-complexity';
import { ASSUMED_LIST_SIZE, rowEstimator } from './row-estimator';
import { malformedIdArguments } from './id-arguments';

// The shapes that matter, as the gateway's schema has them.
const schema = buildSchema(`
  type Query {
    teamRounds(periodId: ID!): [EvaluationRound!]!
    round(id: ID!): EvaluationRound
    units(parentId: ID): [Unit!]!
    colleagues(search: String!, first: Int = 20): [Employee!]!
    employees(page: PageInput = { first: 50 }): EmployeeConnection!
    myRounds: [EvaluationRound!]!
  }
  type Mutation { retryFailedJob(queue: String!, jobId: ID!): Boolean! }
  input PageInput { first: Int! }
  type EmployeeConnection { totalCount: Int! nodes: [Employee!]! }
  type Employee { id: ID! name: String! unit: Unit! }
  type Unit { id: ID! name: String! parent: Unit children: [Unit!]! }
  type EvaluationRound {
    id: ID!
    status: String!
    employee: Employee!
    progress: Progress!
    reviewers: [Reviewer!]
    peerNominations: [Reviewer!]
    feedback: [Feedback!]
    result: Result
    myReview: Review
    period: Period!
  }
  type Period { name: String! }
  type Progress { peersSubmitted: Int! }
  type Reviewer { id: ID! relation: String! reviewer: Employee }
  type Feedback { relation: String! comments: [Comment!]! }
  type Comment { strengths: String }
  type Result { predikat: String sources: [Source!]! }
  type Source { mean: Float }
  type Review { id: ID! }
`);

// Root fields and @ResolveField fields have resolvers in the gateway; plain properties do not.
const resolve = () => null;
for (const [type, fields] of Object.entries({
  Query: ['teamRounds', 'round', 'units', 'colleagues', 'employees', 'myRounds'],
  Unit: ['parent', 'children'],
  EvaluationRound: ['employee', 'progress', 'reviewers', 'peerNominations', 'feedback', 'result', 'myReview', 'period'],
  Reviewer: ['reviewer'],
  Employee: ['unit'],
}))
  for (const f of fields) (schema.getType(type) as GraphQLObjectType).getFields()[f].resolve = resolve;

const estimator = rowEstimator(schema);
const cost = (query: string, variables: Record<string, unknown> = {}) =>
  getComplexity({ schema, query: parse(query), variables, estimators: [fieldExtensionsEstimator(), estimator] });

describe('rowEstimator: cost in rows, not fields', () => {
  it('leaves are free, each read costs 1, plain properties nothing', () => {
    expect(cost(`{ round(id: "a") { id status employee { name } } }`)).toBe(2);
    expect(cost(`{ round(id: "a") { result { predikat sources { mean } } feedback { comments { strengths } } } }`)).toBe(1 + 1 + 4);
  });

  it('a list multiplies its selection by the assumed size, or by an expected size for bounded lists', () => {
    expect(cost(`{ units { id } }`)).toBe(ASSUMED_LIST_SIZE);
    // 50 rounds × (1 + 10 reviewers × (1 + 1 employee))
    expect(cost(`{ teamRounds(periodId: "p") { reviewers { reviewer { name } } } }`)).toBe(50 * (1 + 10 * 2));
  });

  it('a page size replaces the assumed size, also inside a connection', () => {
    expect(cost(`{ colleagues(search: "ab", first: 5) { id } }`)).toBe(5);
    expect(cost(`{ colleagues(search: "ab", first: 200) { id } }`)).toBe(200);
    expect(cost(`{ colleagues(search: "ab") { id } }`)).toBe(20);
    expect(cost(`{ employees(page: { first: 10 }) { totalCount nodes { id } } }`)).toBe(1);
    expect(cost(`{ employees(page: { first: 10 }) { nodes { unit { id } } } }`)).toBe(1 + 10);
    expect(cost(`{ employees { nodes { unit { id } } } }`)).toBe(1 + 50);
  });

  it('the staff pages’ queries fit the default limit (2,000); 100 aliases of the per-round fields do not', () => {
    const mine = `{ myRounds { id status period { name } progress { peersSubmitted } peerNominations { id } result { predikat sources { mean } } feedback { relation comments { strengths } } } }`;
    expect(cost(mine)).toBeLessThanOrEqual(2000);
    expect(cost(`{ units { name children { name children { name } } } }`)).toBeLessThanOrEqual(2000);
    const page = `query($p: ID!) { teamRounds(periodId: $p) { id status employee { name } progress { peersSubmitted } reviewers { id relation reviewer { name } } result { predikat } } }`;
    expect(cost(page, { p: 'x' })).toBeLessThanOrEqual(2000);
    const one = `result { predikat } feedback { relation } reviewers { id } peerNominations { id } myReview { id }`;
    const attack = `{ ${Array.from({ length: 100 }, (_, i) => `t${i}: teamRounds(periodId: "p") { ${one} }`).join(' ')} }`;
    expect(cost(attack)).toBe(100 * 50 * (1 + 1 + 4 + 10 + 10 + 1));
  });

  it('introspection costs 1 per field, as before', () => {
    expect(cost(`{ __schema { types { name fields { name } } } }`)).toBe(5);
  });
});

describe('malformedIdArguments', () => {
  const check = (q: string, v?: Record<string, unknown>) => malformedIdArguments(schema, parse(q), v);
  it('names ID arguments that are not UUIDs, literal or variable', () => {
    expect(check(`{ round(id: "x") { id } }`)).toEqual(['round.id']);
    expect(check(`query($id: ID!) { round(id: $id) { id } }`, { id: 'x' })).toEqual(['round.id']);
    expect(check(`query($id: ID!) { round(id: $id) { id } }`, { id: 12 })).toEqual(['round.id']);
    expect(check(`{ round(id: "0b7e7dee-87b1-4a2c-9a3f-2f6c8d5e4b1a") { id } units(parentId: null) { id } }`)).toEqual([]);
  });
  it('leaves BullMQ job ids alone', () => {
    expect(check(`mutation { retryFailedJob(queue: "scoring", jobId: "42") }`)).toEqual([]);
  });
});
