// For scripts and process tests that run the real server as a child process: the account it
// creates on an empty database (server/auth/first-run.ts), and a signed-in session against it.

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

/** Waits until the server answers (GET /api/setup needs no session). */
export async function waitUntilServing(baseUrl: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
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
