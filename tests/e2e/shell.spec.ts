import { expect, test } from "@playwright/test";
import { expectAccessible, LOCALES, setLocaleCookie } from "./support/fixtures";

const headings = { id: "Dari rekomendasi forum menjadi agenda nasional dan aksi kota", en: "From forum recommendations to a national agenda and city action" };

for (const locale of LOCALES) {
  test.describe(`app shell (${locale})`, () => {
    test.beforeEach(async ({ context, baseURL }) => setLocaleCookie(context, baseURL!, locale));

    test("home page explains the portal and passes axe", async ({ page }) => {
      await page.goto("/");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(headings[locale]);
      await expect(page.getByRole("banner")).toBeVisible();
      await expect(page.getByRole("main")).toBeVisible();
      await expect(page.getByRole("contentinfo")).toBeVisible();
      await expectAccessible(page);
    });

    test("sign-in page passes axe", async ({ page }) => {
      await page.goto("/sign-in");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(locale === "id" ? "Masuk" : "Sign in");
      await expectAccessible(page);
    });

    test("unknown pages answer 404 with a page that passes axe", async ({ page }) => {
      const response = await page.goto("/no-such-page");
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(locale === "id" ? "Halaman tidak ditemukan" : "Page not found");
      await expectAccessible(page);
    });
  });
}

test("the skip link is the first stop of the keyboard and moves to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Langsung ke konten utama" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main-content")).toBeFocused();
});

test("the language switch changes the language and remembers it", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
});

test("health check reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: "up", provider: "sqlite" });
});
