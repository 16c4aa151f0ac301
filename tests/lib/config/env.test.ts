import { describe, expect, it } from "vitest";
import { checkEnv } from "@/lib/config/env";

describe("start-up settings", () => {
  it("accepts a local install with nothing set, and a full production set", () => {
    expect(checkEnv({}).ok).toBe(true);
    expect(checkEnv({
      PORT: "8080", DATABASE_URL: "postgresql://pokja:rahasia@db.internal:5432/pokja", DATABASE_POOL_SIZE: "20",
      NEXTAUTH_SECRET: "x".repeat(44), NEXTAUTH_URL: "https://pokja.apeksi.or.id", SMTP_URL: "smtp://u:p@mail.apeksi.or.id:587",
      SMTP_FROM: "Portal Pokja <no-reply@apeksi.or.id>", TRUST_PROXY: "1", DEMO_ACCOUNTS: "off", LOG_LEVEL: "info",
    })).toEqual({ ok: true, env: expect.objectContaining({ PORT: 8080, DATABASE_POOL_SIZE: 20 }) });
  });

  it("names the variable that is wrong, in one line, without repeating secrets", () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ PORT: "http" }, /^PORT must be a number/],
      [{ PORT: "70000" }, /^PORT must be a number/],
      [{ DATABASE_URL: "mysql://x" }, /^DATABASE_URL must start with file:/],
      [{ DATABASE_POOL_SIZE: "0" }, /^DATABASE_POOL_SIZE/],
      [{ NEXTAUTH_SECRET: "kependekan" }, /^NEXTAUTH_SECRET must be at least 32/],
      [{ NEXTAUTH_URL: "pokja.example" }, /^NEXTAUTH_URL must be/],
      [{ NEXTAUTH_URL: "https://pokja.apeksi.or.id" }, /^NEXTAUTH_SECRET is required when NEXTAUTH_URL is https/],
      [{ SMTP_URL: "http://mail" }, /^SMTP_URL must look like/],
      [{ SMTP_FROM: "no one" }, /^SMTP_FROM must be an address/],
      [{ TRUST_PROXY: "yes" }, /^TRUST_PROXY \(the number of reverse proxies in front of the portal\) must be a number from 0 to 10/],
      [{ DEMO_ACCOUNTS: "false" }, /^DEMO_ACCOUNTS must be on or off/],
    ];
    for (const [env, message] of cases) {
      const result = checkEnv(env);
      expect(result.ok, JSON.stringify(env)).toBe(false);
      if (!result.ok) {
        expect(result.message).toMatch(message);
        expect(result.message).not.toContain("\n");
        expect(result.message).not.toContain("kependekan");
      }
    }
  });
});
