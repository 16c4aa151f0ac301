// Search is a GET form and server-rendered results: without JavaScript it works from the header, its
// filters apply and its pages follow.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/fixtures";

test("without JavaScript the header's box searches and the filters narrow the results", async ({ page }) => {
  await signIn(page, "ketua@pokja.example");
  await page.getByRole("searchbox", { name: "Cari di portal" }).fill("ketenagakerjaan");
  await page.getByRole("search").getByRole("button", { name: "Cari" }).click();
  await expect(page).toHaveURL(/\/search\?q=ketenagakerjaan$/);
  const all = Number((await page.getByRole("status").innerText()).match(/^(\d+)/)![1]);
  expect(all).toBeGreaterThan(3);
  await page.getByLabel("Jenis", { exact: true }).selectOption({ label: "Forum" });
  await page.locator("main form").getByRole("button", { name: "Cari" }).click();
  await expect(page).toHaveURL(/kind=FORUM/);
  const forums = Number((await page.getByRole("status").innerText()).match(/^(\d+)/)![1]);
  expect(forums).toBeLessThan(all);
  for (const label of await page.locator("main ol > li > p:first-child").allInnerTexts()) expect(label).toMatch(/^FORUM/i);
});

test("without JavaScript the next page of results follows by its link, each result once", async ({ page }) => {
  test.slow(); // 21 drafts are written through the form first
  const s = `halaman${Date.now().toString(36)}`;
  await signIn(page, "delegasi.bandung@pokja.example");
  for (let i = 1; i <= 21; i++) {
    await page.goto("/workspace/new");
    await page.getByLabel("Judul usulan *").fill(`Draf pencarian ${s} nomor ${i}`);
    await page.getByRole("button", { name: "Simpan draf" }).click();
    await expect(page.getByRole("status").first()).toContainText("Draf tersimpan");
  }
  await page.goto(`/search?q=${s}`);
  await expect(page.getByRole("status")).toHaveText(`21 hasil untuk “${s}”`);
  const first = await page.locator("main ol > li h3").allInnerTexts();
  expect(first).toHaveLength(20);
  await page.getByRole("link", { name: "Berikutnya" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${s}&page=2$`));
  await expect(page.getByText("Halaman 2 dari 2")).toBeVisible();
  const second = await page.locator("main ol > li h3").allInnerTexts();
  expect(new Set([...first, ...second]).size).toBe(21);
});
