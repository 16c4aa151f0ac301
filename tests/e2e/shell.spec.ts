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

test("health check reports the database and its migrations", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const health = await response.json();
  expect(health).toMatchObject({ status: "ok", database: "up", provider: "sqlite", migrations: { state: "current", pending: [] } });
  expect(health.migrations.applied).toBe(health.migrations.expected);
});

test("every response carries the security headers, and the strict script policy blocks nothing the portal needs", async ({ page, request }) => {
  const violations: string[] = [];
  page.on("console", (m) => { if (/Content Security Policy|Refused to (execute|load)/i.test(m.text())) violations.push(m.text()); });
  const response = await page.goto("/");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers).toMatchObject({ "x-content-type-options": "nosniff", "referrer-policy": "strict-origin-when-cross-origin", "x-frame-options": "DENY" });
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  // Next's own inline scripts carry this response's nonce.
  const nonce = headers["content-security-policy"].match(/'nonce-([^']+)'/)![1];
  expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
  expect(await page.evaluate(() => [...document.querySelectorAll("script[nonce]")].every((s) => (s as HTMLScriptElement).nonce !== ""))).toBe(true);
  expect(nonce.length).toBeGreaterThan(10);
  // Client components work under the policy: the language switch changes the language in place.
  await page.getByRole("button", { name: /English/ }).first().click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(violations).toEqual([]);
  // A forged request id that is not a plain token is replaced, not echoed into logs or headers.
  const forged = await request.get("/api/health", { headers: { "x-request-id": "abc def<script>" } });
  expect(forged.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  const kept = await request.get("/api/health", { headers: { "x-request-id": "lb-7f3a9c21" } });
  expect(kept.headers()["x-request-id"]).toBe("lb-7f3a9c21");
  expect((await request.get("/api/health")).headers()["x-content-type-options"]).toBe("nosniff");
});
