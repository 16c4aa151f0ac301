// The maps' data from the database: every city's place in one query, on the report and agenda pages.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agendaItemSchema } from "@/lib/agenda/schemas";
import { publishedItemPage } from "@/lib/agenda/public.server";
import { cityCoordinates } from "@/lib/cities/queries.server";
import { implementationMap } from "@/lib/map/categories";
import { MAP_HEIGHT, MAP_WIDTH, projectPoint } from "@/lib/map/indonesia.server";
import { boardReportPage } from "@/lib/reports/queries.server";
import { reportFilterSchema } from "@/lib/reports/schemas";
import { actorFor } from "../../support/actors";
import { publishedItem } from "../../support/agenda";
import { createTestDb, provider, type TestDb } from "../../support/db";

const BOARD = { id: "board-reader", role: "BOARD" as const, cityId: null };

describe(`map data (${provider})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    process.env.DATABASE_URL = t.url; // the page queries read through the app's own client
    (await import("@/lib/db.server")).resetDbForTests();
  });
  afterAll(() => t.drop());

  it("reads every seeded city with its place, each inside the map", async () => {
    const places = await cityCoordinates(t.db);
    expect(places).toHaveLength(36);
    expect(places.filter((p) => p.membershipStatus === "MEMBER")).toHaveLength(28);
    for (const p of places) {
      const { x, y } = projectPoint(p.longitude!, p.latitude!);
      expect(x > 0 && x < MAP_WIDTH && y > 0 && y < MAP_HEIGHT, p.slug).toBe(true);
    }
  });

  it("gives the board's map every member city in the region filter, bucketed by share done", async () => {
    const page = (await boardReportPage(BOARD, reportFilterSchema.parse({}), "id"))!;
    const rows = implementationMap(page.report.participation, page.report.implementation.byCity, page.places);
    expect(rows.length).toBeGreaterThanOrEqual(28);
    expect(rows.every((r) => r.latitude !== null)).toBe(true);
    const sulawesi = (await boardReportPage(BOARD, reportFilterSchema.parse({ region: "SULAWESI" }), "id"))!;
    expect(implementationMap(sulawesi.report.participation, sulawesi.report.implementation.byCity, sulawesi.places).map((r) => r.slug)).toEqual(["makassar"]);
    expect(await boardReportPage({ ...BOARD, role: "DELEGATE" as const }, reportFilterSchema.parse({}), "id")).toBeNull();
  });

  it("gives an agenda item's page every city's place beside its backing cities", async () => {
    const chair = await actorFor(t.db, "ketua@pokja.example");
    const input = agendaItemSchema.parse({ title: "Peta kota pendukung", description: "Butir untuk peta.", level: "EVERY_CITY", owner: "EACH_CITY", indicators: "", milestones: "" });
    const item = await publishedItem(t.db, chair, input, "ternate");
    const page = (await publishedItemPage(item.id))!;
    expect(page.places).toHaveLength(36);
    expect(page.item.sources.map((s) => s.proposal.city.slug)).toEqual(["ternate"]);
  });
});
