import { describe, expect, it } from "vitest";
import { fingerprint, rankSimilar, stem } from "@/lib/proposals/similarity";

const corpus = [
  "Membentuk Unit Layanan Disabilitas bidang ketenagakerjaan di Dinas Tenaga Kerja",
  "Pendataan pencari kerja penyandang disabilitas secara terpadu dan berkala",
  "Pelatihan keterampilan digital bagi pemuda penyandang disabilitas",
  "Kampanye kesadaran pemberi kerja tentang kuota satu persen pekerja disabilitas",
  "Halte dan trotoar yang aksesibel menuju kawasan industri",
  "Bantuan modal usaha bagi wirausaha penyandang disabilitas",
  "Penyusunan Peraturan Wali Kota tentang ketenagakerjaan inklusif",
].map((text, id) => ({ id, text, fingerprint: fingerprint(text) }));

describe("Indonesian similarity", () => {
  it("stems affixed forms of the same word alike", () => {
    expect(new Set(["pelatihan", "melatih", "dilatih"].map(stem))).toEqual(new Set(["latih"]));
    expect(new Set(["pembangunan", "membangun"].map(stem))).toEqual(new Set(["bangun"]));
    expect(new Set(["penyusunan", "menyusun"].map(stem))).toEqual(new Set(["susun"]));
    expect(stem("disabilitas")).toBe("disabilitas");
  });

  it.each([
    ["Pembentukan ULD Ketenagakerjaan (unit layanan disabilitas) di Disnaker kota", 0],
    ["Melatih keterampilan digital untuk pemuda disabilitas", 2],
    ["Data terpadu para pencari kerja dengan disabilitas", 1],
    ["Sosialisasi kewajiban kuota 1% pekerja disabilitas kepada perusahaan", 3],
    ["Modal usaha untuk wirausahawan disabilitas", 5],
  ])("ranks the near-duplicate first for: %s", (query, expected) => {
    const ranked = rankSimilar(query, corpus);
    expect(ranked[0]?.item.id).toBe(expected);
  });

  it("finds nothing for an unrelated text, and ignores case, accents and punctuation", () => {
    expect(rankSimilar("Festival kuliner malam minggu", corpus)).toEqual([]);
    expect(fingerprint("PELATIHAN, Kéterampilan!")).toBe(fingerprint("pelatihan keterampilan"));
  });

  it("returns at most five results", () => {
    expect(rankSimilar("disabilitas kerja pekerja penyandang", corpus, 5, 0).length).toBe(5);
  });
});
