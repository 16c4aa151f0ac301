// A word on more records than anyone pages through: counted as "more than 1,000", pages offered up to
// 1,000 results, each page still ranked from the window of newest matches. The rows are written
// directly (as rebuildSearchIndex does), 1,100 of them, on a database of this file's own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COUNT_CAP, search } from "@/lib/search/queries.server";
import { MAX_SEARCH_PAGE, searchSchema, SEARCH_PAGE_SIZE } from "@/lib/search/schemas";
import { indexTerms } from "@/lib/search/text";
import { createTestDb, provider, type TestDb } from "../../support/db";

describe(`search over many matches (${provider})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    const now = new Date();
    await t.db.searchDocument.createMany({
      data: Array.from({ length: 1_100 }, (_, i) => ({
        kind: "FORUM" as const, recordId: `ramai${i}`, rootKind: "FORUM", rootId: `ramai${i}`, rootRef: `forum-ramai-${i}`, title: `Forum ramai ${i}`,
        titleTerms: indexTerms(`Forum ramai ${i}`), terms: indexTerms("Pertemuan kota"), changedAt: now,
      })),
    });
  });
  afterAll(() => t.drop());

  it("counts up to the cap and says there are more, and offers at most 1,000 results in pages", async () => {
    const first = await search(searchSchema.parse({ q: "ramai" }), null, t.db);
    expect(first.counts.FORUM).toBe(COUNT_CAP + 1);
    expect(first.more).toBe(true);
    expect(first.pages).toBe(MAX_SEARCH_PAGE);
    expect(first.results).toHaveLength(SEARCH_PAGE_SIZE);
    const last = await search(searchSchema.parse({ q: "ramai", page: String(MAX_SEARCH_PAGE) }), null, t.db);
    expect(last.results).toHaveLength(SEARCH_PAGE_SIZE);
    expect(new Set([...first.results, ...last.results].map((r) => r.id)).size).toBe(2 * SEARCH_PAGE_SIZE);
    // A page beyond the last offered is read as the first.
    expect((await search(searchSchema.parse({ q: "ramai", page: String(MAX_SEARCH_PAGE + 1) }), null, t.db)).page).toBe(1);
  });

  it("counts a rare kind exactly among many matches of another", async () => {
    const r = await search(searchSchema.parse({ q: "ramai", kind: "CITY" }), null, t.db);
    expect(r.counts.CITY ?? 0).toBe(0);
    expect(r.total).toBe(0);
    expect(r.results).toEqual([]);
  });
});
