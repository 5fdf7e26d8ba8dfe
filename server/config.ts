import path from 'node:path';

export interface AppConfig {
  readonly port: number;
  readonly host: string;
  /** A file path, or ':memory:' for a throwaway database. */
  readonly databasePath: string;
  /** Largest upload accepted, in bytes (multipart file part or JSON body). */
  readonly uploadLimitBytes: number;
  readonly logLevel: string;
}

const DEFAULT_UPLOAD_LIMIT_MB = 20;

/**
 * Reads the environment once, at start-up, and fails loudly on a bad value: a typo in
 * PORT should stop the server, not bind a random port.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databasePath = env.DATABASE_PATH?.trim() || './data/tapestry.sqlite';
  return Object.freeze({
    port: readInteger(env, 'PORT', 3000, 0, 65535),
    // Loopback by default: this holds safeguarding records and must not appear on a network
    // by accident. Set HOST=0.0.0.0 deliberately (behind TLS) to expose it.
    host: env.HOST?.trim() || '127.0.0.1',
    databasePath: databasePath === ':memory:' ? databasePath : path.resolve(databasePath),
    uploadLimitBytes:
      readInteger(env, 'UPLOAD_LIMIT_MB', DEFAULT_UPLOAD_LIMIT_MB, 1, 1024) * 1024 * 1024,
    logLevel: env.LOG_LEVEL?.trim() || 'info',
  });
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
