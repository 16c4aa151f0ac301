import { describe, expect, it } from "vitest";
import { excerpt, fts5Match, highlight, indexTerms, queryGroups, tsQuery } from "@/lib/search/text";

const marked = (text: string, q: string) => highlight(text, queryGroups(q)).filter((p) => p.match).map((p) => p.text);

describe("search terms", () => {
  it("stores each stem and each neighbouring pair joined, so a compound meets its parts", () => {
    expect(indexTerms("Tenaga kerja terlatih")).toBe("tenaga kerja latih tenagakerja kerjalatih");
    expect(queryGroups("ketenagakerjaan")).toEqual([["tenagakerja"]]);
    expect(queryGroups("tenaga kerja")).toEqual([["tenaga", "tenagakerja"], ["kerja", "tenagakerja"]]);
  });

  it("drops stop-words and everything but letters and digits from a query, so no engine syntax gets through", () => {
    expect(queryGroups("yang dan di")).toEqual([]);
    expect(queryGroups('pelatihan" OR * NEAR( -')).toEqual([["latih", "latihor"], ["or", "latihor", "ornear"], ["near", "ornear"]]);
    expect(fts5Match(queryGroups("tenaga kerja"))).toBe('("tenaga" OR "tenagakerja") AND ("kerja" OR "tenagakerja")');
    expect(tsQuery(queryGroups("tenaga kerja"))).toBe("(tenaga | tenagakerja) & (kerja | tenagakerja)");
  });

  it("asks for at most eight words", () => {
    expect(queryGroups("satu dua tiga empat lima enam tujuh delapan sembilan sepuluh")).toHaveLength(8);
  });
});

describe("highlighting", () => {
  it("marks every form of a searched word, as written", () => {
    expect(marked("Pelatihan bagi petugas yang dilatih dan melatih", "latih")).toEqual(["Pelatihan", "dilatih", "melatih"]);
  });

  it("marks both parts of a compound found by the compound, and the compound found by its parts", () => {
    expect(marked("Data tenaga kerja disabilitas", "ketenagakerjaan")).toEqual(["tenaga", "kerja"]);
    expect(marked("ULD Ketenagakerjaan Kota", "tenaga kerja")).toEqual(["Ketenagakerjaan"]);
  });

  it("keeps the text whole around the marks", () => {
    const pieces = highlight("Magang, lalu bekerja.", queryGroups("magang"));
    expect(pieces.map((p) => p.text).join("")).toBe("Magang, lalu bekerja.");
    expect(pieces[0]).toEqual({ text: "Magang", match: true });
  });

  it("cuts a long text around its first match", () => {
    const long = `${"awal ".repeat(50)}inti magang di sini ${"akhir ".repeat(50)}`.trim();
    const cut = excerpt(long, queryGroups("magang"), 20);
    expect(cut).toMatch(/^… .*magang.* …$/);
    expect(cut.split(" ").filter((w) => w !== "…")).toHaveLength(20);
    expect(excerpt("Pendek saja.", queryGroups("magang"))).toBe("Pendek saja.");
  });
});
