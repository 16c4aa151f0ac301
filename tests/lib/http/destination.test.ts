import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeDestination } from "@/lib/http/destination";

const ORIGIN = "https://pokja.example.go.id";

/** Where a browser goes with a Location header holding `value`: browsers drop tabs and newlines first. */
function browserTarget(value: string): URL {
  return new URL(value.replace(/[\t\n\r]/g, ""), ORIGIN);
}

const tricky = fc.constantFrom(
  "/\t/evil.example", "/\n/evil.example", "/\r/evil.example", "/\u3000/evil.example", "//evil.example", "/\\evil.example",
  "\\\\evil.example", "/\\/evil.example", "https://evil.example/", "javascript:alert(1)", "/%2F%2Fevil.example", "/.//evil.example",
  "/..//evil.example", "/%E0%A4%A", "/a\u0000b", "/ok?next=//evil", "/\u00a0/evil", "/\ufeff/evil", "/\u2028/evil", " /", "/#//evil",
  "http:/evil.example", "/proposals/abc?saved=1", "/cities?region=JAWA", "/a b", "/ünï", "",
);

describe("one rule for every destination after sign-in and after an action", () => {
  it("keeps plain same-origin paths as they are", () => {
    for (const path of ["/", "/cities?region=JAWA", "/proposals/cmx1?saved=draft", "/agenda#item-3", "/reports?region=JAWA&forum=x"]) {
      expect(safeDestination(path)).toBe(path);
    }
  });

  it("sends everything else to the home page", () => {
    for (const evil of ["https://evil.example/", "//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example", "/\r/evil.example", "/\u3000/evil.example", "javascript:alert(1)", "/%E0%A4%A", "", null, undefined, 42, ["/"]]) {
      expect(safeDestination(evil), JSON.stringify(evil)).toBe("/");
    }
  });

  it("never leads a browser off the portal's origin, for any string at all", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), fc.webUrl(), tricky, fc.tuple(tricky, fc.string()).map(([a, b]) => a + b)), (raw) => {
        const destination = safeDestination(raw);
        expect(destination.startsWith("/")).toBe(true);
        // What the browser reads is on the portal, and nothing in the header could break it.
        expect(browserTarget(destination).origin).toBe(ORIGIN);
        expect(destination).toMatch(/^[\x21-\x7e]+$/);
        expect(destination.startsWith("//")).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });
});
