// The open-data API through the portal's real server: its documentation page passes axe in both
// languages, the OpenAPI document and the data are served as JSON with their caching and CORS
// headers (nothing on the way turns them into HTML or strips them). Reads only: safe to repeat.
import { expect, test } from "@playwright/test";
import { expectAccessible, LOCALES, setLocaleCookie } from "./support/fixtures";

const TITLES = { id: "API Data Terbuka", en: "Open Data API" } as const;

for (const locale of LOCALES) {
  test(`the API documentation page passes axe (${locale})`, async ({ page, context, baseURL }) => {
    await setLocaleCookie(context, baseURL!, locale);
    const response = await page.goto("/open-data/api");
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLES[locale]);
    await expect(page.getByRole("heading", { level: 3, name: "GET /api/v1/agenda-items", exact: true })).toBeVisible();
    await expectAccessible(page);
    // Reached from every page's footer.
    await page.goto("/");
    await expect(page.getByRole("contentinfo").getByRole("link", { name: locale === "id" ? "API data terbuka" : "Open data API" })).toHaveAttribute("href", "/open-data/api");
  });
}

test("serves the OpenAPI document and the data as JSON, with ETag, caching and CORS", async ({ request }) => {
  const doc = await request.get("/api/v1/openapi.json?lang=en");
  expect(doc.status()).toBe(200);
  expect(doc.headers()["content-type"]).toContain("application/json");
  expect(doc.headers()["access-control-allow-origin"]).toBe("*");
  const body = await doc.json();
  expect(body.openapi).toMatch(/^3\.1\./);
  expect(Object.keys(body.paths)).toContain("/agenda-items");

  const cities = await request.get("/api/v1/cities?limit=2");
  expect(cities.status()).toBe(200);
  const headers = cities.headers();
  expect(headers["cache-control"]).toBe("public, max-age=60");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers.ratelimit).toMatch(/^"address";r=\d+;t=\d+$/);
  const list = await cities.json();
  expect(list.data).toHaveLength(2);
  expect(list.links.next).toMatch(/^\/api\/v1\/cities\?/);
  const again = await request.get("/api/v1/cities?limit=2", { headers: { "If-None-Match": headers.etag } });
  expect(again.status()).toBe(304);

  const preflight = await request.fetch("/api/v1/cities", { method: "OPTIONS", headers: { Origin: "https://data.go.id", "Access-Control-Request-Method": "GET" } });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS");

  const missing = await request.get("/api/v1/forums/tidak-ada?lang=en");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-type"]).toContain("application/problem+json");
  expect(await missing.json()).toMatchObject({ code: "not-found", title: "Not found" });

  // An address that does not decode is refused by the portal's server before Next.js: as problem+json here.
  const malformed = await request.get("/api/v1/cities/%E0%A4%A?lang=en");
  expect(malformed.status()).toBe(400);
  expect(malformed.headers()["content-type"]).toContain("application/problem+json");
  expect(await malformed.json()).toMatchObject({ code: "invalid-parameter", status: 400, title: "Invalid parameter" });
});
