// Without JavaScript every move is a page load: the proxy puts the language in each address.
import { expect, test } from "@playwright/test";
import { setLocaleCookie } from "./support/fixtures";

test("without JavaScript an English reader's addresses carry ?lang=en, page after page", async ({ page, context, baseURL }) => {
  await setLocaleCookie(context, baseURL!, "en");
  await page.goto("/");
  await expect(page).toHaveURL(/\/\?lang=en$/);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Cities" }).click();
  await expect(page).toHaveURL(/\/cities\?lang=en$/);
  await page.getByRole("group", { name: "Change language" }).getByRole("button", { name: "Bahasa Indonesia" }).click();
  await expect(page).toHaveURL(/\/cities$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
});
