import { describe, expect, it } from "vitest";
import { formatDateTime, formatDateTimeRange, localDayBounds, localToUtc, utcToLocalInput } from "@/lib/format/zones";

describe("Indonesian time zones", () => {
  it("converts local times to UTC and back for WIB, WITA and WIT", () => {
    expect(localToUtc("2023-02-28T09:00", "WIB").toISOString()).toBe("2023-02-28T02:00:00.000Z");
    expect(localToUtc("2023-02-28T09:00", "WITA").toISOString()).toBe("2023-02-28T01:00:00.000Z");
    expect(localToUtc("2023-02-28T09:00", "WIT").toISOString()).toBe("2023-02-28T00:00:00.000Z");
    expect(utcToLocalInput(new Date("2023-02-28T02:00:00Z"), "WIB")).toBe("2023-02-28T09:00");
  });

  it("gives a forum's local days as UTC bounds", () => {
    const { from, until } = localDayBounds(new Date("2023-02-28T00:00:00Z"), new Date("2023-02-28T00:00:00Z"), "WIB");
    expect(from.toISOString()).toBe("2023-02-27T17:00:00.000Z");
    expect(until.toISOString()).toBe("2023-02-28T17:00:00.000Z");
  });

  it("shows the zone with the local time", () => {
    expect(formatDateTime(new Date("2023-02-28T02:00:00Z"), "en", "WIB")).toBe("28 February 2023 at 09:00 WIB");
    expect(formatDateTime(new Date("2023-02-28T02:00:00Z"), "id", "WITA")).toMatch(/^28 Februari 2023.*10[.:]00 WITA$/);
  });

  it("says a span's day once when both ends fall on it, in the zone", () => {
    const start = new Date("2023-02-28T02:00:00Z");
    expect(formatDateTimeRange(start, new Date("2023-02-28T03:30:00Z"), "en", "WIB")).toBe("28 February 2023, 09:00–10:30 WIB");
    expect(formatDateTimeRange(start, new Date("2023-02-28T03:30:00Z"), "id", "WIB")).toMatch(/^28 Februari 2023,? 09[.:]00\s?–\s?10[.:]30 WIB$/);
    // Midnight in the zone, not in UTC, decides the day.
    expect(formatDateTimeRange(start, new Date("2023-02-28T17:30:00Z"), "en", "WIB")).toMatch(/^28 February 2023 at 09:00\s–\s1 March 2023 at 00:30 WIB$/);
    expect(formatDateTimeRange(start, null, "en", "WIT")).toBe("28 February 2023 at 11:00 WIT");
  });
});
