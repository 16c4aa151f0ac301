// next-auth (v4) configuration: JWT sessions backed by server-side session rows. The portal's own
// sign-in form (lib/auth/actions.ts) issues the same token, so the form keeps what was typed and works
// without JavaScript; the credentials provider serves API clients of /api/auth. Either way the token
// names a SignInSession that every use checks (lib/auth/sessions.server.ts); see
// docs/decisions/0004-sign-in.md.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db.server";
import { clientAddress } from "@/lib/http/request.server";
import { attemptSignIn } from "./authenticate.server";
import { signInSchema } from "./schemas";
import { authSecret, secureCookies } from "./secret.server";
import { endSessionById, openSession, SESSION_MAX_AGE_SECONDS, sessionUser } from "./sessions.server";

export { SESSION_MAX_AGE_SECONDS };

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    useSecureCookies: secureCookies(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "email",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials) {
          const parsed = signInSchema.safeParse(credentials ?? {});
          if (!parsed.success) return null;
          const attempt = await attemptSignIn(getDb(), parsed.data.email, parsed.data.password, await clientAddress());
          return attempt.outcome === "ok" ? attempt.user : null;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        // Signing in: open a server-side session; the token carries ids only.
        if (user) {
          const session = await openSession(getDb(), user.id, await clientAddress());
          return { sub: user.id, sid: session.id };
        }
        // Every later use: the session must still be open and its user active, or next-auth answers
        // an empty session and clears the cookie.
        if (typeof token.sid !== "string" || typeof token.sub !== "string" || !(await sessionUser(getDb(), token.sid, token.sub))) {
          throw new Error("session ended");
        }
        return { sub: token.sub, sid: token.sid };
      },
      async session({ session, token }) {
        const user = typeof token.sid === "string" && typeof token.sub === "string" ? await sessionUser(getDb(), token.sid, token.sub) : null;
        return { expires: session.expires, user: user ? { id: user.id, name: user.name, email: user.email } : undefined } as typeof session;
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await endSessionById(getDb(), token.sid, "signOut");
      },
    },
  };
}
