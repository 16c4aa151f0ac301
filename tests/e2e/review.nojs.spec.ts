import { expect, test } from "@playwright/test";
import { signIn } from "./support/fixtures";

test("the queue filters and a decision work without JavaScript", async ({ page }) => {
  await signIn(page, "sekretariat@pokja.example");
  await page.goto("/review");
  await page.getByLabel("Cari teks").fill("pelatihan digital");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await page.locator("tbody tr th a").first().click();
  await page.getByLabel("Terima").check();
  await page.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(page.getByRole("status").first()).toContainText("Keputusan tersimpan");
  await expect(page.getByText("Usulan ini tidak menunggu keputusan")).toBeVisible();
});
