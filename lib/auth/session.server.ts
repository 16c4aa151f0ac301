import { cache } from "react";
import { getDb } from "@/lib/db.server";
import type { Role } from "@/lib/domain/enums";
import { cookieSession } from "./session-cookie.server";
import { sessionUser } from "./sessions.server";

export type CurrentUser = { id: string; email: string; name: string; role: Role; locale: string; cityId: string | null };

/**
 * The signed-in user for this request, or null. The cookie only names a session; whether it is still
 * open, and the user's role and active flag, come from the database on every request, so signing out,
 * an admin ending the session, deactivating an account or changing a role take effect at once.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await cookieSession();
  if (!session) return null;
  const user = await sessionUser(getDb(), session.sid, session.sub);
  if (!user) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale, cityId: user.cityId };
});

/** The id of the request's session, if it names one (for ending it). */
