/**
 * The API from the test process itself, signed in as a user: for setting up what a test needs
 * (a review, its members, uploads) quickly, without driving the screens that other tests cover.
 */
export interface ApiSession {
  userId: string;
  request<T = any>(method: string, path: string, body?: unknown): Promise<T>;
  get<T = any>(path: string): Promise<T>;
  /** Multipart upload of a file, as the upload screen sends it. */
  upload(
    reviewId: string,
    fields: Record<string, string>,
    file: { name: string; content: string | Buffer },
  ): Promise<any>;
}

export async function apiSession(
  baseUrl: string,
  email: string,
  password: string,
): Promise<ApiSession> {
  const signIn = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!signIn.ok) throw new Error(`sign-in as ${email}: ${signIn.status} ${await signIn.text()}`);
  const session = (await signIn.json()) as { csrfToken: string; user: { id: string } };
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const headers = (extra: Record<string, string> = {}) => ({
    cookie,
    accept: 'application/json',
    'x-csrf-token': session.csrfToken,
    origin: baseUrl,
    ...extra,
  });
  const check = async (response: Response, what: string) => {
    const text = await response.text();
    if (!response.ok) throw new Error(`${what}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
  const api: ApiSession = {
    userId: session.user.id,
    async request(method, path, body) {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: headers(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return check(response, `${method} ${path}`);
    },
    get: (path) => api.request('GET', path),
    async upload(reviewId, fields, file) {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      const bytes = typeof file.content === 'string' ? file.content : new Uint8Array(file.content);
      form.append('file', new Blob([bytes]), file.name);
      const response = await fetch(`${baseUrl}/api/reviews/${reviewId}/submissions`, {
        method: 'POST',
        headers: headers(),
        body: form,
      });
      return check(response, `upload ${file.name}`);
    },
  };
  return api;
}

/**
 * A review made by the e2e administrator, with users added in their roles (by email): the
 * administrator does not join it. Returns its id.
 */
export async function reviewWithMembers(
  baseUrl: string,
  admin: { email: string; password: string },
  review: { reference: string; title: string; jurisdiction: string },
  members: Record<string, 'reviewer' | 'panel' | 'submitter'>,
): Promise<string> {
  const session = await apiSession(baseUrl, admin.email, admin.password);
  const { id } = await session.request('POST', '/api/reviews', {
    ...review,
    periodStart: '2018-05-20',
    periodEnd: '2019-05-20',
    joinAsReviewer: false,
  });
  const { users } = await session.get<{ users: { id: string; email: string }[] }>('/api/users');
  for (const [email, role] of Object.entries(members)) {
    const user = users.find((u) => u.email === email);
    if (!user) throw new Error(`no user ${email}`);
    await session.request('PUT', `/api/reviews/${id}/members/${user.id}`, { role });
  }
  return id as string;
}
