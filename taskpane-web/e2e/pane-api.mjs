/**
 * The service as the Office pane flows use it directly: Una, the pane user, signs in with Bearer tokens, and the
 * rate limit (100 requests a minute per user) is waited out when earlier flows used most of the minute.
 */
export const PANE_USER = { email: 'una@e2e.example.com', password: 'Quiet-Harbour-Lantern-42' };

export async function login(baseUrl, user = PANE_USER) {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(user),
  });
  if (!response.ok) throw new Error(`Signing in as ${user.email} failed: ${response.status} ${await response.text()}`);
  return response.json();
}

/** A JSON call with a Bearer token: `call(method, path, body)`; a refusal throws with the service's answer. */
export function apiCaller(baseUrl, token) {
  return async (method, path, body) => {
    const response = await fetch(baseUrl + path, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
}

/** Waits for a fresh minute of the rate limit when fewer than `needed` requests are left in this one. */
export async function waitForRequestBudget(baseUrl, token, needed) {
  const response = await fetch(`${baseUrl}/api/auth/me`, { headers: { Authorization: `Bearer ${token}` } });
  const remaining = Number(response.headers.get('RateLimit-Remaining') ?? '0');
  const reset = Number(response.headers.get('RateLimit-Reset') ?? '60');
  if (remaining < needed) {
    console.log(`    waiting ${reset + 1} s for a fresh minute of the service's rate limit`);
    await new Promise((resolve) => setTimeout(resolve, (reset + 1) * 1000));
  }
}
