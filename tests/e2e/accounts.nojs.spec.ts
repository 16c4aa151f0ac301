import { expect, test } from "@playwright/test";
import { signIn } from "./support/fixtures";

test("changing one's password is refused clearly without JavaScript", async ({ page }) => {
  await signIn(page, "delegasi.metro@pokja.example");
  await page.goto("/account");
  await page.getByLabel("Kata sandi saat ini").fill("bukan kata sandinya");
  await page.getByLabel("Kata sandi baru", { exact: true }).fill("pendek");
  await page.getByLabel("Ulangi kata sandi baru").fill("pendek");
  await page.getByRole("button", { name: "Ganti kata sandi" }).click();
  await expect(page.locator("#password-error")).toHaveText("Kata sandi minimal 10 karakter");
  await expect(page.getByLabel("Kata sandi saat ini")).toHaveValue("");
});

test("the secretariat invites a board member without JavaScript and sees the link once", async ({ page }) => {
  await signIn(page, "sekretariat@pokja.example");
  await page.goto("/manage/users/invite");
  await expect(page.getByLabel("Peran").locator("option")).toHaveText(["Delegasi kota", "Sekretariat Pokja", "Dewan Pengurus"]);
  await page.getByLabel("Alamat email").fill("anggota.dewan@apeksi.example");
  await page.getByLabel("Peran").selectOption("BOARD");
  await page.getByRole("button", { name: "Buat undangan" }).click();
  await expect(page.getByLabel(/Tautan undangan/)).toHaveValue(/\/invitation\//);
});
