import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { segmentsOf } from "@/lib/discussion/text";

describe("comment text", () => {
  it("links web addresses, leaving closing punctuation outside the link", () => {
    expect(segmentsOf("Lihat https://metrokota.go.id/uld. Terima kasih")).toEqual([
      { text: "Lihat " }, { text: "https://metrokota.go.id/uld", href: "https://metrokota.go.id/uld" }, { text: ". Terima kasih" },
    ]);
  });

  it("never links anything but http(s), and keeps every character of the text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.constantFrom("javascript:alert(1)", "data:text/html,x", "https://a.go.id/x?y=1", "http://b.id", "//evil.example"), fc.string({ maxLength: 50 }), (a, url, b) => {
      const body = `${a} ${url} ${b}`;
      const parts = segmentsOf(body);
      expect(parts.map((p) => p.text).join("")).toBe(body);
      for (const p of parts) if (p.href) expect(new URL(p.href).protocol).toMatch(/^https?:$/);
    }));
  });
});
