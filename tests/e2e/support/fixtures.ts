import AxeBuilder from "@axe-core/playwright";
import { expect, type BrowserContext, type Locator, type Page } from "@playwright/test";
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

/**
 * Follows a link and returns once the page it points to is the one shown, so what is checked next
 * belongs to that page and not to the one being left.
 */
export async function follow(page: Page, link: Locator, how: "click" | "Enter" = "click") {
  const href = await link.getAttribute("href");
  if (!href) throw new Error("follow: the locator is not a link with an href");
  const target = new URL(href, page.url());
  await (how === "Enter" ? link.press("Enter") : link.click());
  await page.waitForURL((url) => url.pathname === target.pathname && (!target.search || url.search === target.search));
}

/**
 * Submits a form with `button` and returns once the server has answered the POST (with JavaScript a
 * server action, without it the form post), so a following navigation never cancels it.
 */
export async function submit(page: Page, button: Locator, how: "click" | "Enter" = "click") {
  const origin = new URL(page.url()).origin;
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && r.url().startsWith(origin)),
    how === "Enter" ? button.press("Enter") : button.click(),
  ]);
}
