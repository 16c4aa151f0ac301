// next-auth (v4) configuration: JWT sessions. The portal's own sign-in form (lib/auth/actions.ts)
// issues the same token, so the form keeps what was typed and works without JavaScript; the
// credentials provider serves API clients of /api/auth. See docs/decisions/0004-sign-in.md.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db.server";
import { clientAddress } from "@/lib/http/request.server";
import { attemptSignIn } from "./authenticate.server";
import { signInSchema } from "./schemas";
import { authSecret, secureCookies } from "./secret.server";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

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
        if (user) token.sub = user.id;
        return token;
      },
      async session({ session, token }) {
        // Only the id travels; role, city and the active flag are read fresh from the database.
        return { ...session, user: { ...session.user, id: token.sub } };
      },
    },
  };
}
