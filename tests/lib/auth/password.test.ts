import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password.server";

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("Jalan-Inklusif-99");
    expect(hash).toMatch(/^scrypt\$15\$8\$1\$/);
    expect(hash).not.toContain("Jalan-Inklusif-99");
    expect(await verifyPassword("Jalan-Inklusif-99", hash)).toBe(true);
    expect(await verifyPassword("jalan-inklusif-99", hash)).toBe(false);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("same password")).not.toBe(await hashPassword("same password"));
  });

  it("refuses malformed stored hashes instead of throwing", async () => {
    expect(await verifyPassword("x", "")).toBe(false);
    expect(await verifyPassword("x", "bcrypt$abc")).toBe(false);
  });
});
