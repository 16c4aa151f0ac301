import { expect, test } from "@playwright/test";
import { signIn } from "./support/fixtures";

test("the directory filters work without JavaScript", async ({ page }) => {
  await page.goto("/cities");
  await page.getByLabel("Wilayah").selectOption("BALI_NUSA_TENGGARA");
  await page.getByRole("button", { name: "Terapkan saringan" }).click();
  await expect(page).toHaveURL(/region=BALI_NUSA_TENGGARA/);
  await expect(page.locator("tbody tr th")).toHaveText(["Denpasar", "Kupang"]);
  await expect(page.locator("#membership-counts")).toContainText("2 kota anggota dan 0 kota diundang");
});

test("a refused city form keeps every typed value without JavaScript", async ({ page }) => {
  await signIn(page, "sekretariat@pokja.example");
  await page.goto("/manage/cities/new");
  await page.getByLabel("Nama kota").fill("Palangka Raya");
  await page.getByLabel("Provinsi").fill("Kalimantan Tengah");
  await page.getByLabel("Lintang").fill("99");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.locator("main [role=alert]")).toContainText("Pilih wilayah dari daftar");
  await expect(page.locator("#latitude-error")).toHaveText("Lintang harus berupa angka antara -12 dan 7");
  await expect(page.getByLabel("Nama kota")).toHaveValue("Palangka Raya");
  await expect(page.getByLabel("Provinsi")).toHaveValue("Kalimantan Tengah");
});
