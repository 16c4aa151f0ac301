// NEXTAUTH_SECRET signs session tokens. Production sets it; a local install gets one generated once
// into data/ (git-ignored) by scripts/lib/secret.ts, so `npm start` needs no env var.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export const LOCAL_SECRET_FILE = path.join(process.cwd(), "data", "nextauth-secret");

export function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (existsSync(LOCAL_SECRET_FILE)) return readFileSync(LOCAL_SECRET_FILE, "utf8").trim();
  throw new Error("NEXTAUTH_SECRET is not set and data/nextauth-secret does not exist: start with `npm start`");
}

/** Cookies are Secure when the portal is served over HTTPS, as next-auth itself decides. */
export const secureCookies = () => (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
export const sessionCookieName = () => `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
