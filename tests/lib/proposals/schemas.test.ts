import { describe, expect, it } from "vitest";
import { compareSnapshots, diffWords } from "@/lib/proposals/diff";
import { parseWholeNumber } from "@/lib/format/numbers";
import { draftSchema, submitSchema } from "@/lib/proposals/schemas";

const parseRupiah = (raw: unknown) => parseWholeNumber(raw, { money: true });

const complete = {
  title: "ULD Ketenagakerjaan", forumId: "f1", themeId: "t1", scope: "CITY_ACTION_PLAN",
  problem: "Pencari kerja disabilitas belum terlayani", action: "Membentuk ULD di Disnaker kota", targetGroups: ["PHYSICAL", "SENSORY"],
  timeframe: "SHORT", leadAgency: "Disnaker", indicators: "ULD berdiri 2027", budgetIdr: "150.000.000",
};

describe("proposal schemas", () => {
  it("let a draft be incomplete but never nameless", () => {
    expect(draftSchema.safeParse({ title: "Judul" }).success).toBe(true);
    expect(draftSchema.safeParse({ title: "  " }).error?.issues[0].message).toBe("titleRequired");
  });

  it("list every missing field when submitting", () => {
    const messages = submitSchema.safeParse({ title: "Judul saja" }).error?.issues.map((i) => i.message);
    expect(messages).toEqual([
      "forumRequired", "themeRequired", "scopeRequired", "problemRequired", "actionRequired",
      "targetGroupsRequired", "timeframeRequired", "leadAgencyRequired", "indicatorsRequired",
    ]);
    expect(submitSchema.parse(complete).budgetIdr).toBe(150_000_000n);
  });

  it("refuse over-long fields and unknown choices", () => {
    const issues = draftSchema.safeParse({ title: "x".repeat(201), problem: "y".repeat(4001), scope: "GALAXY", targetGroups: "PHYSICAL,ALIEN" }).error?.issues.map((i) => i.message);
    expect(issues).toEqual(["titleTooLong", "scopeUnknown", "problemTooLong", "targetGroupUnknown"]);
  });

  it("read rupiah the way Indonesians write it, and refuse the rest", () => {
    expect(parseRupiah("Rp 1.500.000")).toBe(1_500_000n);
    expect(parseRupiah("2500000")).toBe(2_500_000n);
    expect(parseRupiah("1 000 000")).toBe(1_000_000n);
    expect(parseRupiah("")).toBeUndefined();
    for (const bad of ["-5000", "1,5 juta", "12.5", "abc", "1.50.000", "9".repeat(16)]) expect(parseRupiah(bad), bad).toBe("invalid");
    expect(draftSchema.safeParse({ title: "Judul", budgetIdr: "-1" }).error?.issues[0].message).toBe("budgetInvalid");
  });

  it("keep HTML, emoji and every Indonesian character exactly as typed", () => {
    const text = `<script>alert("x")</script> Ibu Ñyoman's café 🙂 — "tanda kutip" & ‘petik’`;
    expect(draftSchema.parse({ title: text }).title).toBe(text);
  });
});

describe("version diff", () => {
  it("marks removed and added words", () => {
    expect(diffWords("ULD di Disnaker", "ULD inklusif di Disnaker")).toEqual([
      { kind: "same", text: "ULD " },
      { kind: "added", text: "inklusif " },
      { kind: "same", text: "di Disnaker" },
    ]);
  });

  it("lists only the fields that changed", () => {
    const diffs = compareSnapshots({ title: "A", problem: "sama", targetGroups: ["PHYSICAL"] }, { title: "B", problem: "sama", targetGroups: ["PHYSICAL", "SENSORY"] });
    expect(diffs.map((d) => d.field)).toEqual(["title", "targetGroups"]);
  });
});
