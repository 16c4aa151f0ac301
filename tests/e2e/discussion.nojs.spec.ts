import { expect, test } from "@playwright/test";
import { signIn } from "./support/fixtures";

test("without JavaScript a delegate comments (refusal first, text kept) and endorses another city's proposal", async ({ page }) => {
  const stamp = Date.now().toString(36);
  await signIn(page, "delegasi.bandung@pokja.example");
  await page.goto(`/proposals?${new URLSearchParams({ q: "halte trotoar" })}`);
  await page.getByRole("link", { name: "Halte dan trotoar aksesibel menuju kawasan industri", exact: true }).click();
  const discussion = page.getByRole("region", { name: /^Diskusi/ });
  await discussion.getByLabel("Komentar", { exact: true }).fill("x");
  await discussion.getByRole("button", { name: "Kirim komentar" }).click();
  await expect(page.locator("#new-comment-body-error")).toHaveText("Tulis komentar Anda (paling sedikit 2 karakter).");
  await expect(page.getByRole("region", { name: /^Diskusi/ }).getByLabel("Komentar", { exact: true })).toHaveValue("x");

  const text = `Bandung juga memperbaiki trotoar menuju kawasan industri (${stamp}).`;
  await page.getByRole("region", { name: /^Diskusi/ }).getByLabel("Komentar", { exact: true }).fill(text);
  await page.getByRole("region", { name: /^Diskusi/ }).getByRole("button", { name: "Kirim komentar" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Komentar Anda sudah dikirim" })).toBeVisible();
  await expect(page.getByRole("region", { name: /^Diskusi/ })).toContainText(text);

  const withdraw = page.getByRole("button", { name: "Tarik dukungan kota saya" });
  // A repeated run may find the endorsement from the previous one: take it back first.
  if (await withdraw.isVisible()) {
    await withdraw.click();
    await expect(page.getByRole("status").first()).toContainText("Dukungan kota Anda sudah ditarik");
  }
  await page.getByRole("button", { name: "Dukung atas nama kota saya" }).click();
  await expect(page.getByRole("status").first()).toContainText("Kota Anda sekarang mendukung usulan ini");
  await expect(page.getByRole("complementary")).toContainText("Bandung");
});
