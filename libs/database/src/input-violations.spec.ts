import { inputViolationGraphQLError, inputViolationOf } from './input-violations';

describe('inputViolationOf', () => {
  it('finds a CHECK violation or a data exception behind TypeORM’s wrapper', () => {
    expect(inputViolationOf({ driverError: { code: '23514', constraint: 'employee_name_check' } })).toEqual({
      code: '23514',
      constraint: 'employee_name_check',
    });
    expect(inputViolationOf({ code: '22001' })).toEqual({ code: '22001', constraint: undefined });
    expect(inputViolationOf({ cause: { code: '22P02', column: 'id' } })).toEqual({ code: '22P02', constraint: 'id' });
  });

  it('leaves other errors alone: unique violations, connection loss, plain errors', () => {
    expect(inputViolationOf({ code: '23505' })).toBeUndefined();
    expect(inputViolationOf({ code: '08006' })).toBeUndefined();
    expect(inputViolationOf({ code: 'ECONNRESET' })).toBeUndefined();
    expect(inputViolationOf(new Error('boom'))).toBeUndefined();
  });

  it('answers BAD_USER_INPUT naming the constraint', () => {
    const out = inputViolationGraphQLError({ driverError: { code: '23514', constraint: 'kiosk_name_check' } }, ['renameKiosk']);
    expect(out?.extensions.code).toBe('BAD_USER_INPUT');
    expect(out?.message).toContain('kiosk_name_check');
    expect(out?.path).toEqual(['renameKiosk']);
  });
});
