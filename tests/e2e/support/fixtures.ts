import AxeBuilder from "@axe-core/playwright";
import { expect, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../../lib/seed/demo-accounts";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
export const LOCALES = ["id", "en"] as const;

/** Fails with the rule ids and the offending elements when axe finds any WCAG A/AA violation. */
export async function expectAccessible(page: Page) {
  // After a client-side navigation the new page's <title> lands a moment after its content: check the
  // settled page, not the frame in between.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export async function setLocaleCookie(context: BrowserContext, baseURL: string, locale: "id" | "en") {
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("main form button[type=submit]").click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}
