import { describe, expect, it } from "vitest";
import { progressReportSchema, scorecardSchema } from "@/lib/commitments/schemas";

const messages = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) => r.error?.issues.map((i) => `${String(i.path[0])}:${i.message}`) ?? [];

describe("no false errors", () => {
  const staff = (employed: string, total: string) => scorecardSchema.safeParse({ indicator: "GOVERNMENT_EMPLOYMENT", asOf: "2026-01-31", source: "BKPSDM", employedWithDisability: employed, totalStaff: total });

  it("reads counts with thousands dots exactly as the budget field does", () => {
    expect(staff("25", "1.250").data).toMatchObject({ employedWithDisability: 25, totalStaff: 1250 });
    expect(staff("1.250", "12.000").data).toMatchObject({ employedWithDisability: 1250, totalStaff: 12000 });
    expect(staff("25", "1,250").data).toMatchObject({ totalStaff: 1250 });
  });

  it("runs a cross-field rule only on fields valid on their own", () => {
    expect(messages(staff("25", "1.2.50"))).toEqual(["totalStaff:countInvalid"]);
    expect(messages(staff("abc", "10"))).toEqual(["employedWithDisability:countInvalid"]);
    expect(messages(staff("30", "20"))).toEqual(["employedWithDisability:employedAboveTotal"]);
    const placement = (registered: string, placed: string, periodStart = "2026-01-01") =>
      scorecardSchema.safeParse({ indicator: "JOB_PLACEMENT", asOf: "2026-06-30", source: "Disnaker", periodStart, jobSeekersRegistered: registered, jobSeekersPlaced: placed });
    expect(messages(placement("1,5", "20"))).toEqual(["jobSeekersRegistered:countInvalid"]);
    expect(messages(placement("10", "20", "2026-02-30"))).toEqual(["periodStart:dateInvalid", "jobSeekersPlaced:placedAboveRegistered"]);
    const progress = (status: string, percent: string) => progressReportSchema.safeParse({ status, percent, summary: "Perwal ULD sedang disusun.", reportedOn: "2026-01-10", version: "1" });
    expect(messages(progress("DONE", "lima puluh"))).toEqual(["percent:percentInvalid"]);
    expect(messages(progress("DONE", "50"))).toEqual(["percent:doneNeedsHundred"]);
  });

  it("gives every limit its own message: a long valid link is accepted, a too long one is told so", () => {
    const report = (links: string) => progressReportSchema.safeParse({ status: "PLANNED", percent: "0", summary: "Rencana sudah disusun.", links, reportedOn: "2026-01-10", version: "1" });
    const long = `https://jdih.bandung.go.id/${"a".repeat(1973)}`;
    expect(long.length).toBe(2000);
    expect(report(long).success).toBe(true);
    expect(messages(report(`${long}${"b".repeat(100)}`))).toEqual(["links:linkTooLong"]);
    expect(messages(report("ftp://bandung.go.id/berkas"))).toEqual(["links:linkInvalid"]);
    expect(messages(report(Array.from({ length: 11 }, (_, i) => `https://kota.example/${i}`).join("\n")))).toEqual(["links:linksTooMany"]);
    expect(messages(progressReportSchema.safeParse({ status: "PLANNED", percent: "0", summary: "x".repeat(4001), reportedOn: "2026-01-10", version: "1" }))).toEqual(["summary:summaryTooLong"]);
  });
});
