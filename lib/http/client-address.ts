// Who is on the other end of a request. The portal's own server (scripts/lib/server.ts) decides it
// once per request and passes it on in CLIENT_ADDRESS_HEADER, overwriting anything a client sent:
// the socket's address, or — behind TRUST_PROXY=N reverse proxies — the address N hops from the
// right of X-Forwarded-For, the entry the nearest trusted proxy wrote (the left-most is the client's
// own claim and can be anything).

export const CLIENT_ADDRESS_HEADER = "x-pokja-client-address";

/** TRUST_PROXY as a number of proxy hops: unset or "0" means none. */
export function trustedProxyHops(raw: string | undefined): number {
  const n = Number.parseInt(raw ?? "0", 10);
  return Number.isInteger(n) && n > 0 && n <= 10 ? n : 0;
}

const ADDRESS = /^[0-9A-Fa-f:.]{2,45}$/;

/** "::ffff:10.0.0.7" → "10.0.0.7"; anything that is not an IP address → null. */
export function normaliseAddress(raw: string | undefined | null): string | null {
  const value = (raw ?? "").trim().replace(/^\[|\]$/g, "").replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");
  return ADDRESS.test(value) ? value.toLowerCase() : null;
}

/**
 * The client's address: with `hops` trusted proxies in front, the entry `hops` from the right of
 * X-Forwarded-For (each proxy appends the address it saw); without, the socket's. A header with
 * fewer entries than proxies means the request skipped a proxy: the socket's address is used.
 */
export function clientAddressOf(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, hops: number): string | null {
  if (hops > 0 && forwardedFor) {
    const entries = [forwardedFor].flat().join(",").split(",").map((e) => e.trim()).filter(Boolean);
    if (entries.length >= hops) return normaliseAddress(entries[entries.length - hops]);
  }
  return normaliseAddress(socketAddress);
}
