import { expect, test, type Page } from "@playwright/test";
import { publishEveryCityItem, signIn, submitProposal } from "./support/fixtures";

// Without JavaScript: the links to the city's plans are a plain form post, a refusal comes back with the
// message next to its field and everything typed, and the list filters with a plain GET form.
// Repeat-safe: its own item, rows found by the commitment's id.
const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const YEAR = 2030 + Math.floor(Math.random() * 15);
const rowOf = (page: Page, id: string) => page.locator("tbody tr").filter({ has: page.locator(`a[href="/commitments/${id}"]`) });

test("without JavaScript a delegate links a commitment to the city's plans and filters the list by them", async ({ page }) => {
  const key = stamp();
  const SOURCE = `Usulan sumber perencanaan tanpa JavaScript ${key}`;
  const ITEM = `Subkegiatan ULD tanpa JavaScript ${key}`;
  await signIn(page, "delegasi.metro@pokja.example");
  await submitProposal(page, SOURCE);
  await signIn(page, "ketua@pokja.example");
  await publishEveryCityItem(page, SOURCE, ITEM);

  await signIn(page, "delegasi.bandung@pokja.example");
  await page.goto("/workspace/commitments");
  const link = page.getByRole("link", { name: ITEM });
  const id = (await link.getAttribute("href"))!.split("/").at(-1)!;
  await expect(rowOf(page, id)).toContainText("Belum dikaitkan");
  await link.click();
  await page.waitForURL(`**/commitments/${id}`);

  // A sub-kegiatan in the old two-digit form and a year out of range: both said next to their fields.
  await page.getByLabel("RPJMD", { exact: true }).fill("RPJMD 2025–2029, Misi 2, Program Prioritas 4");
  await page.getByLabel("Tahun anggaran").fill("2019");
  await page.getByLabel("Kode kegiatan SIPD").fill("2.07.02.2.01");
  await page.getByLabel("Kode subkegiatan SIPD").fill("2.07.02.2.01.01");
  await page.getByRole("button", { name: "Simpan keterkaitan" }).click();
  await expect(page.locator("#budgetYear-error")).toHaveText("Tahun anggaran harus antara 2020 dan 2045.");
  await expect(page.locator("#sipdSubActivity-error")).toHaveText("Kode subkegiatan SIPD terdiri atas enam bagian yang dipisahkan titik dan diakhiri empat angka, misalnya 2.07.02.2.01.0001.");
  await expect(page.getByRole("alert").filter({ hasText: "Tahun anggaran harus antara 2020 dan 2045." })).toBeVisible();
  await expect(page.getByLabel("RPJMD", { exact: true })).toHaveValue("RPJMD 2025–2029, Misi 2, Program Prioritas 4");
  await expect(page.getByLabel("Kode subkegiatan SIPD")).toHaveValue("2.07.02.2.01.01");

  await page.getByLabel("Tahun anggaran").fill(String(YEAR));
  await page.getByLabel("Kode subkegiatan SIPD").fill("2.07.02.2.01.0002");
  await page.getByRole("button", { name: "Simpan keterkaitan" }).click();
  await page.waitForURL((url) => url.pathname === `/commitments/${id}` && url.searchParams.get("saved") === "plans");
  await expect(page.getByRole("status").first()).toHaveText("Keterkaitan dengan dokumen perencanaan kota sudah disimpan.");
  const plans = page.getByRole("region", { name: "Keterkaitan dengan dokumen perencanaan kota" });
  await expect(plans.getByRole("definition").filter({ hasText: "2.07.02.2.01.0002" })).toBeVisible();
  await expect(plans).toContainText("RPJMD 2025–2029, Misi 2, Program Prioritas 4");

  // The list: a GET form, shareable as a URL.
  await page.goto("/workspace/commitments");
  await expect(rowOf(page, id)).toContainText(`Tahun anggaran ${YEAR} · SIPD 2.07.02.2.01.0002`);
  await page.getByLabel("Keterkaitan dengan perencanaan kota").selectOption("linked");
  await page.getByLabel("Tahun anggaran").selectOption(String(YEAR));
  await page.getByRole("button", { name: "Terapkan" }).click();
  await page.waitForURL((url) => url.searchParams.get("plans") === "linked" && url.searchParams.get("budgetYear") === String(YEAR));
  await expect(rowOf(page, id)).toHaveCount(1);
  await page.getByLabel("Keterkaitan dengan perencanaan kota").selectOption("unlinked");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await page.waitForURL((url) => url.searchParams.get("plans") === "unlinked");
  await expect(page.getByText("Tidak ada komitmen yang sesuai dengan saringan ini.").or(page.locator("tbody tr").first())).toBeVisible();
  await expect(rowOf(page, id)).toHaveCount(0);

  // Out of the board's shares again (see commitment-plans.spec.ts): the city marks it not applicable.
  await page.goto(`/commitments/${id}`);
  await page.getByLabel("Alasan").fill("Uji keterkaitan perencanaan selesai; bukan komitmen sungguhan.");
  await page.getByRole("button", { name: "Tandai tidak berlaku" }).click();
  await expect(page.getByRole("status").first()).toHaveText("Komitmen ditandai tidak berlaku.");
});
