// Answers asked for as the page starts, before the app's script has loaded (main.tsx), kept
// for the app's own first request to the same address. Imports nothing, so that the page's
// small first script can hold it.

/** How long an early answer may stand in for the app's own request. */
const EARLY_MS = 30_000;
const early = new Map<string, { at: number; response: Promise<Response | null> }>();

/** Sends a GET for `url` now; its answer waits for takeEarly (or is dropped after EARLY_MS). */
export function askEarly(url: string): void {
  const response = fetch(url, {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  }).catch(() => null);
  early.set(url, { at: Date.now(), response });
  // Never taken (the app went elsewhere): let the answer go.
  setTimeout(() => {
    if (early.get(url)?.response === response) early.delete(url);
  }, EARLY_MS);
}

/**
 * The early answer for `url`, once, if there is one from the last EARLY_MS and it is good
 * (2xx); else null, and the caller asks as usual. Only a good answer stands in: a refusal
 * (signed out, the named view not allowed) may no longer hold when the app asks (it signs in
 * first), and the app's own request handles each as it should.
 */
export async function takeEarly(url: string): Promise<Response | null> {
  const held = early.get(url);
  if (!held) return null;
  early.delete(url);
  if (Date.now() - held.at > EARLY_MS) return null;
  const response = await held.response;
  return response?.ok ? response : null;
}

/**
 * The early answer's JSON for `url` without taking it (the app's own request still gets it),
 * or null when there is none or it is not good.
 */
export async function peekEarly<T>(url: string): Promise<T | null> {
  const response = await early.get(url)?.response;
  if (!response?.ok) return null;
  try {
    return (await response.clone().json()) as T;
  } catch {
    return null;
  }
}

/**
 * Forgets every early answer: on signing out (or a session ending), so that an answer asked
 * for as one user never stands in for the next user's request in the same tab.
 */
export function forgetEarly(): void {
  early.clear();
}
