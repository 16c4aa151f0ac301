import { expect, test } from "@playwright/test";
import { signIn } from "./support/fixtures";

const pdf = Buffer.from("%PDF-1.4\n% tanpa javascript\ntrailer << >>\n%%EOF\n");
const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test("without JavaScript a city uploads a file with a plain form; a refusal keeps the description", async ({ page }) => {
  await signIn(page, "delegasi.bandung@pokja.example");
  await page.goto("/workspace/new");
  await page.getByLabel("Judul usulan *").fill(`Draf tanpa JavaScript ${stamp()}`);
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByRole("status").first()).toContainText("Draf tersimpan");
  const id = page.url().match(/proposals\/([^?#/]+)/)![1];

  await page.getByRole("link", { name: /^Tambahkan berkas/ }).click();
  await page.getByLabel("Keterangan berkas").fill("Surat keputusan pengangkatan petugas ULD");
  await page.getByLabel("Berkas", { exact: true }).setInputFiles([{ name: "sk.pdf", mimeType: "application/pdf", buffer: Buffer.from("bukan pdf sama sekali") }]);
  await page.getByRole("button", { name: "Unggah" }).click();
  await expect(page.locator("#file-error")).toHaveText("sk.pdf: Jenis berkas ini tidak diterima. Unggah PDF, JPEG, PNG, WebP, DOCX, XLSX, ODT atau ODS.");
  await expect(page.getByLabel("Keterangan berkas")).toHaveValue("Surat keputusan pengangkatan petugas ULD");

  // An empty description is said next to its field.
  await page.getByLabel("Keterangan berkas").fill("");
  await page.getByLabel("Berkas", { exact: true }).setInputFiles([{ name: "sk.pdf", mimeType: "application/pdf", buffer: pdf }]);
  await page.getByRole("button", { name: "Unggah" }).click();
  await expect(page.locator("#description-error")).toHaveText("Tuliskan keterangan berkas.");

  await page.getByLabel("Keterangan berkas").fill("Surat keputusan pengangkatan petugas ULD");
  await page.getByLabel("Berkas", { exact: true }).setInputFiles([{ name: "sk.pdf", mimeType: "application/pdf", buffer: pdf }]);
  await page.getByRole("button", { name: "Unggah" }).click();
  await page.waitForURL((url) => url.pathname === `/proposals/${id}` && url.searchParams.get("uploaded") === "1");
  const files = page.getByRole("region", { name: "Berkas pendukung" });
  await expect(files.getByRole("status")).toHaveText("1 berkas tersimpan.");
  await expect(files.getByRole("link", { name: "sk.pdf", exact: true })).toBeVisible();
});
