// Links keep their language (issue #19, ADR 0003 revisited): an address read in English carries
// ?lang=en, opens in English for whoever follows it, and the language switch honours it.
import { expect, test } from "@playwright/test";
import { follow, setLocaleCookie } from "./support/fixtures";

test("an English reader's address says so, also after moving between pages", async ({ page, context, baseURL }) => {
  await setLocaleCookie(context, baseURL!, "en");
  await page.goto("/agenda");
  await expect(page).toHaveURL(/\/agenda\?lang=en$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Apeksi national agenda");
  await follow(page, page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Forums" }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forums");
  await expect(page).toHaveURL(/\/forums\?lang=en$/);
});

test("a link copied in English opens in English for a reader who had chosen Indonesian, and the switch takes them back", async ({ page, context, baseURL }) => {
  await setLocaleCookie(context, baseURL!, "id");
  await page.goto("/forums?lang=en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forums");
  // The next page, reached by a link without the parameter, is in English too: the link's language is now remembered.
  await follow(page, page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Cities" }));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("group", { name: "Change language" }).getByRole("button", { name: "Bahasa Indonesia" }).click();
  await page.waitForURL((url) => url.pathname === "/cities" && !url.searchParams.has("lang"));
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Direktori kota");
});

test("a first-time visitor following an English link reads English; an Indonesian address stays clean", async ({ browser }) => {
  const visitor = await browser.newContext();
  const page = await visitor.newPage();
  await page.goto("/agenda?lang=en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Apeksi national agenda");
  await visitor.close();
  const other = await browser.newContext();
  const reader = await other.newPage();
  await reader.goto("/agenda");
  await expect(reader).toHaveURL(/\/agenda$/);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Agenda nasional Apeksi");
  // Anything but a known language is ignored.
  await reader.goto("/agenda?lang=fr");
  await expect(reader.locator("html")).toHaveAttribute("lang", "id");
  await other.close();
});
