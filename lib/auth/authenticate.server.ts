import type { Db } from "@/lib/db.server";
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
