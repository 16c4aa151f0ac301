// The links of a commitment to the city's own plans (issue 18, point 4): SIPD codes in the form of the
// Permendagri 90/2019 nomenclature as Kepmendagri 050-5889/2021 has it, each level extending the one
// above, a budget year in range, and URL filters that drop what they cannot read.
import { describe, expect, it } from "vitest";
import { commitmentListFilterSchema, isLinked, planLinksOf, planLinksSchema, SIPD_ACTIVITY, SIPD_PROGRAM, SIPD_SUB_ACTIVITY } from "@/lib/commitments/schemas";
import { reportFilterSchema } from "@/lib/reports/schemas";

const messages = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) => r.error?.issues.map((i) => `${String(i.path[0])}:${i.message}`) ?? [];
const links = (over: Record<string, string>) => planLinksSchema.safeParse({ version: "3", ...over });

describe("SIPD code formats", () => {
  it("accepts program X.XX.XX, kegiatan X.XX.XX.X.XX and sub-kegiatan X.XX.XX.X.XX.XXXX", () => {
    for (const code of ["2.07.02", "2.07.01", "1.02.03", "5.01.01", "8.01.02"]) expect(SIPD_PROGRAM.test(code), code).toBe(true);
    for (const code of ["2.07.02.2.01", "2.07.02.1.01", "2.07.03.2.04"]) expect(SIPD_ACTIVITY.test(code), code).toBe(true);
    for (const code of ["2.07.02.2.01.0001", "2.07.02.1.01.0001", "2.07.04.2.02.0012"]) expect(SIPD_SUB_ACTIVITY.test(code), code).toBe(true);
  });

  it("refuses wrong lengths, separators, letters, zero segments and levels other than 1 (provinsi) and 2 (kabupaten/kota)", () => {
    for (const code of ["2.7.02", "2.07.2", "2.07", "2.07.02.2", "2-07-02", "2,07,02", "02.07.02", "0.07.02", "2.00.02", "2.07.00", "A.07.02", "2.07.02 ", " 2.07.02.", "2.07.02.2.01"]) {
      expect(SIPD_PROGRAM.test(code), code).toBe(false);
    }
    for (const code of ["2.07.02.3.01", "2.07.02.0.01", "2.07.02.2.1", "2.07.02.2.001", "2.07.02.2.00", "2.07.02.21", "2.07.02"]) expect(SIPD_ACTIVITY.test(code), code).toBe(false);
    // Two-digit sub-kegiatan numbers are the original 90/2019 list's; SIPD has four since 050-5889/2021.
    for (const code of ["2.07.02.2.01.01", "2.07.02.2.01.001", "2.07.02.2.01.00001", "2.07.02.2.01.0000", "2.07.02.2.01"]) expect(SIPD_SUB_ACTIVITY.test(code), code).toBe(false);
  });
});

