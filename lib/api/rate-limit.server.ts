// A fixed-window request counter per client address, in the database so that every instance counts
// the same requests. It reuses the sign-in throttle's table (a counter keyed by a string, with the
// window's start): keys here start with "api:", which no sign-in key does, and the sign-in code only
// ever reads its own keys. One atomic statement per request: simultaneous requests are all counted.
import { Prisma as P } from "@/generated/sqlite/client";
import { pruneThrottle } from "@/lib/accounts/throttle.server";
import type { Db } from "@/lib/db.server";

export type RateState = { limit: number; remaining: number; resetSeconds: number; allowed: boolean };

/** The address when none is known (a call outside the portal's own server). */
const UNKNOWN = "unknown";
export const rateKey = (address: string | null) => `api:${address ?? UNKNOWN}`;

/** Counts one request of `address` and says whether it is within `limit` for the current window. */
export async function countRequest(db: Db, address: string | null, limit: number, windowSeconds: number, now = new Date()): Promise<RateState> {
  const windowStart = new Date(now.getTime() - windowSeconds * 1000);
  const rows = await db.$queryRaw<{ failures: number | bigint; firstFailAt: Date | string | number }[]>(P.sql`
    INSERT INTO "SignInThrottle" ("key", "failures", "firstFailAt", "lockedUntil", "updatedAt")
    VALUES (${rateKey(address)}, 1, ${now}, NULL, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "SignInThrottle"."firstFailAt" <= ${windowStart} THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "firstFailAt" = CASE WHEN "SignInThrottle"."firstFailAt" <= ${windowStart} THEN ${now} ELSE "SignInThrottle"."firstFailAt" END,
      "updatedAt" = ${now}
    RETURNING "failures", "firstFailAt"`);
  const used = Number(rows[0].failures);
  // A new window for this address: a moment to drop counters whose windows ended long ago.
  if (used === 1) await pruneThrottle(db, now);
  const started = new Date(rows[0].firstFailAt).getTime();
  const resetSeconds = Math.max(1, Math.ceil((started + windowSeconds * 1000 - now.getTime()) / 1000));
  return { limit, remaining: Math.max(0, limit - used), resetSeconds, allowed: used <= limit };
}
