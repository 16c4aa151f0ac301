import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCalendarDate, parseLocalDateTime } from "@/lib/format/calendar";
import { calendarDate } from "@/lib/forms/fields";
import { agendaItemSchema } from "@/lib/agenda/schemas";
import { auditFilterSchema } from "@/lib/audit/queries.server";
import { membershipChangeSchema } from "@/lib/cities/schemas";
import { progressReportSchema, reminderSchema, scorecardSchema } from "@/lib/commitments/schemas";
import { forumFormSchema, windowFormSchema } from "@/lib/forums/schemas";

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

describe("one calendar-date parser", () => {
  it("accepts exactly the days that exist (round trip against the calendar)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const text = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
        const exists = m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
        expect(parseCalendarDate(text) !== null).toBe(exists);
        if (exists) expect(parseCalendarDate(text)).toEqual({ year: y, month: m, day: d });
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses 31 February, 29 February outside leap years and malformed text", () => {
    for (const bad of ["2027-02-31", "2027-02-29", "2100-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-1-5", "26-01-05", "2026-01-05x", "", "2026/01/05"]) {
      expect(parseCalendarDate(bad), bad).toBeNull();
    }
    expect(parseCalendarDate("2028-02-29")).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseCalendarDate("2000-02-29")).not.toBeNull();
  });

  it("checks local date-times the same way, hours and minutes included", () => {
    expect(parseLocalDateTime("2023-02-28T09:00")).toBe("2023-02-28T09:00");
    expect(parseLocalDateTime("2023-02-28T09:00:30")).toBe("2023-02-28T09:00");
    for (const bad of ["2023-02-30T09:00", "2023-02-28T24:00", "2023-02-28T09:60", "2023-02-28 09:00"]) expect(parseLocalDateTime(bad), bad).toBeNull();
  });

  it("is the rule of every schema with a date: 31 February is a clear error everywhere", () => {
    const issue = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, field: string) =>
      r.error?.issues.find((i) => i.path[0] === field)?.message;
    expect(issue(agendaItemSchema.safeParse({ title: "ULD di setiap kota", description: "Setiap kota membentuk ULD.", level: "NATIONAL", owner: "POKJA", indicators: "", milestones: "2027-02-31: Perwal ULD terbit" }), "milestones")).toBe("milestoneDateInvalid");
    expect(issue(membershipChangeSchema.safeParse({ toStatus: "MEMBER", effectiveOn: "2023-02-31", reason: "Rapat pleno" }), "effectiveOn")).toBe("dateInvalid");
    expect(issue(progressReportSchema.safeParse({ status: "PLANNED", percent: "0", summary: "Rencana sudah disusun.", reportedOn: "2026-02-30", version: "1" }), "reportedOn")).toBe("dateInvalid");
    expect(issue(scorecardSchema.safeParse({ indicator: "ULD", asOf: "2026-02-30", source: "Bagian Hukum", uldEstablished: "no", uldDecree: "" }), "asOf")).toBe("dateInvalid");
    expect(issue(reminderSchema.safeParse({ olderThan: "2026-02-29" }), "olderThan")).toBe("dateInvalid");
    expect(issue(forumFormSchema.safeParse({ title: "Forum uji coba", venue: "Malang", startsOn: "2023-02-30", endsOn: "2023-03-01" }), "startsOn")).toBe("startsOnInvalid");
    expect(issue(windowFormSchema.safeParse({ submissionOpensAt: "2023-02-30T08:00", submissionClosesAt: "2023-03-10T17:00" }), "submissionOpensAt")).toBe("dateTimeInvalid");
    // The audit log's day filter drops an impossible day rather than reading it as 3 March.
    expect(auditFilterSchema.parse({ from: "2027-02-31", to: "2027-03-01" })).toEqual({ from: undefined, to: "2027-03-01" });
    expect(calendarDate("bad").safeParse("2027-02-28").data).toBe("2027-02-28");
  });
});
