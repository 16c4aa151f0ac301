// Sign-in throttling (docs/decisions/0005-sign-in-throttling.md): failures slow down whoever makes
// them, never the account's owner. Counters live in the database (every instance sees them) and are
// incremented atomically in one statement, so simultaneous failures are all counted.
// - account + address ("pair"): after the 3rd failure each attempt from that address waits 1 s,
//   2 s, 4 s… up to 15 minutes; while an account is under attack (10 failures in 15 minutes from
//   anywhere), from its first failure;
// - address: after 100 failures across accounts (far more than a city office behind one address
//   makes), the same doubling for that address;
// - account: counts failures from every address. It never locks anything: a correct password from
//   an address that is not failing always gets in. When it reaches 10 the owner is told.
import { Prisma as P } from "@/generated/sqlite/client";
import type { Db } from "@/lib/db.server";

const WINDOW_MS = 15 * 60 * 1000;
export const MAX_DELAY_MS = 15 * 60 * 1000;
/** Failures of one account in a window from which it counts as under attack (and its owner is told). */
export const ATTACK_THRESHOLD = 10;
const PAIR_FREE_FAILURES = 3;
const ADDRESS_FREE_FAILURES = 100;
/** The address when none is known (a call outside the portal's own server). */
const UNKNOWN = "unknown";

const norm = (email: string) => email.trim().toLowerCase();
export const throttleKeys = (email: string, address: string | null) => {
  const e = norm(email);
  const a = address ?? UNKNOWN;
  return { pair: `pair:${e}|${a}`, address: `address:${a}`, account: `account:${e}` };
};

/** The wait after `failures` failures when the first `free` ones cost nothing: 1 s, 2 s, 4 s… capped. */
export function delayAfter(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(2 ** Math.min(failures - free, 30) * 1000, MAX_DELAY_MS);
}

type ThrottleState = { locked: false } | { locked: true; retryAfterSeconds: number; long: boolean };

/** Whether this address must wait before trying this account again (the password is not checked then). */
export async function checkThrottle(db: Db, email: string, address: string | null, now = new Date()): Promise<ThrottleState> {
  const keys = throttleKeys(email, address);
  const buckets = await db.signInThrottle.findMany({ where: { key: { in: [keys.pair, keys.address] } }, select: { lockedUntil: true } });
  const until = Math.max(0, ...buckets.map((b) => b.lockedUntil?.getTime() ?? 0));
  if (until <= now.getTime()) return { locked: false };
  const ms = until - now.getTime();
  return { locked: true, retryAfterSeconds: Math.ceil(ms / 1000), long: ms > 60_000 };
}

/** One atomic increment: a counter whose window has passed starts again at 1. Returns the new count. */
async function increment(db: Db, key: string, now: Date): Promise<number> {
  const windowStart = new Date(now.getTime() - WINDOW_MS);
  const rows = await db.$queryRaw<{ failures: number | bigint }[]>(P.sql`
    INSERT INTO "SignInThrottle" ("key", "failures", "firstFailAt", "lockedUntil", "updatedAt")
    VALUES (${key}, 1, ${now}, NULL, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "SignInThrottle"."firstFailAt" < ${windowStart} THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "firstFailAt" = CASE WHEN "SignInThrottle"."firstFailAt" < ${windowStart} THEN ${now} ELSE "SignInThrottle"."firstFailAt" END,
      "updatedAt" = ${now}
    RETURNING "failures"`);
  return Number(rows[0].failures);
}

/** Holds a counter until `until`, never shortening a longer hold set by a racing request. */
async function holdUntil(db: Db, key: string, until: Date) {
  await db.signInThrottle.updateMany({ where: { key, OR: [{ lockedUntil: null }, { lockedUntil: { lt: until } }] }, data: { lockedUntil: until } });
}

type FailureRecord = { accountFailures: number; pairFailures: number; addressFailures: number; delayMs: number; underAttack: boolean };

/** Counts a failed attempt and slows down its address. */
export async function recordFailure(db: Db, email: string, address: string | null, now = new Date()): Promise<FailureRecord> {
  const keys = throttleKeys(email, address);
  const accountFailures = await increment(db, keys.account, now);
  const [pairFailures, addressFailures] = await Promise.all([increment(db, keys.pair, now), increment(db, keys.address, now)]);
  const underAttack = accountFailures >= ATTACK_THRESHOLD;
  const pairDelay = delayAfter(pairFailures, underAttack ? 1 : PAIR_FREE_FAILURES);
  const addressDelay = delayAfter(addressFailures, ADDRESS_FREE_FAILURES);
  await Promise.all([
    pairDelay ? holdUntil(db, keys.pair, new Date(now.getTime() + pairDelay)) : null,
    addressDelay ? holdUntil(db, keys.address, new Date(now.getTime() + addressDelay)) : null,
  ]);
  return { accountFailures, pairFailures, addressFailures, delayMs: Math.max(pairDelay, addressDelay), underAttack };
}

/** A success clears only its own account + address counter: it proves nothing about other addresses. */
export async function recordSuccess(db: Db, email: string, address: string | null): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: throttleKeys(email, address).pair } });
}

/** After a password reset every address that was slowed down for this account may try again. */
export async function clearAccount(db: Db, email: string): Promise<void> {
  const e = norm(email);
  await db.signInThrottle.deleteMany({ where: { OR: [{ key: `account:${e}` }, { key: { startsWith: `pair:${e}|` } }] } });
}

/** Accounts with at least ATTACK_THRESHOLD failures in the current window, for the admins. */
export async function accountsUnderAttack(db: Db, now = new Date()) {
  const rows = await db.signInThrottle.findMany({
    where: { key: { startsWith: "account:" }, failures: { gte: ATTACK_THRESHOLD }, firstFailAt: { gte: new Date(now.getTime() - WINDOW_MS) } },
    orderBy: { failures: "desc" },
    take: 50,
    select: { key: true, failures: true, firstFailAt: true, updatedAt: true },
  });
  return rows.map((r) => ({ email: r.key.slice("account:".length), failures: r.failures, since: r.firstFailAt, last: r.updatedAt }));
}

/** Failures of one account in the current window (0 when none). */
export async function accountFailures(db: Db, email: string, now = new Date()): Promise<number> {
  const row = await db.signInThrottle.findUnique({ where: { key: throttleKeys(email, null).account }, select: { failures: true, firstFailAt: true } });
  return row && row.firstFailAt.getTime() >= now.getTime() - WINDOW_MS ? row.failures : 0;
}

/** Counters whose window and hold are both over are of no use; removed so the table stays small. */
export async function pruneThrottle(db: Db, now = new Date()): Promise<void> {
  await db.signInThrottle.deleteMany({
    where: { firstFailAt: { lt: new Date(now.getTime() - WINDOW_MS) }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
  });
}
