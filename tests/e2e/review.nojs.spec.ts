import { expect, test } from "@playwright/test";
import { follow, signIn } from "./support/fixtures";

test("the queue filters and a decision work without JavaScript", async ({ page }) => {
  await signIn(page, "sekretariat@pokja.example");
  await page.goto("/review");
  await page.getByLabel("Cari teks").fill("pelatihan digital");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await follow(page, page.locator("tbody tr th a").first());
  await page.getByLabel("Terima").check();
  await page.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(page.getByRole("status").first()).toContainText("Keputusan tersimpan");
  await expect(page.getByText("Usulan ini tidak menunggu keputusan")).toBeVisible();
});

test("without JavaScript an over-long decision comment comes back whole, with the limit stated", async ({ page }) => {
  await signIn(page, "sekretariat@pokja.example");
  await page.goto("/review?status=SUBMITTED");
  await follow(page, page.locator("tbody tr th a").first());
  await expect(page.locator("#comment-count")).toHaveText("0 dari paling banyak 2.000 karakter");
  const comment = "Catatan panjang untuk kota. ".repeat(90).trim();
  await page.getByLabel("Minta revisi").check();
  await page.getByLabel("Catatan untuk kota").fill(comment);
  await page.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(page.locator("#comment-error")).toContainText("2.000");
  await expect(page.getByLabel("Catatan untuk kota")).toHaveValue(comment);
  await expect(page.locator("#comment-count")).toContainText("lebih dari batas 2.000");
});
