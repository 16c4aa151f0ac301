import { cache } from "react";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { getDb } from "@/lib/db.server";
import { authSecret, sessionCookieName } from "./secret.server";

export type CurrentUser = { id: string; email: string; name: string; role: string; locale: string; cityId: string | null };

/**
 * The signed-in user for this request, or null. The session token only names the user; whether
 * they are still active, and their role, come from the database on every request, so deactivating
 * an account or changing a role takes effect at once.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const raw = (await cookies()).get(sessionCookieName())?.value;
  if (!raw) return null;
  let userId: string | undefined;
  let issuedAt = 0;
  try {
    const token = await decode({ token: raw, secret: authSecret() });
    userId = token?.sub;
    issuedAt = typeof token?.iat === "number" ? token.iat : 0;
  } catch {
    return null; // forged, expired or signed with an old secret
  }
  if (!userId) return null;
  const user = await getDb().user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, locale: true, active: true, cityId: true, passwordChangedAt: true },
  });
  if (!user?.active) return null;
  // A password change or reset ends every session issued before it.
  if (issuedAt < Math.floor(user.passwordChangedAt.getTime() / 1000)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale, cityId: user.cityId };
});
