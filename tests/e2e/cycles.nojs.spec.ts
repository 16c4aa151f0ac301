// The yearly cycle without JavaScript: freezing (with its confirmation refused, then given) and starting
// the next cycle are plain form posts. Repeatable like cycles.spec.ts: it freezes the cycle its own item
// landed in, starts the next one and unpublishes its item.
import { expect, test } from "@playwright/test";
import { follow, publishEveryCityItem, signIn, submitProposal } from "./support/fixtures";

const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test("without JavaScript the chair freezes a cycle and starts the next one", async ({ page }) => {
  test.setTimeout(120_000);
  const key = stamp();
  const source = `Usulan pendataan tanpa skrip ${key}`;
  const title = `Pendataan pencari kerja inklusif ${key}`;
  await signIn(page, "delegasi.metro@pokja.example");
  await submitProposal(page, source);
  await signIn(page, "ketua@pokja.example");
  const id = await publishEveryCityItem(page, source, title);

  await page.goto("/manage/cycles");
  const link = page.getByRole("link", { name: /^Bekukan edisi \d{4}$/ }).first();
  const year = Number((await link.textContent())!.match(/\d{4}/)![0]);
  await follow(page, link);
  await expect(page.getByRole("listitem").filter({ hasText: title })).toHaveCount(1);
  await page.getByLabel("Catatan Ketua Pokja (tidak wajib)").fill("Disepakati tanpa skrip peramban.");
  await page.getByRole("button", { name: `Bekukan edisi ${year}` }).click();
  await expect(page.locator("#confirm-error")).toHaveText("Centang pernyataan ini untuk membekukan edisi.");
  // The note typed before the refusal is still there.
  await expect(page.getByLabel("Catatan Ketua Pokja (tidak wajib)")).toHaveValue("Disepakati tanpa skrip peramban.");
  await page.getByLabel(`Saya memahami bahwa Agenda Nasional Apeksi ${year} tidak dapat diubah setelah dibekukan.`).check();
  await page.getByRole("button", { name: `Bekukan edisi ${year}` }).click();
  await expect(page).toHaveURL(new RegExp(`/agenda/editions/${year}\\?saved=frozen$`));
  await expect(page.getByText("Disepakati tanpa skrip peramban.")).toBeVisible();

  await page.goto(`/manage/cycles/${year}/next`);
  await page.getByLabel("Tahun siklus berikutnya").fill(String(year));
  await page.getByRole("button", { name: "Mulai siklus berikutnya" }).click();
  await expect(page.locator("#year-error")).toHaveText(`Tahun siklus berikutnya harus setelah ${year}.`);
  await page.getByLabel("Tahun siklus berikutnya").fill(String(year + 1));
  await page.getByRole("button", { name: "Mulai siklus berikutnya" }).click();
  await expect(page).toHaveURL(new RegExp(`/manage/cycles\\?saved=started&year=${year + 1}$`));
  await expect(page.getByRole("status").first()).toHaveText(`Siklus ${year + 1} telah dimulai.`);

  await page.goto(`/agenda/${id}`);
  await expect(page.getByText(`Siklus ${year + 1}`)).toBeVisible();
  await page.goto(`/agenda/manage/${id}`);
  await page.getByRole("button", { name: "Tarik dari penerbitan" }).click();
  await expect(page.getByRole("status").first()).toHaveText("Butir agenda sudah ditarik dari penerbitan.");
});
