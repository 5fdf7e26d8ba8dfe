import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/** The administrator a server started by these tests creates from ADMIN_EMAIL on an empty DB. */
export const E2E_ADMIN = {
  email: 'e2e-admin@test.tapestry',
  password: 'e2e admin password',
  displayName: 'E2E Admin',
} as const;

/** `npm run demo`'s accounts (server/demo/demo-accounts.ts), all with this password. */
export const DEMO_PASSWORD = 'e2e demo password';
export const DEMO_ACCOUNTS = {
  admin: 'admin@demo.tapestry',
  reviewer: 'reviewer@demo.tapestry',
  panel: 'panel@demo.tapestry',
  police: 'police@demo.tapestry',
} as const;
export const DEMO_REFERENCE = 'CYSUR 2/2020 (demo)';

export interface RunningServer {
  baseUrl: string;
  databasePath: string;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  /** Waits until the server's output matches, and returns the match. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Create E2E_ADMIN on start (ADMIN_EMAIL/ADMIN_PASSWORD). Without, an empty DB prints a setup link. */
  admin?: boolean;
  /** Load the demo review and its accounts (`DEMO_PASSWORD=… npm run demo`) once it is up. */
  demo?: boolean;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** A cheap scrypt cost: sign-ins in the tests take milliseconds, not 100 ms each. */
const FAST_HASHING = { SCRYPT_COST_LOG2: '10' };

/**
 * The real server, as `npm start` runs it (after the client is built): its own process, its
 * own temporary SQLite file, on loopback.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const { admin = true, demo = false } = options;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tapestry-e2e-'));
  const databasePath = path.join(dir, 'e2e.sqlite');
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...FAST_HASHING,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_PATH: databasePath,
    LOG_LEVEL: 'warn',
  };
  delete env.ADMIN_EMAIL;
  delete env.ADMIN_PASSWORD;
  delete env.ADMIN_NAME;
  delete env.PUBLIC_ORIGIN;
  if (admin) {
    env.ADMIN_EMAIL = E2E_ADMIN.email;
    env.ADMIN_PASSWORD = E2E_ADMIN.password;
    env.ADMIN_NAME = E2E_ADMIN.displayName;
  }
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters = new Set<() => unknown>();
  const append = (chunk: Buffer) => {
    output += chunk.toString();
    for (const wake of [...waiters]) wake();
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    const deadline = Date.now() + 20_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
      try {
        // Public: answers before anyone has signed in.
        const response = await fetch(`${baseUrl}/api/setup`);
        if (response.ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    if (demo) await loadDemo(databasePath);
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    baseUrl,
    databasePath,
    output: () => output,
    waitForOutput(pattern, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const now = pattern.exec(output);
        if (now) return resolve(now);
        const wake = () => {
          const match = pattern.exec(output);
          if (!match) return;
          waiters.delete(wake);
          clearTimeout(timer);
          resolve(match);
        };
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new Error(`the server never printed ${pattern}:\n${output}`));
        }, timeoutMs);
        waiters.add(wake);
      });
    },
    stop,
  };
}

/** `DEMO_PASSWORD=… npm run demo` against the running server's database file. */
async function loadDemo(databasePath: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo.ts'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      ...FAST_HASHING,
      DATABASE_PATH: databasePath,
      DEMO_PASSWORD,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`npm run demo failed (${code}):\n${output}`);
}
