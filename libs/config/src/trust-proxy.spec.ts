import { ConfigError, parseConfig } from './load-config';

describe('TRUST_PROXY and PUBLIC_CLIENT_WINDOW_HOURS', () => {
  it('trust no proxy and hold repeats for 6 hours by default', () => {
    const c = parseConfig({});
    expect(c.TRUST_PROXY).toEqual([]);
    expect(c.PUBLIC_CLIENT_WINDOW_HOURS).toBe(6);
    expect(parseConfig({ TRUST_PROXY: '' }).TRUST_PROXY).toEqual([]);
  });

  it('take comma-separated addresses and CIDRs', () => {
    expect(parseConfig({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,::1' }).TRUST_PROXY).toEqual(['10.0.0.5', '10.1.0.0/16', '::1']);
    expect(parseConfig({ TRUST_PROXY: 'loopback' }).TRUST_PROXY).toEqual(['loopback']);
  });

  it('refuse what is not an address, with the variable named', () => {
    for (const bad of ['proxy.example.org', '10.0.0.0/99', '*']) {
      expect(() => parseConfig({ TRUST_PROXY: bad })).toThrow(ConfigError);
      try {
        parseConfig({ TRUST_PROXY: bad });
      } catch (e) {
        expect((e as ConfigError).lines.join('\n')).toContain('TRUST_PROXY');
      }
    }
    expect(() => parseConfig({ PUBLIC_CLIENT_WINDOW_HOURS: '-1' })).toThrow(ConfigError);
  });
});
