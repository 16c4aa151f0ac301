import { expect, test } from "@playwright/test";
import { signIn } from "./support/fixtures";

test("the proposal form works without JavaScript: refusals keep every value, then it saves and submits", async ({ page }) => {
  await signIn(page, "delegasi.bandung@pokja.example");
  await page.goto("/workspace/new");
  await page.getByLabel("Judul usulan *").fill("Pendampingan kerja bagi pekerja tuli — tanpa JavaScript");
  await page.getByLabel("Perkiraan anggaran (rupiah)").fill("-5000");
  await page.getByLabel("Disabilitas sensorik").check();
  await page.getByRole("button", { name: "Ajukan usulan" }).click();
  await expect(page.locator("main [role=alert]")).toContainText("Pilih tema");
  await expect(page.locator("#budgetIdr-error")).toHaveText("Anggaran harus berupa angka bulat rupiah tanpa tanda minus, misalnya 150.000.000");
  await expect(page.getByLabel("Judul usulan *")).toHaveValue("Pendampingan kerja bagi pekerja tuli — tanpa JavaScript");
  await expect(page.getByLabel("Perkiraan anggaran (rupiah)")).toHaveValue("-5000");
  await expect(page.getByLabel("Disabilitas sensorik")).toBeChecked();

  await page.getByLabel("Perkiraan anggaran (rupiah)").fill("75.000.000");
  await page.getByLabel("Tema *").selectOption({ index: 1 });
  await page.getByLabel("Rencana aksi kota sendiri").check();
  await page.getByLabel("Masalah *").fill("Pekerja tuli kesulitan berkomunikasi di tempat kerja baru.");
  await page.getByLabel("Aksi yang diusulkan *").fill("Menyediakan juru bahasa isyarat selama tiga bulan pertama bekerja.");
  await page.getByLabel("Jangka pendek (kurang dari 1 tahun)").check();
  await page.getByLabel("Perangkat daerah pelaksana *").fill("Dinas Tenaga Kerja");
  await page.getByLabel("Indikator dan target *").fill("40 pekerja tuli didampingi");
  await page.getByRole("button", { name: "Ajukan usulan" }).click();
  await expect(page.getByRole("status").first()).toContainText("Usulan sudah diajukan");
  await expect(page.getByText("Rp 75.000.000")).toBeVisible();
});
