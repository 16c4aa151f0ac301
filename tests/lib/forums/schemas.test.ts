import { describe, expect, it } from "vitest";
import { forumFormSchema, windowFormSchema } from "@/lib/forums/schemas";

const valid = { title: "Forum Konsolidasi", venue: "Balai Kota", startsOn: "2026-03-02", endsOn: "2026-03-04", objectives: "Satu\r\n\r\nDua ", attendingCityIds: "c1" };

describe("forumFormSchema", () => {
  it("accepts a forum, splits objectives by line and wraps a single attending city", () => {
    expect(forumFormSchema.parse(valid)).toMatchObject({ slug: "forum-konsolidasi-2026", objectives: ["Satu", "Dua"], attendingCityIds: ["c1"] });
  });

  it("refuses a forum that ends before it starts", () => {
    const r = forumFormSchema.safeParse({ ...valid, endsOn: "2026-03-01" });
    expect(r.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["endsOn", "endBeforeStart"]]);
  });

  it("refuses impossible dates", () => {
    const r = forumFormSchema.safeParse({ ...valid, startsOn: "2026-02-30x" });
    expect(r.error?.issues.map((i) => i.message)).toContain("startsOnInvalid");
  });
});

describe("windowFormSchema", () => {
  it("accepts both times or neither", () => {
    expect(windowFormSchema.safeParse({ submissionOpensAt: "", submissionClosesAt: "" }).success).toBe(true);
    expect(windowFormSchema.safeParse({ submissionOpensAt: "2026-03-02T08:00", submissionClosesAt: "2026-03-04T17:00" }).success).toBe(true);
  });

  it("refuses one without the other, and a close before the open", () => {
    expect(windowFormSchema.safeParse({ submissionOpensAt: "2026-03-02T08:00", submissionClosesAt: "" }).error?.issues[0].message).toBe("bothOrNeither");
    expect(windowFormSchema.safeParse({ submissionOpensAt: "2026-03-04T08:00", submissionClosesAt: "2026-03-02T08:00" }).error?.issues[0].message).toBe("closeBeforeOpen");
  });
});
