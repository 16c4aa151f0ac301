import { headers } from "next/headers";

/**
 * The client's address, when it can be trusted: only behind a reverse proxy that sets
 * X-Forwarded-For (TRUST_PROXY=1). Served directly, a client can send any X-Forwarded-For it likes,
 * so no address is claimed at all (null).
 */
export async function clientAddress(): Promise<string | null> {
  if (process.env.TRUST_PROXY !== "1") return null;
  const forwarded = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded ? forwarded.slice(0, 64) : null;
}

/** The portal's public address for links in messages: NEXTAUTH_URL, else the request's host. */
export async function publicOrigin(): Promise<string> {
  if (process.env.NEXTAUTH_URL) return process.env.NEXTAUTH_URL.replace(/\/+$/, "");
  const h = await headers();
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${h.get("host") ?? "localhost:3000"}`;
}
