import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../lib/seed/demo-accounts";
import { expectAccessible, setLocaleCookie } from "./support/fixtures";

const email = "delegasi.metro@pokja.example";

test("a wrong password shows a localized error, keeps the email and focuses the summary", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Alamat email").fill(email);
  await page.getByLabel("Kata sandi").fill("not-the-password");
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  const summary = page.locator("main [role=alert]");
  await expect(summary).toContainText("Alamat email atau kata sandi salah");
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("Alamat email")).toHaveValue(email);
  await expect(page.getByLabel("Kata sandi")).toHaveValue("");
  await expectAccessible(page);
});

test("the error is in English for an English visitor", async ({ page, context, baseURL }) => {
  await setLocaleCookie(context, baseURL!, "en");
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("not-an-email");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.locator("main [role=alert]")).toContainText("Enter an email address in the correct format");
  await expect(page.locator("main [role=alert]")).toContainText("Enter your password");
  await expect(page.getByLabel("Email address")).toHaveValue("not-an-email");
  await expectAccessible(page);
});

test("a delegate signs in by keyboard alone and signs out", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Alamat email").focus();
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dasbor saya");
  await expect(page.getByRole("banner")).toContainText("Delegasi Kota Metro (demo)");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Masuk" })).toBeVisible();
});
