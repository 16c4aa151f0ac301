// The server-drawn maps (ADR 0016). Read-only: nothing here changes the database.
import { expect, test } from "@playwright/test";
import { expectAccessible, follow, LOCALES, setLocaleCookie, signIn } from "./support/fixtures";

const mapOf = (page: import("@playwright/test").Page, caption: RegExp) => page.getByRole("figure", { name: caption });

test("the directory map links all 36 cities by name and status, and a link leads to the city", async ({ page }) => {
  await page.goto("/cities");
  const map = mapOf(page, /Peta kota/);
  const links = map.getByRole("link", { name: / — / });
  await expect(links).toHaveCount(36);
  await expect(map.getByRole("link", { name: /^Metro — (Anggota|Diundang|Keluar)$/ })).toHaveAttribute("href", "/cities/metro");
  // Other journeys change memberships: the legend's counts are checked against the page's own.
  const legend = await map.getByRole("list", { name: "Keterangan peta" }).innerText();
  const [members, invited, left] = [/Anggota \((\d+)\)/, /Diundang \((\d+)\)/, /Keluar \((\d+)\)/].map((re) => Number(legend.match(re)![1]));
  expect(members + invited + left).toBe(36);
  await expect(page.locator("#membership-counts")).toContainText(`${members} kota anggota dan ${invited} kota diundang`);
  await follow(page, map.getByRole("link", { name: /^Ambon — / }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kota Ambon");
});

test("keyboard: the skip link passes the map, and tabbing on reaches the map's links with a visible focus", async ({ page }) => {
  await page.goto("/cities?region=MALUKU_PAPUA");
  const skip = page.getByRole("link", { name: "Lewati tautan peta, langsung ke tabel" });
  await skip.focus();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Tab");
  // Members are painted last, over the invited cities, so the invited Ternate comes before Ambon (a member).
  await expect(page.getByRole("link", { name: /^Ternate — / })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: /^Ambon — / })).toBeFocused();
  const disc = page.getByRole("link", { name: /^Ambon — / }).locator("circle");
  await expect(disc).toHaveCSS("fill", "rgb(255, 191, 71)");
  await skip.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#directory-table$/);
});

test("the map follows the directory's filters", async ({ page }) => {
  await page.goto("/cities?region=BALI_NUSA_TENGGARA");
  await expect(mapOf(page, /Peta kota/).getByRole("link", { name: / — / })).toHaveCount(2);
});

test("the board's map buckets member cities by share done, with a table of the same data", async ({ page }) => {
  await signIn(page, "dewan@pokja.example");
  await page.goto("/reports");
  const map = mapOf(page, /Kota anggota menurut bagian komitmen yang selesai/);
  expect(await map.getByRole("link", { name: / — / }).count()).toBeGreaterThanOrEqual(28);
  await expect(map.getByRole("list", { name: "Keterangan peta" })).toContainText("Semua selesai (100%)");
  const table = page.getByRole("region", { name: "Pelaksanaan per kota pada peta" });
  await expect(table.getByRole("row", { name: /^Metro/ })).toBeVisible();
});

for (const locale of LOCALES) {
  test(`the maps pass axe (${locale})`, async ({ page, context, baseURL }) => {
    await setLocaleCookie(context, baseURL!, locale);
    await page.goto("/cities");
    await expect(page.locator("figure svg a")).toHaveCount(36);
    await expectAccessible(page);
    await signIn(page, "dewan@pokja.example");
    await page.goto("/reports");
    await expect(page.locator("figure svg a").first()).toBeAttached();
    await expectAccessible(page);
  });
}