describe("plan links form", () => {
  it("takes every field optional, trims them, and stores empty ones as null", () => {
    const parsed = links({ radReference: "  Perwal 12/2024,\nLampiran I  ", budgetYear: " 2025 ", sipdProgram: " 2.07.02 ", sipdActivity: "", sipdSubActivity: "" });
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ radReference: "Perwal 12/2024, Lampiran I", budgetYear: 2025, sipdProgram: "2.07.02", version: 3 });
    expect(planLinksOf(parsed.data!)).toEqual({
      radReference: "Perwal 12/2024, Lampiran I", rpjmdReference: null, rkpdReference: null, budgetYear: 2025, sipdProgram: "2.07.02", sipdActivity: null, sipdSubActivity: null,
    });
    const empty = links({});
    expect(empty.success).toBe(true);
    expect(isLinked(planLinksOf(empty.data!))).toBe(false);
    expect(isLinked(planLinksOf({ ...empty.data!, rkpdReference: "RKPD 2025 hlm. 40" }))).toBe(true);
  });

  it("accepts a full hierarchy, and a sub-kegiatan under its program when the kegiatan is left out", () => {
    expect(messages(links({ sipdProgram: "2.07.02", sipdActivity: "2.07.02.2.01", sipdSubActivity: "2.07.02.2.01.0001" }))).toEqual([]);
    expect(messages(links({ sipdProgram: "2.07.02", sipdSubActivity: "2.07.02.2.01.0003" }))).toEqual([]);
    expect(messages(links({ sipdActivity: "2.07.02.2.01", sipdSubActivity: "2.07.02.2.01.0003" }))).toEqual([]);
    // A lower level alone is a complete code by itself.
    expect(messages(links({ sipdSubActivity: "2.07.02.2.01.0001" }))).toEqual([]);
  });

  it("refuses a lower level that does not extend the one above, next to the lower field", () => {
    expect(messages(links({ sipdProgram: "2.07.02", sipdActivity: "2.07.03.2.01" }))).toEqual(["sipdActivity:sipdActivityOutsideProgram"]);
    // Same program, another kegiatan: the sub-kegiatan belongs to 2.07.02.2.02, not to the kegiatan given.
    expect(messages(links({ sipdActivity: "2.07.02.2.01", sipdSubActivity: "2.07.02.2.02.0001" }))).toEqual(["sipdSubActivity:sipdSubActivityOutsideActivity"]);
    expect(messages(links({ sipdProgram: "2.07.02", sipdSubActivity: "2.07.03.2.01.0001" }))).toEqual(["sipdSubActivity:sipdSubActivityOutsideProgram"]);
    expect(messages(links({ sipdProgram: "2.07.02", sipdActivity: "2.07.03.2.01", sipdSubActivity: "2.07.03.2.01.0001" }))).toEqual(["sipdActivity:sipdActivityOutsideProgram"]);
  });

  it("says a malformed code is malformed, not also out of its hierarchy", () => {
    expect(messages(links({ sipdProgram: "2.7.2", sipdActivity: "2.07.02.2.01" }))).toEqual(["sipdProgram:sipdProgramInvalid"]);
    expect(messages(links({ sipdProgram: "2.07.02", sipdActivity: "2.07.02.3.01" }))).toEqual(["sipdActivity:sipdActivityInvalid"]);
    expect(messages(links({ sipdActivity: "2.07.02.2.01", sipdSubActivity: "2.07.02.2.01.01" }))).toEqual(["sipdSubActivity:sipdSubActivityInvalid"]);
    expect(messages(links({ sipdProgram: "x".repeat(500) }))).toEqual(["sipdProgram:sipdProgramInvalid"]);
  });

  it("takes a budget year of four digits from 2020 to 2045", () => {
    expect(links({ budgetYear: "2020" }).data?.budgetYear).toBe(2020);
    expect(links({ budgetYear: "2045" }).data?.budgetYear).toBe(2045);
    for (const bad of ["25", "2.025", "2025.5", "dua ribu", "20255", "-2025"]) expect(messages(links({ budgetYear: bad })), bad).toEqual(["budgetYear:budgetYearInvalid"]);
    for (const bad of ["2019", "2046", "1999"]) expect(messages(links({ budgetYear: bad })), bad).toEqual(["budgetYear:budgetYearRange"]);
  });

  it("limits references to 300 characters and needs the version", () => {
    expect(messages(links({ rpjmdReference: "a".repeat(300) }))).toEqual([]);
    expect(messages(links({ rpjmdReference: "a".repeat(301) }))).toEqual(["rpjmdReference:planReferenceTooLong"]);
    expect(planLinksSchema.safeParse({}).success).toBe(false);
  });
});

describe("filters in a URL", () => {
  it("reads linked / not linked and a budget year, and drops anything else", () => {
    expect(commitmentListFilterSchema.parse({ plans: "linked", budgetYear: "2025" })).toEqual({ plans: "linked", budgetYear: 2025 });
    expect(commitmentListFilterSchema.parse({ plans: "unlinked" })).toEqual({ plans: "unlinked" });
    for (const raw of [{ plans: "maybe", budgetYear: "2019" }, { plans: ["linked"], budgetYear: "20x5" }, { budgetYear: "2.025" }]) {
      const parsed = commitmentListFilterSchema.parse(raw);
      expect([parsed.plans, parsed.budgetYear], JSON.stringify(raw)).toEqual([undefined, undefined]);
    }
    expect(reportFilterSchema.parse({ budgetYear: "2026", verified: "1" })).toMatchObject({ budgetYear: 2026, verified: true });
    expect(reportFilterSchema.parse({ budgetYear: "2046" }).budgetYear).toBeUndefined();
  });
});
