import path from 'node:path';

export interface AppConfig {
  readonly port: number;
  readonly host: string;
  /** A file path, or ':memory:' for a throwaway database. Unused when `databaseUrl` is set. */
  readonly databasePath: string;
  /**
   * DATABASE_URL (postgres://user:password@host/db): run on PostgreSQL instead of the SQLite
   * file (issue #14, docs/deploy.md). Null: SQLite at `databasePath`.
   */
  readonly databaseUrl: string | null;
  /** Largest upload accepted, in bytes (multipart file part or JSON body). */
  readonly uploadLimitBytes: number;
  readonly logLevel: string;
  /**
   * Mark the session cookie `Secure` (sent over HTTPS only). Defaults to on unless the server
   * is bound to loopback, where browsers are served over plain http://localhost.
   */
  readonly secureCookies: boolean;
  /** scrypt cost as log2(N). 15 (32 MiB, ~100 ms) in production; tests may lower it. */
  readonly passwordCostLog2: number;
  /** A session ends this many hours after sign-in, or after SESSION_IDLE_MINUTES unused. */
  readonly sessionHours: number;
  /** An invitation link to join a review as an agency's submitter lasts this many days. */
  readonly invitationDays: number;
  readonly sessionIdleMinutes: number;
  /**
   * The origin browsers reach the app on (https://tapestry.example.org), for the cross-site
   * request check and the printed setup link. Unset: the request's own Host is trusted.
   */
  readonly publicOrigin: string | null;
  /**
   * Behind a reverse proxy (the TLS terminator), how many proxy hops to trust for the
   * client's address and protocol (X-Forwarded-For/-Proto). 0 (the default) trusts none: the
   * address is the socket's. Wrong here, every user shares the proxy's address, and the
   * sign-in throttle and the audit log's addresses stop meaning anything.
   */
  readonly trustProxyHops: number;
  /**
   * Who may read the API's description at /docs and /docs/json: `signed-in` (the default:
   * it lists every route, which is a map for an attacker) or `public` (API_DOCS=public).
   */
  readonly apiDocs: 'signed-in' | 'public';
  /**
   * DATABASE_MAX_MB: the database file may not grow past this many MB (unset: no cap but the
   * disk). A write that would is refused with 507, as on a full disk, before the disk itself
   * fills and takes the logs and the operating system with it.
   */
  readonly databaseMaxMegabytes: number | null;
  /** Uploads (dry runs included) one session may start in a minute, and have running at once. */
  readonly uploadsPerMinute: number;
  readonly uploadsAtOnce: number;
  /**
   * FEED_CACHE_MB: how much of the timeline feed's answers the server holds in memory, in MB
   * of JSON (timeline/held-feeds.ts); 0 holds none, and none of the strip's weekly totals
   * (timeline/routes.ts) or the gap flags' pages (timeline/gap-routes.ts) either.
   */
  readonly feedCacheBytes: number;
}

const DEFAULT_UPLOAD_LIMIT_MB = 20;

/**
 * Reads the environment once, at start-up, and fails loudly on a bad value: a typo in
 * PORT should stop the server, not bind a random port.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databasePath = env.DATABASE_PATH?.trim() || './data/tapestry.sqlite';
  // Loopback by default: this holds safeguarding records and must not appear on a network
  // by accident. Set HOST=0.0.0.0 deliberately (behind TLS) to expose it.
  const host = env.HOST?.trim() || '127.0.0.1';
  return Object.freeze({
    port: readInteger(env, 'PORT', 3000, 0, 65535),
    host,
    databasePath: databasePath === ':memory:' ? databasePath : path.resolve(databasePath),
    databaseUrl: readDatabaseUrl(env),
    uploadLimitBytes:
      readInteger(env, 'UPLOAD_LIMIT_MB', DEFAULT_UPLOAD_LIMIT_MB, 1, 1024) * 1024 * 1024,
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    secureCookies: readBoolean(env, 'COOKIE_SECURE', !isLoopback(host)),
    passwordCostLog2: readInteger(env, 'SCRYPT_COST_LOG2', 15, 10, 20),
    sessionHours: readInteger(env, 'SESSION_HOURS', 12, 1, 24 * 30),
    invitationDays: readInteger(env, 'INVITATION_DAYS', 7, 1, 60),
    sessionIdleMinutes: readInteger(env, 'SESSION_IDLE_MINUTES', 120, 5, 24 * 60),
    publicOrigin: readOrigin(env, 'PUBLIC_ORIGIN'),
    trustProxyHops: readInteger(env, 'TRUST_PROXY', 0, 0, 10),
    apiDocs: readChoice(env, 'API_DOCS', ['signed-in', 'public'] as const),
    databaseMaxMegabytes: env.DATABASE_MAX_MB?.trim()
      ? readInteger(env, 'DATABASE_MAX_MB', 0, 1, 10_000_000)
      : null,
    uploadsPerMinute: readInteger(env, 'UPLOADS_PER_MINUTE', 30, 1, 100_000),
    uploadsAtOnce: readInteger(env, 'UPLOADS_AT_ONCE', 5, 1, 1000),
    feedCacheBytes: readInteger(env, 'FEED_CACHE_MB', 64, 0, 100_000) * 1_000_000,
  });
}

/** Where the database is: the PostgreSQL URL when set, else the SQLite file (openDatabase's argument). */
export function databaseLocation(config: AppConfig): string {
  return config.databaseUrl ?? config.databasePath;
}

function readDatabaseUrl(env: NodeJS.ProcessEnv): string | null {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) return null;
  if (!/^postgres(ql)?:\/\//i.test(raw)) {
    throw new Error('DATABASE_URL must be a PostgreSQL URL (postgres://user:password@host/db)');
  }
  return raw;
}

function readInteger(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}; got "${raw}"`);
  }
  return value;
}

/** One of `choices`; the first when unset. */
function readChoice<T extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  choices: readonly T[],
): T {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return choices[0]!;
  const choice = choices.find((c) => c === raw);
  if (!choice) throw new Error(`${name} must be one of ${choices.join(', ')}; got "${env[name]}"`);
  return choice;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

function readBoolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new Error(`${name} must be true or false; got "${env[name]}"`);
}

function readOrigin(env: NodeJS.ProcessEnv, name: string): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} must be an origin such as https://tapestry.example.org; got "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${name} must start with https:// or http://; got "${raw}"`);
  }
  return url.origin;
}
