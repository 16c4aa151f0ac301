import { describe, expect, it } from "vitest";
import { signInSchema } from "@/lib/auth/schemas";

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
