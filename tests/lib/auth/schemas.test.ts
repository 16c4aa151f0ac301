import { describe, expect, it } from "vitest";
import { safeCallbackUrl, signInSchema } from "@/lib/auth/schemas";

describe("signInSchema", () => {
  it("normalises the email", () => {
    expect(signInSchema.parse({ email: "  Ketua@Pokja.Example ", password: "x" }).email).toBe("ketua@pokja.example");
  });

  it("names each problem by catalogue key", () => {
    const result = signInSchema.safeParse({ email: "not-an-email", password: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["email", "emailInvalid"],
      ["password", "passwordRequired"],
    ]);
    expect(signInSchema.safeParse({}).error?.issues.map((i) => i.message)).toEqual(["emailRequired", "passwordRequired"]);
  });
});

describe("safeCallbackUrl", () => {
  it("follows same-site paths only", () => {
    expect(safeCallbackUrl("/cities?region=JAWA")).toBe("/cities?region=JAWA");
    for (const evil of ["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", null, undefined]) {
      expect(safeCallbackUrl(evil)).toBe("/");
    }
  });
});
