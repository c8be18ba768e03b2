import { parseConfig, ConfigError } from './load-config';

function errorLines(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.lines;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    const c = parseConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.QUEUE_PREFIX).toBe('{k360}');
    expect(c.PUBLIC_RATE_LIMIT).toBe(30);
    expect(c.PUBLIC_CACHE_SECONDS).toBe(60);
    expect(c.EMBEDDED).toBe(false);
    expect(c.NODE_ENV).toBe('development');
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it('types the values it accepts', () => {
    const agency = '0b6f3c2e-5d1a-4f7e-9c3b-2a1d4e5f6a7b';
    const c = parseConfig({
      PORT: '8080',
      EMBEDDED: 'true',
      PUBLIC_RATE_LIMIT: '0',
      QUEUE_BACKEND: 'postgres',
      QUEUE_DASHBOARD_AGENCY_ID: agency,
    });
    expect(c).toMatchObject({
      PORT: 8080,
      EMBEDDED: true,
      PUBLIC_RATE_LIMIT: 0,
      QUEUE_BACKEND: 'postgres',
      QUEUE_DASHBOARD_AGENCY_ID: agency,
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'mysql://localhost/db' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    [{ QUEUE_BACKEND: 'kafka' }, 'QUEUE_BACKEND'],
    [{ RATING_RETENTION_MONTHS: '12' }, 'RATING_RETENTION_MONTHS'],
    [{ REDIS_CLUSTER_NODES: 'redis://127.0.0.1:7000' }, 'REDIS_CLUSTER_NODES'],
    [{ REDIS_CLUSTER_NODES: '127.0.0.1' }, 'REDIS_CLUSTER_NODES'],
    [{ REDIS_CLUSTER_NODES: ' , ' }, 'REDIS_CLUSTER_NODES'],
    [{ QUEUE_PREFIX: 'bad prefix!' }, 'QUEUE_PREFIX'],
    [{ EMBEDDED: 'yes' }, 'EMBEDDED'],
    [{ PUBLIC_RATE_LIMIT: '-1' }, 'PUBLIC_RATE_LIMIT'],
    [{ PUBLIC_CACHE_SECONDS: '3601' }, 'PUBLIC_CACHE_SECONDS'],
    [{ PUBLIC_CACHE_SECONDS: '1.5' }, 'PUBLIC_CACHE_SECONDS'],
    [{ BOOTSTRAP_ADMIN_NIP: '199001012015031001' }, 'BOOTSTRAP_ADMIN_PASSWORD'],
    [{ BOOTSTRAP_ADMIN_NIP: '123', BOOTSTRAP_ADMIN_PASSWORD: 'longenough' }, 'BOOTSTRAP_ADMIN_NIP'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ QUEUE_DASHBOARD_AGENCY_ID: 'agency-1' }, 'QUEUE_DASHBOARD_AGENCY_ID'],
    [{ SMTP_URL: 'http://mail.example.go.id' }, 'SMTP_URL'],
    [{ SMTP_URL: 'mail.example.go.id:25' }, 'SMTP_URL'],
  ])('rejects %j with one line naming %s', (env, name) => {
    const lines = errorLines(env as Record<string, string>);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Invalid environment variable ${name}: `));
  });

  it('takes REDIS_CLUSTER_NODES as a list of host:port seeds', () => {
    expect(parseConfig({}).REDIS_CLUSTER_NODES).toBeUndefined();
    expect(parseConfig({ REDIS_CLUSTER_NODES: '10.0.0.1:7000, redis-b.local:7001,[::1]:7002' }).REDIS_CLUSTER_NODES).toEqual([
      '10.0.0.1:7000',
      'redis-b.local:7001',
      '[::1]:7002',
    ]);
  });

  it('never echoes a secret back', () => {
    const [line] = errorLines({ JWT_SECRET: 'short-secret' });
    expect(line).not.toContain('short-secret');
  });

  it('takes SMTP_URL as smtp:// or smtps:// (unset: no email), SMTP_FROM with a default, and never echoes the URL', () => {
    expect(parseConfig({}).SMTP_URL).toBeUndefined();
    expect(parseConfig({}).SMTP_FROM).toBe('Kinerja360 <no-reply@localhost>');
    expect(parseConfig({ SMTP_URL: 'smtp://127.0.0.1:2525?ignoreTLS=true' }).SMTP_URL).toBe('smtp://127.0.0.1:2525?ignoreTLS=true');
    expect(parseConfig({ SMTP_URL: 'smtps://u:p@mail.example.go.id:465', SMTP_FROM: 'BKPSDM <bkpsdm@example.go.id>' })).toMatchObject({
      SMTP_URL: 'smtps://u:p@mail.example.go.id:465',
      SMTP_FROM: 'BKPSDM <bkpsdm@example.go.id>',
    });
    expect(errorLines({ SMTP_URL: 'ftp://user:rahasia-smtp@mail.example.go.id' }).join('\n')).not.toContain('rahasia-smtp');
  });

  it('treats empty values as unset', () => {
    expect(parseConfig({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });

  it("takes the periodic jobs' intervals in bounds (defaults: sweep 5 s, partition upkeep 6 h)", () => {
    expect(parseConfig({}).RECONCILE_SWEEP_MS).toBe(5000);
    expect(parseConfig({}).PARTITION_UPKEEP_MS).toBe(6 * 3600 * 1000);
    expect(parseConfig({ RECONCILE_SWEEP_MS: '1000', PARTITION_UPKEEP_MS: '2000' })).toMatchObject({
      RECONCILE_SWEEP_MS: 1000,
      PARTITION_UPKEEP_MS: 2000,
    });
    expect(errorLines({ RECONCILE_SWEEP_MS: '10' }).join('\n')).toContain('RECONCILE_SWEEP_MS');
    expect(errorLines({ PARTITION_UPKEEP_MS: 'often' }).join('\n')).toContain('PARTITION_UPKEEP_MS');
  });
});
