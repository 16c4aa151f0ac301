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
  // In English the address also carries ?lang=en (docs/decisions/0003), which the link need not name.
  const query = (u: URL) => {
    const params = new URLSearchParams(u.search);
    params.delete("lang");
    return params.toString();
  };
  await page.waitForURL((url) => url.pathname === target.pathname && (!target.search || query(url) === query(target)));
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

/** As a signed-in delegate: writes and submits a complete proposal to the open demo forum; returns its id. */
export async function submitProposal(page: Page, title: string) {
  await page.goto("/workspace/new");
  await page.getByLabel("Judul usulan *").fill(title);
  await page.getByLabel("Tema *").selectOption({ index: 1 });
  await page.getByLabel("Rencana aksi kota sendiri").check();
  await page.getByLabel("Masalah *").fill("Belum ada dasar hukum bagi layanan ketenagakerjaan penyandang disabilitas.");
  await page.getByLabel("Aksi yang diusulkan *").fill("Menetapkan Perwal pembentukan ULD Ketenagakerjaan di Disnaker.");
  await page.getByLabel("Disabilitas fisik").check();
  await page.getByLabel("Jangka pendek (kurang dari 1 tahun)").check();
  await page.getByLabel("Perangkat daerah pelaksana *").fill("Dinas Tenaga Kerja");
  await page.getByLabel("Indikator dan target *").fill("Perwal ULD ditetapkan");
  await page.getByRole("button", { name: "Ajukan usulan" }).click();
  await expect(page.getByRole("status").first()).toContainText("Usulan sudah diajukan");
  return page.url().match(/proposals\/([^?]+)/)![1];
}

/**
 * As the signed-in chair: merges one submitted proposal (found by its title) into a new item asking
 * every city to act, and publishes it; returns the item's id.
 */
export async function publishEveryCityItem(page: Page, sourceTitle: string, title: string) {
  await page.goto(`/review?${new URLSearchParams({ q: sourceTitle, status: "SUBMITTED" })}`);
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await page.getByRole("checkbox", { name: sourceTitle }).check();
  await page.getByRole("button", { name: "Buat butir agenda baru dari usulan terpilih" }).click();
  await expect(page.getByRole("group", { name: "Usulan yang akan digabungkan" })).toBeVisible();
  await page.getByLabel("Judul", { exact: true }).fill(title);
  await page.getByLabel("Uraian", { exact: true }).fill("Setiap kota anggota menetapkan Perwal pembentukan ULD Ketenagakerjaan.");
  await page.getByLabel("Tingkat").selectOption("EVERY_CITY");
  await page.getByLabel("Tonggak").fill("2020-12-31: Rancangan Perwal disusun\n2099-12-31: Perwal ULD ditetapkan");
  await page.getByRole("button", { name: "Buat butir agenda baru dari usulan terpilih" }).click();
  await expect(page.getByRole("status").first()).toContainText("Usulan sudah digabungkan");
  await page.getByRole("button", { name: "Terbitkan" }).click();
  await expect(page.getByRole("status").first()).toContainText("Butir agenda sudah diterbitkan");
  return page.url().match(/manage\/([^?]+)/)![1];
}
