import { describe, expect, it } from "vitest";
import { implementationBucket, implementationMap } from "@/lib/map/categories";
import { indonesiaPaths, indonesiaSvg, MAP_HEIGHT, MAP_WIDTH, projectPoint } from "@/lib/map/indonesia.server";
import { seedCities } from "@/lib/seed/cities";

const at = (slug: string) => {
  const c = seedCities.find((s) => s.slug === slug)!;
  return projectPoint(c.longitude, c.latitude);
};

describe("the server-drawn map of Indonesia", () => {
  it("projects every seeded city inside the viewBox, with room for its marker", () => {
    expect(seedCities).toHaveLength(36);
    for (const c of seedCities) {
      const { x, y } = projectPoint(c.longitude, c.latitude);
      expect(x, c.slug).toBeGreaterThan(10);
      expect(x, c.slug).toBeLessThan(MAP_WIDTH - 10);
      expect(y, c.slug).toBeGreaterThan(10);
      expect(y, c.slug).toBeLessThan(MAP_HEIGHT - 10);
    }
  });

  it("keeps the cities where they are: west to east and north to south", () => {
    expect(at("banda-aceh").x).toBeLessThan(at("jakarta-pusat").x);
    expect(at("makassar").x).toBeLessThan(at("ambon").x);
    expect(at("ambon").x).toBeLessThan(MAP_WIDTH);
    // Mercator: north is up, so Tarakan (3° N) is above Kupang (10° S).
    expect(at("tarakan").y).toBeLessThan(at("kupang").y);
    expect(at("banda-aceh").y).toBeLessThan(at("padang").y);
  });

  it("fits Sabang to Merauke in the frame: Jayapura lies east of Ambon and inside the map", () => {
    const jayapura = projectPoint(140.7181, -2.5916);
    expect(jayapura.x).toBeGreaterThan(at("ambon").x);
    expect(jayapura.x).toBeLessThan(MAP_WIDTH);
    const merauke = projectPoint(140.4, -8.5);
    expect(merauke.y).toBeLessThan(MAP_HEIGHT);
  });

  it("draws the land inside the same bounds as the cities, light enough for a phone", () => {
    const { indonesia, neighbours } = indonesiaPaths();
    // One decimal per coordinate: the whole outline stays under the 60 KB budget.
    expect(indonesia.length + neighbours.length).toBeLessThan(60_000);
    expect(indonesia.length).toBeGreaterThan(10_000); // 1:50m detail, not a blob
    const numbers = [...indonesia.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => m[0]);
    expect(numbers.every((n) => !/\.\d\d/.test(n))).toBe(true);
    // Memoised: the same string every time.
    expect(indonesiaPaths().indonesia).toBe(indonesia);
    // The file the maps show: both paths and little else.
    const svg = indonesiaSvg();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 1000 420"/);
    expect(svg.length - indonesia.length - neighbours.length).toBeLessThan(400);
  });
});

describe("implementation buckets", () => {
  it("compares fractions, so nearly done is never all done", () => {
    expect(implementationBucket(0, 0)).toBe("none");
    expect(implementationBucket(0, 3)).toBe("zero");
    expect(implementationBucket(1, 3)).toBe("some");
    expect(implementationBucket(1, 2)).toBe("most");
    expect(implementationBucket(199, 200)).toBe("most");
    expect(implementationBucket(4, 4)).toBe("all");
  });

  it("lists the member cities and any other city with commitments, with their places", () => {
    const rows = implementationMap(
      [{ slug: "metro", name: "Metro" }, { slug: "bandung", name: "Bandung" }],
      [{ slug: "metro", name: "Metro", done: 1, commitments: 2 }, { slug: "malang", name: "Malang", done: 0, commitments: 1 }],
      [{ slug: "metro", name: "Metro", latitude: -5.1, longitude: 105.3 }],
    );
    expect(rows.map((r) => [r.slug, r.bucket, r.latitude])).toEqual([["bandung", "none", null], ["malang", "zero", null], ["metro", "most", -5.1]]);
  });
});
