import type { ChildProcess } from 'node:child_process';
import net from 'node:net';

// For scripts and process tests that run the real server as a child process: a free port, the
// account it creates on an empty database (server/auth/first-run.ts), and a signed-in session.

/** A port nothing listens on now: a fixed one may be held by another run's server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export const SERVICE_ACCOUNT = {
  email: 'service@tapestry.local',
  password: 'a service password, not a secret',
} as const;

/** Environment for a server that makes SERVICE_ACCOUNT its first admin, hashing cheaply. */
export function serviceAccountEnv(): Record<string, string> {
  return {
    ADMIN_EMAIL: SERVICE_ACCOUNT.email,
    ADMIN_PASSWORD: SERVICE_ACCOUNT.password,
    // The production cost is for people's passwords; this throwaway account needn't wait.
    SCRYPT_COST_LOG2: '10',
  };
}

/**
 * Waits until the server answers (GET /api/setup needs no session). Given the child process,
 * fails as soon as it exits: another process answering on the port is not our server.
 */
export async function waitUntilServing(
  baseUrl: string,
  timeoutMs = 20_000,
  child?: ChildProcess,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new Error(`the server for ${baseUrl} exited before it answered (port in use?)`);
    }
    try {
      if ((await fetch(`${baseUrl}/api/setup`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server at ${baseUrl} did not start`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface ApiSession {
  /** The session cookie, as a Cookie header value. */
  cookie: string;
  /** The name and value of the session cookie, for a browser context. */
  cookieName: string;
  cookieValue: string;
  /** Headers for any request: the cookie, and the CSRF token state-changing requests need. */
  headers: Record<string, string>;
}

export async function signIn(
  baseUrl: string,
  account: { email: string; password: string } = SERVICE_ACCOUNT,
): Promise<ApiSession> {
  const response = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const [cookieName = '', cookieValue = ''] = cookie.split('=');
  return { cookie, cookieName, cookieValue, headers: { cookie, 'x-csrf-token': csrfToken } };
}
