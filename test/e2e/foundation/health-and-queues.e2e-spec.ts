import { createPostgresBackend, createRedisBackend, Queue, setDefaultBackendFactory } from 'bullmq';
import { postgresQueueConnection, redisConnectionOptions } from '../../../libs/queue/src/queue-backend';
import { startStack, Stack } from '../../support/stack';
import { createAgency } from '../../support/org-fixtures';

/** A producer on the stack's own queue, built the way libs/queue builds it. */
function systemQueue(stack: Stack): Queue {
  if (stack.config.QUEUE_BACKEND === 'postgres') {
    setDefaultBackendFactory(createPostgresBackend as never);
    return new Queue('system', { connection: postgresQueueConnection(stack.config) as never });
  }
  setDefaultBackendFactory(createRedisBackend as never);
  return new Queue('system', { connection: redisConnectionOptions(stack.config.REDIS_URL!) as never, prefix: stack.config.QUEUE_PREFIX });
}

describe.each(['redis', 'postgres'] as const)('gateway + worker on the %s queue backend', (backend) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ queue: backend });
  });
  afterAll(() => stack?.close());

  it('GET /health answers 200 naming the database and the queue backend', async () => {
    const res = await fetch(`${stack.url}/health`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body.status).toBe('ok');
    expect(body.info.database.status).toBe('up');
    expect(body.info.queue).toEqual({ status: 'up', backend });
  });

  it('the worker answers /health too', async () => {
    const res = await fetch(`http://127.0.0.1:${stack.workerPort!}/health`);
    expect(res.status).toBe(200);
  });

  it('a job round-trips through the worker (ADMIN only)', async () => {
    const admin = await createAgency(stack, `Kota Uji Antrean ${backend}`);
    expect((await stack.gql('mutation { pingWorker { nonce } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const res = await stack.gql('mutation { pingWorker { nonce workerPid roundTripMs queueBackend } }', {}, admin.token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.pingWorker.queueBackend).toBe(backend);
    expect(res.data!.pingWorker.workerPid).toBe(stack.workerPid);
    expect(res.data!.pingWorker.nonce).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a repeated jobId is stored once', async () => {
    await stack.stopWorker();
    const queue = systemQueue(stack);
    const a = await queue.add('ping', { nonce: 'dup', sentAt: new Date().toISOString() }, { jobId: 'dedup-1' });
    const b = await queue.add('ping', { nonce: 'dup', sentAt: new Date().toISOString() }, { jobId: 'dedup-1' });
    expect(a.id).toBe(b.id);
    const counts = await queue.getJobCounts('waiting');
    expect(counts.waiting).toBe(1);
    await queue.close();
  });

  it('each response carries a request id, and a given one is echoed', async () => {
    const res = await fetch(`${stack.url}/health`, { headers: { 'x-request-id': 'req-abc-123' } });
    expect(res.headers.get('x-request-id')).toBe('req-abc-123');
    const generated = await fetch(`${stack.url}/health`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('health when the queue backend is down', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ queue: 'redis', env: { REDIS_URL: 'redis://127.0.0.1:1' }, worker: false });
  });
  afterAll(() => stack?.close());

  it('answers 503 and names the failing check', async () => {
    const res = await fetch(`${stack.url}/health`);
    expect(res.status).toBe(503);
    const body = (await res.json()) as any;
    expect(body.status).toBe('error');
    expect(body.info.database.status).toBe('up');
    expect(body.error.queue.status).toBe('down');
  });
});
