// Issuing and ending the session cookie. Deliberately NOT a "use server" module: exported functions
// there become endpoints anyone can call, and this one would mint a session for any user id.
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { SESSION_MAX_AGE_SECONDS } from "./options.server";
import { authSecret, secureCookies, sessionCookieName } from "./secret.server";

/** Issues next-auth's session token for the user as the session cookie. */
export async function startSession(user: { id: string; name: string; email: string }): Promise<void> {
  const token = await encode({
    token: { sub: user.id, name: user.name, email: user.email },
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  (await cookies()).set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies(),
    path: "/",
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}

export async function endSession(): Promise<void> {
  (await cookies()).delete(sessionCookieName());
}
