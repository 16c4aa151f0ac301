import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../lib/seed/demo-accounts";

// The "no-javascript" project runs these with JavaScript disabled: plain HTML forms must suffice.
const email = "ketua@pokja.example";

test("sign-in refuses a wrong password without JavaScript and keeps the email", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Alamat email").fill(email);
  await page.getByLabel("Kata sandi").fill("wrong password");
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page.locator("main [role=alert]")).toContainText("Alamat email atau kata sandi salah");
  await expect(page.getByLabel("Alamat email")).toHaveValue(email);
});

test("sign-in and sign-out work without JavaScript", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Alamat email").fill(email);
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page.getByRole("banner")).toContainText("Ketua Pokja (demo)");
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Masuk" })).toBeVisible();
});

test("the language switch works without JavaScript", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
});
