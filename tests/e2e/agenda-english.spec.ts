import { expect, test } from "@playwright/test";
import { expectAccessible, publishEveryCityItem, setLocaleCookie, signIn, submit, submitProposal } from "./support/fixtures";

const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test("an agenda item's English version shows on the English pages; without one the Indonesian text is marked as Indonesian", async ({ page, context, baseURL }) => {
  const key = stamp();
  const SOURCE = `Usulan sumber terjemahan ${key}`;
  const ITEM = `Pusat layanan kerja inklusif ${key}`;
  await signIn(page, "delegasi.metro@pokja.example");
  await submitProposal(page, SOURCE);
  await signIn(page, "ketua@pokja.example");
  const id = await publishEveryCityItem(page, SOURCE, ITEM);

  // Published without an English version: the English page shows the Indonesian title, marked so.
  await setLocaleCookie(context, baseURL!, "en");
  await page.goto(`/agenda/${id}`);
  await expect(page.getByRole("heading", { level: 1 }).locator('span[lang="id"]')).toHaveText(ITEM);
  await expectAccessible(page);

  // The chair adds one (the disclosure opens from the keyboard).
  await setLocaleCookie(context, baseURL!, "id");
  await page.goto(`/agenda/manage/${id}`);
  const disclosure = page.getByText("Versi bahasa Inggris (opsional)");
  await disclosure.focus();
  await page.keyboard.press("Enter");
  await page.getByLabel("Judul dalam bahasa Inggris").fill(`Inclusive job service centre ${key}`);
  await page.getByLabel("Uraian dalam bahasa Inggris").fill("Every member city sets up an inclusive job service centre.");
  await submit(page, page.getByRole("region", { name: "Ubah butir" }).getByRole("button", { name: "Simpan" }));
  await expect(page.getByRole("status").first()).toHaveText("Butir agenda sudah diperbarui.");

  await setLocaleCookie(context, baseURL!, "en");
  await page.goto(`/agenda/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Inclusive job service centre ${key}`);
  await expect(page.getByText("Every member city sets up an inclusive job service centre.")).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`Inclusive job service centre ${key}`));
  await expectAccessible(page);
  // The Indonesian page keeps the Indonesian text.
  await setLocaleCookie(context, baseURL!, "id");
  await page.goto(`/agenda/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ITEM);

  // Leave no open commitment behind for the specs that count a city's share.
  await page.goto(`/agenda/manage/${id}`);
  await submit(page, page.getByRole("button", { name: "Tarik dari penerbitan" }));
  await expect(page.getByRole("status").first()).toHaveText("Butir agenda sudah ditarik dari penerbitan.");
});
