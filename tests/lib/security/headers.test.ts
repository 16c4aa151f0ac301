import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/security/headers";

describe("security headers", () => {
  it("allow scripts only from the portal or with the request's nonce, and no framing", () => {
    const csp = contentSecurityPolicy({ nonce: "abc123", dev: false });
    const script = csp.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(script).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(script).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it("send HSTS only over HTTPS, and the other headers always", () => {
    const plain = securityHeaders({ nonce: "n", dev: false, https: false });
    expect(plain["Strict-Transport-Security"]).toBeUndefined();
    expect(plain).toMatchObject({ "X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin", "X-Frame-Options": "DENY" });
    expect(plain["Permissions-Policy"]).toContain("camera=()");
    expect(securityHeaders({ nonce: "n", dev: false, https: true })["Strict-Transport-Security"]).toMatch(/^max-age=31536000/);
  });

  it("makes a different, unguessable nonce for every request", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});
