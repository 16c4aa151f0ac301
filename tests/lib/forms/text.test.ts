import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText, containsForbiddenCharacters, hasVisibleText } from "@/lib/forms/text";
import { text } from "@/lib/forms/fields";
import { draftSchema } from "@/lib/proposals/schemas";

/** Text an Indonesian official legitimately types: letters with diacritics, punctuation, emoji sequences. */
const LEGIT = [
  "Kota", "Bandung", "ULD", "Disnaker", "—", "–", "·", "“kutipan”", "Rp 1.500.000", "50%", "é", "ñ", "ü", "Ö", "ş", "İ",
  "🙂", "👍🏽", "👩‍💻", "👨‍👩‍👧‍👦", "❤️‍🔥", "🏳️‍🌈", "🇮🇩", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "♿", "🧑‍🦽", "🧏‍♀️", "1.", "(a)", "&", "<b>", "'",
];
const legitText = fc.array(fc.oneof(fc.constantFrom(...LEGIT), fc.constantFrom(" ", "\n", ", ", ". ")), { minLength: 1, maxLength: 30 })
  .map((parts) => parts.join("").trim())
  .filter((s) => s.length > 0 && !/\n\n\n/.test(s));
const FORBIDDEN = ["\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u202e", "\u202d", "\u2066", "\u2069", "\u200e", "\u200f", "\u200b", "\u2060", "\ufeff", "\u00ad", "\u180e"];

describe("text as it is stored", () => {
  it("keeps legitimate Indonesian text and emoji sequences byte-exact", () => {
    fc.assert(fc.property(legitText, (s) => { expect(cleanText(s)).toBe(s); }), { numRuns: 500 });
  });

  it("removes control, bidirectional and zero-width characters wherever they are put", () => {
    fc.assert(
      fc.property(legitText, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...FORBIDDEN)), { minLength: 1, maxLength: 5 }), (s, inserts) => {
        let dirty = s;
        for (const [at, ch] of inserts) {
          const i = at % (dirty.length + 1);
          dirty = dirty.slice(0, i) + ch + dirty.slice(i);
        }
        const clean = cleanText(dirty);
        expect(containsForbiddenCharacters(clean)).toBe(false);
        // Only what was inserted is gone (a stray joiner may also come out next to an emoji).
        expect(clean.replace(/\u200d/g, "")).toBe(s.replace(/\u200d/g, ""));
      }),
      { numRuns: 500 },
    );
  });

  it("treats text that shows nothing as empty, so a required field is required", () => {
    for (const blank of ["\u200b\u200b\u200b", "\u3164\u3164", "\u2800", "\u202e", " \u00a0\u2003 ", "\u0301", "\u200d"]) {
      expect(cleanText(blank), JSON.stringify(blank)).toBe("");
      expect(hasVisibleText(blank)).toBe(false);
    }
    expect(draftSchema.safeParse({ title: "\u200b\u200b\u200b\u200b" }).error?.issues[0].message).toBe("titleRequired");
  });

  it("stores a right-to-left override title the way it reads", () => {
    expect(draftSchema.parse({ title: "Laporan \u202eFDP.exe" }).title).toBe("Laporan FDP.exe");
  });

  it("counts a line end as one character, as the counter in the browser does", () => {
    const schema = text({ max: 5, tooLong: "tooLong" });
    expect(schema.safeParse("ab\r\ncd").data).toBe("ab\ncd");
    expect(schema.safeParse("ab\r\ncde").error?.issues[0].message).toBe("tooLong");
  });

  it("turns line breaks into spaces in one-line fields", () => {
    expect(text({ max: 50, tooLong: "x", multiline: false }).parse("Dinas\nTenaga\tKerja")).toBe("Dinas Tenaga Kerja");
  });
});
