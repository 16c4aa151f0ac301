import { expect, test } from "@playwright/test";
import { signIn } from "./support/fixtures";

test("without JavaScript the board filters the reports and the agenda through plain links and forms", async ({ page }) => {
  await signIn(page, "dewan@pokja.example");
  await page.goto("/reports");
  await page.getByLabel("Wilayah", { exact: true }).selectOption("SULAWESI");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/region=SULAWESI/);
  const table = page.getByRole("region", { name: "Partisipasi kota anggota: angka" });
  await expect(table).toContainText("Makassar");
  await expect(table).not.toContainText("Bandung");
  await page.goto("/agenda");
  await page.getByLabel("Urutan", { exact: true }).selectOption("theme");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/view=theme/);
});
