import { expect, test } from "@playwright/test";
import { signIn } from "./support/fixtures";

test("without JavaScript a delegate adds a scorecard figure, with refusals shown next to the fields", async ({ page }) => {
  await signIn(page, "delegasi.metro@pokja.example");
  await page.goto("/workspace/scorecard/new?indicator=ULD");
  await page.getByLabel("Ya").check();
  await page.getByLabel("Sumber").fill("Bagian Hukum Setda Kota Metro");
  await page.getByRole("button", { name: "Simpan angka" }).click();
  await expect(page.locator("#uldDecree-error")).toHaveText("Isi dasar hukum pembentukan ULD.");
  await expect(page.getByLabel("Sumber")).toHaveValue("Bagian Hukum Setda Kota Metro");
  await page.getByLabel("Dasar hukum").fill("Perwal Metro No. 12 Tahun 2025");
  await page.getByRole("button", { name: "Simpan angka" }).click();
  await expect(page.getByRole("status").first()).toHaveText("Angka sudah ditambahkan ke kartu skor kota Anda.");
  await page.goto("/cities/metro");
  await expect(page.getByRole("region", { name: "ULD Ketenagakerjaan" })).toContainText("Sudah dibentuk (Perwal Metro No. 12 Tahun 2025)");
});
