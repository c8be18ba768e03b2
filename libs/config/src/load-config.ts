import { envSchema, AppConfig } from './env.schema';

/** A bad environment: `lines` holds one human-readable line per offending variable. */
export class ConfigError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
    this.name = 'ConfigError';
  }
}

/** Names that are set but empty are treated as unset, as shells and compose files often leave them. */
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}

export function parseConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = envSchema.safeParse(withoutEmpty(env));
  if (result.success) return result.data;
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const issue of result.error.issues) {
    const name = String(issue.path[0] ?? 'environment');
    if (seen.has(name)) continue;
    seen.add(name);
    const given = env[name];
    // Secrets are never echoed, nor a URL carrying credentials (user:password@ in SMTP_URL and the like).
    const secret = name.includes('SECRET') || name.includes('PASSWORD') || /\/\/[^/]*@/.test(given ?? '');
    const shown = secret || given === undefined ? '' : ` (got "${given}")`;
    lines.push(`Invalid environment variable ${name}: ${issue.message}${shown}`);
  }
  throw new ConfigError(lines);
}

/**
 * Parses the environment or ends the process with one line per bad variable and exit code 1.
 * Used at the very top of every entry point, before anything else starts.
 */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return parseConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(err.lines.join('\n') + '\n');
      process.exit(1);
    }
    throw err;
  }
}
