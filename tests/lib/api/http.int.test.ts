// The open-data API's HTTP behaviour on a real database: strong ETags and 304, public caching, CORS
// for GET/HEAD/OPTIONS only, and the per-address rate limit kept in the database (so every instance
// counts the same requests) with 429, Retry-After and the RateLimit headers.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { nextHeadersMock, nextIntlServerMock } from "../../support/request";

vi.mock("next/headers", () => nextHeadersMock());
vi.mock("next-intl/server", () => nextIntlServerMock());

import { GET as cityGET, OPTIONS as cityOPTIONS } from "@/app/api/v1/cities/[slug]/route";
import { GET as citiesGET, HEAD as citiesHEAD } from "@/app/api/v1/cities/route";
import { matchesEtag } from "@/lib/api/http.server";
import { countRequest, rateKey } from "@/lib/api/rate-limit.server";
import { Problem } from "@/lib/api/schemas";
import { apiRateLimit, DEFAULT_RATE_LIMIT } from "@/lib/api/settings";
import { checkEnv } from "@/lib/config/env";
import { createTestDb, provider, type TestDb } from "../../support/db";

const request = (url: string, address: string, headers: Record<string, string> = {}, method = "GET") =>
  new Request(`http://portal.test/api/v1${url}`, { method, headers: { "x-pokja-client-address": address, ...headers } });
const metro = (address: string, headers: Record<string, string> = {}) => cityGET(request("/cities/metro", address, headers), { params: Promise.resolve({ slug: "metro" }) });

describe(`open-data API v1: HTTP (${provider})`, () => {
  let t: TestDb;

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    process.env.DATABASE_URL = t.url;
    (await import("@/lib/db.server")).resetDbForTests();
  });
  afterEach(() => {
    delete process.env.API_RATE_LIMIT;
  });
  afterAll(async () => {
    await (await import("@/lib/db.server")).getDb().$disconnect();
    await t.drop();
  });

  it("answers a strong ETag, 304 for If-None-Match, and a new ETag when the data changes", async () => {
    const first = await metro("198.51.100.1");
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=60");
    expect(first.headers.get("content-type")).toBe("application/json; charset=utf-8");
    // The same bytes, the same tag (nothing in the body depends on time or on who asks).
    expect((await metro("198.51.100.2")).headers.get("etag")).toBe(etag);
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const again = await metro("198.51.100.1", { "If-None-Match": header });
      expect(again.status, header).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("etag")).toBe(etag);
      expect(again.headers.get("cache-control")).toBe("public, max-age=60");
    }
    expect((await metro("198.51.100.1", { "If-None-Match": '"stale"' })).status).toBe(200);
    // Another language is another body, hence another tag.
    const en = await cityGET(request("/cities/metro?lang=en", "198.51.100.1"), { params: Promise.resolve({ slug: "metro" }) });
    expect(en.headers.get("etag")).not.toBe(etag);
    await t.db.city.update({ where: { slug: "metro" }, data: { province: "Lampung (diubah)" } });
    const changed = await metro("198.51.100.1", { "If-None-Match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    await t.db.city.update({ where: { slug: "metro" }, data: { province: "Lampung" } });
    expect(matchesEtag(null, etag)).toBe(false);
  });

  it("lets any origin read with GET and HEAD, answers the preflight, and offers no credentials", async () => {
    const get = await metro("198.51.100.3", { Origin: "https://data.go.id" });
    expect(get.headers.get("access-control-allow-origin")).toBe("*");
    expect(get.headers.get("access-control-allow-credentials")).toBeNull();
    expect(get.headers.get("access-control-expose-headers")).toContain("ETag");
    const preflight = cityOPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    expect(preflight.headers.get("access-control-allow-headers")).toContain("If-None-Match");
    expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
    const head = await citiesHEAD(request("/cities", "198.51.100.3", {}, "HEAD"));
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe((await citiesGET(request("/cities", "198.51.100.3"))).headers.get("etag"));
    // Problems carry CORS too, so a browser client can read why.
    const missing = await cityGET(request("/cities/atlantis", "198.51.100.3"), { params: Promise.resolve({ slug: "atlantis" }) });
    expect([missing.status, missing.headers.get("access-control-allow-origin"), missing.headers.get("cache-control")]).toEqual([404, "*", "no-store"]);
  });

  it("limits each client address per window, with 429, Retry-After and the RateLimit headers", async () => {
    process.env.API_RATE_LIMIT = "3";
    const seen = [];
    for (let i = 0; i < 3; i++) {
      const ok = await metro("203.0.113.7");
      expect(ok.status).toBe(200);
      seen.push(ok.headers.get("ratelimit"));
      expect(ok.headers.get("ratelimit-policy")).toBe('"address";q=3;w=60');
    }
    expect(seen.map((h) => h!.match(/r=(\d+)/)![1])).toEqual(["2", "1", "0"]);
    const refused = await metro("203.0.113.7", { "If-None-Match": "*" });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    const retry = Number(refused.headers.get("retry-after"));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    expect(refused.headers.get("ratelimit")).toMatch(/^"address";r=0;t=\d+$/);
    const body = Problem.parse(await refused.json());
    expect(body).toMatchObject({ code: "rate-limited", status: 429, type: "/open-data/api#problem-rate-limited" });
    // Another address is not slowed down; the counter lives in the database, shared by every instance.
    expect((await metro("203.0.113.8")).status).toBe(200);
    const row = await t.db.signInThrottle.findUniqueOrThrow({ where: { key: rateKey("203.0.113.7") } });
    expect(row.failures).toBe(4);
    // Bad parameters count too (they cost a request), and are told as 429 while the limit holds.
    expect((await cityGET(request("/cities/metro?limit=0", "203.0.113.7"), { params: Promise.resolve({ slug: "metro" }) })).status).toBe(429);
    // With the limit off, nothing is counted or refused.
    process.env.API_RATE_LIMIT = "0";
    const free = await metro("203.0.113.7");
    expect([free.status, free.headers.get("ratelimit")]).toEqual([200, null]);
  });

  it("counts atomically, and starts a new window when the old one is over", async () => {
    const now = new Date("2026-12-01T00:00:00.000Z");
    const results = await Promise.all(Array.from({ length: 10 }, () => countRequest(t.db, "203.0.113.20", 5, 60, now)));
    expect(results.filter((r) => r.allowed).length).toBe(5);
    expect((await t.db.signInThrottle.findUniqueOrThrow({ where: { key: rateKey("203.0.113.20") } })).failures).toBe(10);
    const later = await countRequest(t.db, "203.0.113.20", 5, 60, new Date(now.getTime() + 61_000));
    expect(later).toMatchObject({ allowed: true, remaining: 4 });
    const sameWindow = await countRequest(t.db, "203.0.113.20", 5, 60, new Date(now.getTime() + 90_000));
    expect(sameWindow).toMatchObject({ allowed: true, remaining: 3, resetSeconds: 31 });
  });

  it("takes its limit from API_RATE_LIMIT, checked at start-up", () => {
    expect(apiRateLimit({})).toBe(DEFAULT_RATE_LIMIT);
    expect(apiRateLimit({ API_RATE_LIMIT: "300" })).toBe(300);
    expect(apiRateLimit({ API_RATE_LIMIT: "0" })).toBe(0);
    expect(checkEnv({ API_RATE_LIMIT: "600" }).ok).toBe(true);
    const bad = checkEnv({ API_RATE_LIMIT: "banyak" });
    expect(!bad.ok && bad.message).toMatch(/^API_RATE_LIMIT \(open-data API requests per minute per address\) must be a number/);
  });
});
