// The open-data API's HTTP settings. The rate limit comes from the environment (checked at start-up
// by lib/config/env.ts); the rest is the published contract (docs/open-data.md).

/** Requests one client address may make per window; 0 switches the limit off. */
export const DEFAULT_RATE_LIMIT = 120;
export const RATE_WINDOW_SECONDS = 60;
/** How long a shared cache or a browser may reuse an answer without asking again (the ETag then saves the body). */
export const MAX_AGE_SECONDS = 60;

export function apiRateLimit(env: Record<string, string | undefined> = process.env): number {
  const raw = env.API_RATE_LIMIT?.trim();
  if (!raw || !/^\d+$/.test(raw)) return DEFAULT_RATE_LIMIT;
  return Number(raw);
}
