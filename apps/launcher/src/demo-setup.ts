import type { AppConfig } from '@k360/config';

export interface DemoSummary {
  /** Lines printed under the banner: logins and links. */
  lines: string[];
  /** Environment handed to the gateway and worker. */
  env: Record<string, string>;
}

export const DEMO_ADMIN_NIP = '198001012006041001';
export const DEMO_ADMIN_PASSWORD = 'DemoAdmin360';
/** The demo's worker runs send-reminders every minute (unless REMINDERS_MS is set), so the bell fills soon after start. */
export const DEMO_REMINDERS_MS = '60000';

/**
 * Prepares the demo: the bootstrap admin's credentials (the gateway creates that ADMIN at boot
 * when no ADMIN exists); the demo data itself is seeded through the API once the gateway is up.
 */
export async function runDemoSetup(config: AppConfig, log: (line: string) => void): Promise<DemoSummary> {
  const nip = config.BOOTSTRAP_ADMIN_NIP ?? DEMO_ADMIN_NIP;
  const password = config.BOOTSTRAP_ADMIN_PASSWORD ?? DEMO_ADMIN_PASSWORD;
  log('Demo mode');
  return {
    env: { BOOTSTRAP_ADMIN_NIP: nip, BOOTSTRAP_ADMIN_PASSWORD: password, REMINDERS_MS: process.env.REMINDERS_MS ?? DEMO_REMINDERS_MS },
    lines: ['Demo login (ADMIN):', `  NIP ${nip}   password ${password}`],
  };
}
