import type { Db } from "@/lib/db.server";
import { ATTACK_THRESHOLD, checkThrottle, pruneThrottle, recordFailure, recordSuccess } from "@/lib/accounts/throttle.server";
import { recordAudit } from "@/lib/audit/audit.server";
import { logger } from "@/lib/log/logger.server";
import { notifyAccountUnderAttack } from "@/lib/notifications/notify.server";
import { decoyPasswordHash, verifyPassword } from "./password.server";

type AuthenticatedUser = { id: string; email: string; name: string; role: string };

/** The active user with this email and password, or null. Unknown emails cost the same time. */
export async function authenticate(db: Db, email: string, password: string): Promise<AuthenticatedUser | null> {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true },
  });
  const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyPasswordHash()));
  if (!user || !ok || !user.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

type SignInAttempt =
  | { outcome: "ok"; user: AuthenticatedUser }
  | { outcome: "invalid" }
  | { outcome: "locked"; retryAfterSeconds: number; long: boolean };

type Outcome = "succeeded" | "failed" | "throttled";

/**
 * Every attempt leaves a trace: an audit event (who, when, from which address, how it ended; never
 * the password) and a JSON log line. The account is named by its id when it exists.
 */
async function trace(db: Db, outcome: Outcome, email: string, address: string | null, userId: string | null, detail: Record<string, unknown> = {}) {
  await recordAudit(db, {
    actorId: outcome === "succeeded" ? userId : null,
    action: outcome === "succeeded" ? "auth.signInSucceeded" : outcome === "failed" ? "auth.signInFailed" : "auth.signInThrottled",
    entityType: "User",
    entityId: userId ?? "-",
    after: { email: email.trim().toLowerCase().slice(0, 254), address, outcome, ...detail },
  });
  logger().info({ event: "signIn", outcome, userId: userId ?? undefined, address: address ?? undefined, ...detail }, "sign-in");
}

/**
 * One sign-in attempt with throttling (lib/accounts/throttle.server.ts): an address that must wait is
 * refused without the password being checked; a wrong password is counted against the address that
 * sent it; a right one from an address that is not waiting always gets in.
 */
export async function attemptSignIn(db: Db, email: string, password: string, address: string | null, now = new Date()): Promise<SignInAttempt> {
  const throttle = await checkThrottle(db, email, address, now);
  const account = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  if (throttle.locked) {
    await trace(db, "throttled", email, address, account?.id ?? null, { retryAfterSeconds: throttle.retryAfterSeconds });
    return { outcome: "locked", retryAfterSeconds: throttle.retryAfterSeconds, long: throttle.long };
  }
  const user = await authenticate(db, email, password);
  if (!user) {
    const failure = await recordFailure(db, email, address, now);
    await trace(db, "failed", email, address, account?.id ?? null, { accountFailures: failure.accountFailures });
    // Exactly one request sees the count reach the threshold (the increment is atomic): tell the owner once.
    if (account && failure.accountFailures === ATTACK_THRESHOLD) await notifyAccountUnderAttack(db, account.id, { failures: ATTACK_THRESHOLD, address });
    return { outcome: "invalid" };
  }
  await recordSuccess(db, email, address);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  await trace(db, "succeeded", email, address, user.id);
  await pruneThrottle(db, now);
  return { outcome: "ok", user };
}
