// Issuing and ending the session cookie. Deliberately NOT a "use server" module: exported functions
// there become endpoints anyone can call, and this one would mint a session for any user id.
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import type { Db } from "@/lib/db.server";
import { authSecret, secureCookies, sessionCookieName } from "./secret.server";
import { endSessionById, openSession, SESSION_MAX_AGE_SECONDS, type SessionEndReason } from "./sessions.server";

/**
 * Opens a server-side session for the user and sets next-auth's token naming it as the cookie. The
 * token holds ids only: no name or e-mail address travels in the cookie.
 */
export async function startSession(db: Db, user: { id: string }, address: string | null): Promise<void> {
  const session = await openSession(db, user.id, address);
  const token = await encode({ token: { sub: user.id, sid: session.id }, secret: authSecret(), maxAge: SESSION_MAX_AGE_SECONDS });
  (await cookies()).set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies(),
    path: "/",
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}

/** The session id and user id the request's cookie names, if its signature holds. */
export async function cookieSession(): Promise<{ sid: string; sub: string } | null> {
  const raw = (await cookies()).get(sessionCookieName())?.value;
  if (!raw) return null;
  try {
    const token = await decode({ token: raw, secret: authSecret() });
    return typeof token?.sid === "string" && typeof token.sub === "string" ? { sid: token.sid, sub: token.sub } : null;
  } catch {
    return null; // forged, expired or signed with an old secret
  }
}

/** Ends the session on the server (a copied cookie stops working everywhere) and removes the cookie. */
export async function endSession(db: Db, reason: SessionEndReason = "signOut"): Promise<string | null> {
  const current = await cookieSession();
  if (current) await endSessionById(db, current.sid, reason);
  (await cookies()).delete(sessionCookieName());
  return current?.sub ?? null;
}
