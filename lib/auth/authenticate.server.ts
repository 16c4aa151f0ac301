import type { Db } from "@/lib/db.server";
import { checkThrottle, pruneThrottle, recordFailure, recordSuccess } from "@/lib/accounts/throttle.server";
import { decoyPasswordHash, verifyPassword } from "./password.server";

export type AuthenticatedUser = { id: string; email: string; name: string; role: string };

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

export type SignInAttempt =
  | { outcome: "ok"; user: AuthenticatedUser }
  | { outcome: "invalid" }
  | { outcome: "locked"; retryAfterSeconds: number; long: boolean };

/**
 * One sign-in attempt with throttling (lib/accounts/throttle.server.ts): refused unchecked while
 * locked, counted when wrong, and recorded on the account when right.
 */
export async function attemptSignIn(db: Db, email: string, password: string, address: string | null, now = new Date()): Promise<SignInAttempt> {
  const throttle = await checkThrottle(db, email, address, now);
  if (throttle.locked) return { outcome: "locked", retryAfterSeconds: throttle.retryAfterSeconds, long: throttle.long };
  const user = await authenticate(db, email, password);
  if (!user) {
    await recordFailure(db, email, address, now);
    return { outcome: "invalid" };
  }
  await recordSuccess(db, email, address);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  await pruneThrottle(db, now);
  return { outcome: "ok", user };
}
