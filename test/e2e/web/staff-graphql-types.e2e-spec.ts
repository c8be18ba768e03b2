import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildClientSchema, getIntrospectionQuery, IntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';
import { startStack, Stack } from '../../support/stack';

const ROOT = resolve(__dirname, '../../..');
const WEB = join(ROOT, 'apps/web');
const SCHEMA_FILE = join(WEB, 'schema.graphql');
const GENERATED = join(WEB, 'src/staff/gql');

/**
 * The staff pages' GraphQL operations are typed from the schema (graphql-codegen, client preset):
 * apps/web/schema.graphql is the gateway's schema as it runs, and apps/web/src/staff/gql/ is what
 * codegen makes of it and of the operations in the pages. Both are committed (the web build and
 * `tsc` need no running gateway); this test fails when either is stale. To refresh both:
 * `UPDATE_GRAPHQL_TYPES=1 npx jest --selectProjects e2e --testPathPatterns staff-graphql-types`
 * (or `npm run codegen` after the schema file is current).
 */
describe('staff pages: GraphQL types generated from the running schema', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ worker: false });
  });
  afterAll(async () => stack?.close());

  it('apps/web/schema.graphql is the running gateway schema', async () => {
    const res = await stack.gql<IntrospectionQuery>(getIntrospectionQuery());
    expect(res.errors).toBeUndefined();
    const sdl = printSchema(lexicographicSortSchema(buildClientSchema(res.data!))) + '\n';
    if (process.env.UPDATE_GRAPHQL_TYPES === '1') writeFileSync(SCHEMA_FILE, sdl);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(sdl);
  });

  it('apps/web/src/staff/gql/ is what codegen makes of the schema and the pages', () => {
    const out = mkdtempSync(join(tmpdir(), 'k360-codegen-'));
    try {
      if (process.env.UPDATE_GRAPHQL_TYPES === '1') execFileSync('npm', ['run', '--silent', 'codegen'], { cwd: ROOT, stdio: 'pipe' });
      execFileSync('npm', ['run', '--silent', 'codegen'], {
        cwd: ROOT,
        stdio: 'pipe',
        env: { ...process.env, CODEGEN_OUT: join(out, 'gql') + '/' },
      });
      const files = readdirSync(GENERATED).sort();
      expect(readdirSync(join(out, 'gql')).sort()).toEqual(files);
      for (const f of files) expect(readFileSync(join(out, 'gql', f), 'utf8')).toBe(readFileSync(join(GENERATED, f), 'utf8'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
