import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCount, formatDecimal, formatMoney, formatPercent, parseWholeNumber, wholeNumberInput } from "@/lib/format/numbers";
import { formatDate, formatDayOf, isoWithOffset } from "@/lib/format/zones";

describe("whole numbers as typed", () => {
  it("reads plain digits and groups of three with one separator", () => {
    expect(parseWholeNumber("1250")).toBe(1250n);
    expect(parseWholeNumber("1.250")).toBe(1250n);
    expect(parseWholeNumber("1 250")).toBe(1250n);
    expect(parseWholeNumber("1,250")).toBe(1250n);
    expect(parseWholeNumber("12.000.000")).toBe(12_000_000n);
    expect(parseWholeNumber("Rp 1.500.000", { money: true })).toBe(1_500_000n);
    expect(parseWholeNumber("IDR 1,500,000", { money: true })).toBe(1_500_000n);
    expect(parseWholeNumber("")).toBeUndefined();
    for (const bad of ["1,5", "12.5", "1.2.50", "1.250,000", "-5", "1e3", "abc", "Rp 5", "1.50.000", "9".repeat(16)]) expect(parseWholeNumber(bad), bad).toBe("invalid");
  });

  it("reads back whatever it writes, in both languages", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 999_999_999_999_999n }), fc.constantFrom("id", "en"), (n, locale) => {
        expect(parseWholeNumber(wholeNumberInput(n, locale))).toBe(n);
        expect(parseWholeNumber(formatMoney(n, locale), { money: true })).toBe(n);
      }),
      { numRuns: 300 },
    );
  });
});

describe("one formatter per kind, in the reader's language", () => {
  it("money", () => {
    expect(formatMoney(1_000_000n, "id")).toBe("Rp 1.000.000");
    expect(formatMoney(1_000_000n, "en")).toBe("IDR 1,000,000");
  });
  it("counts and decimals", () => {
    expect(formatCount(12000, "id")).toBe("12.000");
    expect(formatCount(12000, "en")).toBe("12,000");
    expect(formatDecimal(12.5, "id")).toBe("12,5");
    expect(formatDecimal(12.5, "en")).toBe("12.5");
  });
  it("percentages", () => {
    expect(formatPercent(1.5, "id")).toBe("1,5%");
    expect(formatPercent(1.5, "en")).toBe("1.5%");
    expect(formatPercent(100, "id")).toBe("100%");
  });
  it("dates: calendar days as stored, and moments in their city's zone", () => {
    const day = new Date("2023-02-28T00:00:00Z");
    expect(formatDate(day, "id")).toBe("28 Februari 2023");
    expect(formatDate(day, "en")).toBe("28 February 2023");
    // 06:30 WIB on 29 November is 23:30 UTC on the 28th; in WIT it is already 08:30 on the 29th.
    const moment = new Date("2026-11-28T23:30:00Z");
    expect(formatDayOf(moment, "WIB", "id")).toBe("29 November 2026");
    expect(formatDayOf(moment, "WIT", "en")).toBe("29 November 2026");
    expect(formatDayOf(new Date("2026-11-28T16:59:00Z"), "WIB", "id")).toBe("28 November 2026");
    expect(formatDayOf(new Date("2026-11-28T16:00:00Z"), "WITA", "id")).toBe("29 November 2026");
    expect(isoWithOffset(moment, "WIB")).toBe("2026-11-29T06:30:00+07:00");
    expect(isoWithOffset(moment, "WIT")).toBe("2026-11-29T08:30:00+09:00");
  });
});
