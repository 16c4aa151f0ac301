// Sign-in throttling, kept in the database so every instance sees the same counters
// (docs/decisions/0005-sign-in-throttling.md). Three counters:
// - account + address: slows down quickly (1 s, 2 s, 4 s… after the 3rd failure): a user's typos;
// - account, from any address: locks it for 15 minutes after 10 failures: a targeted guess;
// - address (only when known, TRUST_PROXY=1): locks it after 50 failures: one source spraying accounts.
// A lock refuses attempts without checking the password. A success clears only its own
// account + address counter, so one person's failures never slow another person's sign-in.
import type { Db } from "@/lib/db.server";

const WINDOW_MS = 15 * 60 * 1000;
export const LONG_LOCK_MS = 15 * 60 * 1000;

type Rule = { slowAfter: number; lockAfter: number };
const RULES = {
  pair: { slowAfter: 3, lockAfter: Infinity },
  account: { slowAfter: Infinity, lockAfter: 10 },
  address: { slowAfter: Infinity, lockAfter: 50 },
} satisfies Record<string, Rule>;

function keysFor(email: string, address: string | null): [string, Rule][] {
  const e = email.trim().toLowerCase();
  const keys: [string, Rule][] = [
    [`pair:${e}|${address ?? "-"}`, RULES.pair],
    [`account:${e}`, RULES.account],
  ];
  if (address) keys.push([`address:${address}`, RULES.address]);
  return keys;
}

/** How long a counter that has just reached `failures` stays locked, in ms. */
export function lockFor(failures: number, rule: Rule): number {
  if (failures >= rule.lockAfter) return LONG_LOCK_MS;
  if (failures >= rule.slowAfter) return Math.min(2 ** (failures - rule.slowAfter), 60) * 1000;
  return 0;
}

export type ThrottleState = { locked: false } | { locked: true; retryAfterSeconds: number; long: boolean };

export async function checkThrottle(db: Db, email: string, address: string | null, now = new Date()): Promise<ThrottleState> {
  const keys = keysFor(email, address).map(([k]) => k);
  const buckets = await db.signInThrottle.findMany({ where: { key: { in: keys } }, select: { lockedUntil: true } });
  const until = Math.max(0, ...buckets.map((b) => b.lockedUntil?.getTime() ?? 0));
  if (until <= now.getTime()) return { locked: false };
  const ms = until - now.getTime();
  return { locked: true, retryAfterSeconds: Math.ceil(ms / 1000), long: ms > 60_000 };
}

export async function recordFailure(db: Db, email: string, address: string | null, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const [key, rule] of keysFor(email, address)) {
      const bucket = await tx.signInThrottle.findUnique({ where: { key } });
      const fresh = !bucket || now.getTime() - bucket.firstFailAt.getTime() > WINDOW_MS;
      const failures = fresh ? 1 : bucket.failures + 1;
      const lock = lockFor(failures, rule);
      const data = { failures, firstFailAt: fresh ? now : bucket.firstFailAt, lockedUntil: lock ? new Date(now.getTime() + lock) : null };
      await tx.signInThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
    }
  });
}

export async function recordSuccess(db: Db, email: string, address: string | null): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: keysFor(email, address)[0][0] } });
}

/** Counters whose window and lock are both over are of no use; removed so the table stays small. */
export async function pruneThrottle(db: Db, now = new Date()): Promise<void> {
  await db.signInThrottle.deleteMany({
    where: { firstFailAt: { lt: new Date(now.getTime() - WINDOW_MS) }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
  });
}
