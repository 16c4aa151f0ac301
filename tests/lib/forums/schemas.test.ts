import { describe, expect, it } from "vitest";
import { forumFormSchema, participantFormSchema, participationFormSchema, windowFormSchema } from "@/lib/forums/schemas";

const valid = { title: "Forum Konsolidasi", venue: "Balai Kota", startsOn: "2026-03-02", endsOn: "2026-03-04", objectives: "Satu\r\n\r\nDua " };

describe("forumFormSchema", () => {
  it("accepts a forum and splits objectives by line", () => {
    expect(forumFormSchema.parse(valid)).toMatchObject({ slug: "forum-konsolidasi-2026", objectives: ["Satu", "Dua"] });
  });

  it("says nothing of who attended: that is the participation form's", () => {
    expect(forumFormSchema.parse({ ...valid, attendingCityIds: ["c1"] })).not.toHaveProperty("attendingCityIds");
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

describe("participationFormSchema", () => {
  it("reads each city's status and note from its own fields, not involved as null, other fields ignored", () => {
    expect(participationFormSchema.parse({ "status-c1": "INVITED", "note-c1": " Calon\nanggota ", "status-c2": "", "note-c2": "", "$ACTION_ID": "x", other: "y" })).toEqual([
      { cityId: "c1", status: "INVITED", note: "Calon anggota" },
      { cityId: "c2", status: null, note: null },
    ]);
  });

  it("says each refusal at its city's field: an unknown status, a long note, a note without a status", () => {
    const r = participationFormSchema.safeParse({ "status-c1": "MAYBE", "status-c2": "ABSENT", "note-c2": "x".repeat(501), "status-c3": "", "note-c3": "Catatan" });
    expect(r.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["status-c1", "statusInvalid"], ["note-c2", "noteTooLong"], ["note-c3", "noteWithoutStatus"]]);
  });
});

describe("participantFormSchema", () => {
  it("accepts a person with or without a city", () => {
    expect(participantFormSchema.parse({ name: "Wahdi Siradjuddin", jobTitle: "Wali Kota Metro", office: "Pemerintah Kota Metro", cityId: "", status: "ATTENDED" }))
      .toEqual({ name: "Wahdi Siradjuddin", jobTitle: "Wali Kota Metro", office: "Pemerintah Kota Metro", status: "ATTENDED" });
  });

  it("refuses a missing name, position or office and a status that is not one of the three", () => {
    const r = participantFormSchema.safeParse({ name: " ", jobTitle: "", office: "x".repeat(201), status: "PRESENT" });
    expect(r.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["name", "nameRequired"], ["jobTitle", "jobTitleRequired"], ["office", "officeTooLong"], ["status", "statusRequired"]]);
  });
});
