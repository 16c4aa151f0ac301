// Search from the header (issue #19): Indonesian word forms, the policy on every result, filters by
// kind with counts, keyboard use, and axe in both languages. Each run searches for its own stamp.
import { expect, test } from "@playwright/test";
import { expectAccessible, follow, LOCALES, setLocaleCookie, signIn, submitProposal } from "./support/fixtures";

const stamp = () => `uji${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test("keyboard: the header's search box finds a city, marks the word and leads to its page", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("searchbox", { name: "Cari di portal" });
  await box.focus();
  await page.keyboard.type("malang");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/search\?q=malang$/);
  await expect(page.getByRole("status")).toHaveText(/\d+ hasil untuk “malang”/);
  const city = page.getByRole("link", { name: "Malang", exact: true });
  await expect(city.locator("mark")).toHaveText("Malang");
  await follow(page, city, "Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kota Malang");
});

test("a delegate's submitted proposal is found by other word forms, by other cities, and not by the public", async ({ page, browser }) => {
  const s = stamp();
  await signIn(page, "delegasi.metro@pokja.example");
  const id = await submitProposal(page, `Pelatihan juru bahasa isyarat ${s}`);
  // "dilatih" and "pelatihan" share a stem; the problem text says "ketenagakerjaan", found by "tenaga kerja".
  for (const q of [`dilatih ${s}`, `tenaga kerja ${s}`]) {
    await page.goto(`/search?${new URLSearchParams({ q })}`);
    await expect(page.getByRole("status")).toHaveText(`1 hasil untuk “${q}”`);
  }
  await page.goto(`/search?${new URLSearchParams({ q: `dilatih ${s}` })}`);
  const link = page.getByRole("link", { name: `Pelatihan juru bahasa isyarat ${s}` });
  await expect(link.locator("mark")).toHaveText(["Pelatihan", s]);
  await expect(link).toHaveAttribute("href", `/proposals/${id}`);

  const other = await browser.newContext();
  const bandung = await other.newPage();
  await signIn(bandung, "delegasi.bandung@pokja.example");
  await bandung.goto(`/search?q=${s}`);
  await expect(bandung.getByRole("link", { name: `Pelatihan juru bahasa isyarat ${s}` })).toBeVisible();
  await other.close();

  const visitor = await browser.newContext();
  const anyone = await visitor.newPage();
  await anyone.goto(`/search?q=${s}`);
  await expect(anyone.getByRole("status")).toHaveText(`Tidak ada hasil untuk “${s}” yang dapat Anda lihat. Periksa ejaan atau gunakan kata lain.`);
  // A visitor is not offered kinds of record they may not see.
  await expect(anyone.getByLabel("Jenis", { exact: true }).locator("option")).toHaveText(["Semua", "Butir agenda", "Kota", "Forum", "Berkas"]);
  await visitor.close();
});

test("results are counted by kind, and choosing a kind keeps the words", async ({ page }) => {
  await signIn(page, "ketua@pokja.example");
  await page.goto("/search?q=ketenagakerjaan");
  const kinds = page.getByRole("navigation", { name: "Hasil menurut jenis" });
  await expect(kinds.getByText(/^Semua \(\d+\)$/)).toHaveAttribute("aria-current", "page");
  const proposals = kinds.getByRole("link", { name: /^Usulan \(\d+\)$/ });
  const count = Number((await proposals.innerText()).match(/\d+/)![0]);
  await follow(page, proposals);
  await expect(page).toHaveURL(/kind=PROPOSAL/);
  await expect(page.getByLabel("Kata yang dicari")).toHaveValue("ketenagakerjaan");
  await expect(page.getByRole("list").filter({ has: page.getByRole("heading", { level: 3 }) }).getByRole("heading", { level: 3 })).toHaveCount(Math.min(count, 20));
  await expect(page.getByText("Usulan ·", { exact: false }).first()).toBeVisible();
});

test("a query that is too long is refused beside the field, and the words stay in it", async ({ page }) => {
  const long = "ketenagakerjaan ".repeat(15).trim();
  await page.goto(`/search?${new URLSearchParams({ q: long })}`);
  await expect(page.getByRole("alert").filter({ hasText: "Ada masalah" })).toContainText("Kata yang dicari paling banyak 200 karakter");
  await expect(page.getByLabel("Kata yang dicari")).toHaveValue(long);
  await expect(page.getByLabel("Kata yang dicari")).toHaveAttribute("aria-invalid", "true");
});

for (const locale of LOCALES) {
  test(`the search page passes axe, for a visitor and a member (${locale})`, async ({ page, context, baseURL }) => {
    await setLocaleCookie(context, baseURL!, locale);
    await page.goto("/search?q=malang");
    await expect(page.getByRole("status")).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/search?q=${"x".repeat(201)}`);
    await expect(page.locator("main").getByRole("alert")).toBeVisible();
    await expectAccessible(page);
    await signIn(page, "delegasi.bandung@pokja.example");
    await page.goto("/search?q=tenaga%20kerja");
    await expect(page.locator("mark").first()).toBeVisible();
    await expectAccessible(page);
  });
}
