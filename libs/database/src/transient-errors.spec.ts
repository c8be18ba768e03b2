import { isTransientDatabaseError, retryableGraphQLError } from './transient-errors';

describe('isTransientDatabaseError', () => {
  it.each([
    ['admin shutdown (57P01)', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
    ['starting up (57P03)', Object.assign(new Error('the database system is starting up'), { code: '57P03' })],
    ['connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['connection terminated', new Error('Connection terminated unexpectedly')],
    ['pool timeout', new Error('timeout exceeded when trying to connect')],
    ['wrapped by TypeORM', Object.assign(new Error('query failed'), { driverError: Object.assign(new Error('x'), { code: '08006' }) })],
    ['as a cause', new Error('outer', { cause: Object.assign(new Error('inner'), { code: 'ECONNRESET' }) })],
  ])('%s is transient', (_, err) => {
    expect(isTransientDatabaseError(err)).toBe(true);
  });

  it.each([
    ['a CHECK violation (23514)', Object.assign(new Error('violates check constraint'), { code: '23514' })],
    ['a unique violation (23505)', Object.assign(new Error('duplicate key'), { code: '23505' })],
    ['a bug', new TypeError('cannot read properties of undefined')],
    ['not an error', 'Connection terminated'],
    ['nothing', undefined],
  ])('%s is not', (_, err) => {
    expect(isTransientDatabaseError(err)).toBe(false);
  });

  it('answers SERVICE_UNAVAILABLE with retryable: true and no internals', () => {
    const e = retryableGraphQLError(Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), { code: 'ECONNREFUSED' }), ['x']);
    expect(e).toEqual({
      message: expect.stringMatching(/coba lagi/),
      path: ['x'],
      extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true },
    });
    expect(e!.message).not.toMatch(/ECONNREFUSED|10\.0\.0\.5/);
    expect(retryableGraphQLError(new Error('boom'), undefined)).toBeUndefined();
  });
});
