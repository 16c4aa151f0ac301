import { describe, expect, it } from "vitest";
import { isCommonPassword } from "@/lib/accounts/common-passwords";
import { changePasswordSchema, inviteSchema, newPasswordSchema } from "@/lib/accounts/schemas";
import { delayAfter, MAX_DELAY_MS } from "@/lib/accounts/throttle.server";

describe("new passwords", () => {
  it("need at least 10 characters and must not be a common guess", () => {
    expect(newPasswordSchema.safeParse("pendek").error?.issues[0].message).toBe("passwordTooShort");
    expect(newPasswordSchema.safeParse("").error?.issues[0].message).toBe("passwordRequired");
    for (const common of ["password123", "Password123!", "merdeka1945", "bismillah", "aaaaaaaaaaaa", "Apeksi2023"]) {
      expect(isCommonPassword(common) || newPasswordSchema.safeParse(common).success === false, common).toBe(true);
    }
    expect(newPasswordSchema.safeParse("kopi tubruk di alun-alun").success).toBe(true);
  });

  it("a change must confirm the new one and differ from the current one", () => {
    const issues = (v: object) => changePasswordSchema.safeParse(v).error?.issues.map((i) => [i.path[0], i.message]);
    expect(issues({ current: "lama-sekali-123", password: "baru-sekali-456", confirm: "baru-sekali-457" })).toEqual([["confirm", "confirmMismatch"]]);
    expect(issues({ current: "sama-persis-123", password: "sama-persis-123", confirm: "sama-persis-123" })).toEqual([["password", "passwordUnchanged"]]);
  });
});

describe("invitations", () => {
  it("bind delegates to a city and no other role", () => {
    expect(inviteSchema.safeParse({ email: "a@kota.go.id", role: "DELEGATE" }).error?.issues[0]).toMatchObject({ path: ["cityId"], message: "cityRequired" });
    expect(inviteSchema.parse({ email: "A@Kota.go.id", role: "BOARD", cityId: "c1" })).toEqual({ email: "a@kota.go.id", role: "BOARD", cityId: undefined });
    expect(inviteSchema.safeParse({ email: "a@kota.go.id", role: "OWNER" }).error?.issues[0].message).toBe("roleUnknown");
  });
});

describe("throttle schedule", () => {
  it("slows down from the third failure, doubling, and never waits more than 15 minutes", () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => delayAfter(n, 3))).toEqual([0, 0, 1000, 2000, 4000, 8000]);
    expect(delayAfter(20, 3)).toBe(15 * 60 * 1000);
    expect(delayAfter(100_000, 1)).toBe(MAX_DELAY_MS);
  });
});
