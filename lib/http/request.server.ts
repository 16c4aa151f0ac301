import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER, normaliseAddress } from "./client-address";

/**
 * The client's address as the portal's own server determined it (scripts/lib/server.ts: the socket's,
 * or X-Forwarded-For read from the right behind TRUST_PROXY=N proxies). The server overwrites the
 * header on every request, so a client cannot choose it. Null outside that server (e.g. tests).
 */
export async function clientAddress(): Promise<string | null> {
  return normaliseAddress((await headers()).get(CLIENT_ADDRESS_HEADER));
}

/** The portal's public address for links in messages: NEXTAUTH_URL, else the request's host. */
export async function publicOrigin(): Promise<string> {
  if (process.env.NEXTAUTH_URL) return process.env.NEXTAUTH_URL.replace(/\/+$/, "");
  const h = await headers();
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${h.get("host") ?? "localhost:3000"}`;
}
