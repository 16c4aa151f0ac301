// The maps are drawn on the server: without JavaScript they are whole and their links work.
import { expect, test } from "@playwright/test";

test("without JavaScript the directory map shows every city as a link to its page", async ({ page }) => {
  await page.goto("/cities");
  const map = page.getByRole("figure", { name: /Peta kota/ });
  await expect(map.getByRole("link", { name: / — / })).toHaveCount(36);
  await map.getByRole("link", { name: /^Bandung — / }).click();
  await expect(page).toHaveURL(/\/cities\/bandung$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kota Bandung");
});

test("without JavaScript the map is sized by its viewBox, not by a script", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/cities");
  const box = await page.locator("figure svg").first().boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  expect(box!.height).toBeGreaterThan(box!.width * 0.35);
  expect(box!.height).toBeLessThan(box!.width * 0.5);
});

test("the land is one cached SVG file anyone may fetch", async ({ request }) => {
  const response = await request.get("/map/indonesia.svg");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("image/svg+xml");
  expect(response.headers()["cache-control"]).toContain("max-age=86400");
  const body = await response.text();
  expect(body.length).toBeLessThan(60_000);
  expect(body).toContain("<path");
});
