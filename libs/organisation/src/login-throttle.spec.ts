import { loginDelaySeconds, loginThrottleKeys, waitInWords } from './login-throttle';

const settings = { maxFailures: 10, lockMinutes: 15, addressMaxFailures: 20 };

describe('login throttle policy', () => {
  it('gives maxFailures free failures, then doubles from one minute up to lockMinutes', () => {
    expect([0, 5, 9].map((n) => loginDelaySeconds(n, settings))).toEqual([0, 0, 0]);
    expect([10, 11, 12, 13, 14, 15, 500].map((n) => loginDelaySeconds(n, settings))).toEqual([60, 120, 240, 480, 900, 900, 900]);
  });

  it('never waits longer than lockMinutes, even with a short setting', () => {
    expect(loginDelaySeconds(10, { ...settings, lockMinutes: 1 })).toBe(60);
    expect(loginDelaySeconds(1000, { ...settings, lockMinutes: 1 })).toBe(60);
  });

  it('says a wait in seconds below a minute and in whole minutes above', () => {
    expect(waitInWords(42)).toEqual({ id: '42 detik', en: '42 s' });
    expect(waitInWords(61)).toEqual({ id: '2 menit', en: '2 min' });
    expect(waitInWords(0).id).toBe('1 detik');
  });

  it('keeps NIPs out of the keys', () => {
    const keys = loginThrottleKeys('198503082007042539', '10.0.0.1');
    expect(JSON.stringify(keys)).not.toContain('198503082007042539');
    expect(keys.pairFailures).toContain('10.0.0.1');
    expect(loginThrottleKeys(null, '10.0.0.1').nipFailures).toBeNull();
  });
});
