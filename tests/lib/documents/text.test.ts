// Line and column arithmetic of the official documents, with a monospace measure (5 points a character).
import { describe, expect, it } from "vitest";
import { planTable, wrapWords, type PlanColumn } from "@/lib/documents/text";

const mono = (size = 1) => (s: string) => [...s].length * 5 * size;

describe("wrapWords", () => {
  it("breaks at spaces only, keeping every word whole", () => {
    const lines = wrapWords("Persentase selesai per butir agenda", 60, mono());
    expect(lines).toEqual(["Persentase", "selesai per", "butir agenda"]);
    expect(lines.join(" ")).toBe("Persentase selesai per butir agenda");
  });

  it("keeps explicit line breaks and cuts only a word wider than the line, without a hyphen", () => {
    expect(wrapWords("Kota\nBandung", 200, mono())).toEqual(["Kota", "Bandung"]);
    expect(wrapWords("2.07.02.2.01.0001", 40, mono())).toEqual(["2.07.02.", "2.01.000", "1"]);
  });
});

describe("planTable", () => {
  const column = (header: string, numeric = false, cells: string[] = []): PlanColumn => ({ header, weight: numeric ? 1 : 10, numeric, cells });
  const options = { padding: 2, headerSizes: [2, 1.5, 1], measureHeader: (size: number) => mono(size), measureBody: mono(), keyColumns: 1 };

  it("makes every column at least as wide as its header's longest word, spare width to text columns", () => {
    const plan = planTable([column("Butir agenda"), column("Direncanakan", true), column("Belum dimulai", true)], { ...options, width: 400 });
    expect(plan.headerSize).toBe(2);
    expect(plan.parts).toHaveLength(1);
    const [title, planned, notStarted] = plan.parts[0].widths;
    expect(planned).toBeGreaterThanOrEqual("Direncanakan".length * 10 + 4);
    expect(notStarted).toBeGreaterThanOrEqual("dimulai".length * 10 + 4);
    expect(title + planned + notStarted).toBeCloseTo(400);
    expect(title).toBeGreaterThan(planned);
  });

  it("shrinks the header type before splitting, and splits a table still too wide, repeating the key column", () => {
    const headers = ["Kota", "Selesai", "Direncanakan", "Terverifikasi", "Komitmen"].map((h, i) => column(h, i > 0));
    expect(planTable(headers, { ...options, width: 360 }).headerSize).toBe(1.5);
    const split = planTable(headers, { ...options, width: 200 });
    expect(split.headerSize).toBe(1);
    expect(split.parts.length).toBeGreaterThan(1);
    for (const part of split.parts) {
      expect(part.columns[0]).toBe(0);
      expect(part.widths.reduce((s, w) => s + w, 0)).toBeLessThanOrEqual(200.001);
    }
    expect(new Set(split.parts.flatMap((p) => p.columns))).toEqual(new Set([0, 1, 2, 3, 4]));
  });

  it("keeps a short table narrow when asked to", () => {
    const plan = planTable([column("Kota"), column("Usulan", true)], { ...options, width: 700, preferred: 150 });
    expect(plan.parts[0].widths.reduce((s, w) => s + w, 0)).toBeCloseTo(150);
  });
});
