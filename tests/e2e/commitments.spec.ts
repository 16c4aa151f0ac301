import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, follow, LOCALES, publishEveryCityItem, setLocaleCookie, signIn, submit, submitProposal } from "./support/fixtures";

// Repeatable against one database: each run of the group publishes its own item (named with a stamp
// set by its first test) and checks the change it makes, not absolute figures earlier runs moved.
let key = "";
const ITEM = () => `Perwal pembentukan Unit Layanan Disabilitas di tiap kota ${key}`;
const SOURCE = () => `Perwal ULD Ketenagakerjaan Kota Metro uji komitmen ${key}`;
const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** Bandung's row of the board's implementation by city: commitments done, all commitments, and the share. */
async function bandungFigures(board: Page) {
  await board.goto("/reports?region=JAWA");
  const cells = board.getByRole("region", { name: "Pelaksanaan per kota: angka" }).getByRole("row", { name: /^Bandung/ }).getByRole("cell");
  const number = async (i: number) => Number((await cells.nth(i).textContent())!.trim().replace(/\./g, ""));
  return { done: await number(1), commitments: await number(5), share: (await cells.last().textContent())?.trim() };
}

test.describe.serial("from agenda to action", () => {
  test("the chair publishes an item for every city; every member city gets a commitment", async ({ page }) => {
    key = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    // An item is published only with a city's proposal behind it: Metro submits one first.
    await signIn(page, "delegasi.metro@pokja.example");
    await submitProposal(page, SOURCE());
    await signIn(page, "ketua@pokja.example");
    await publishEveryCityItem(page, SOURCE(), ITEM());
  });

  test("a Bandung delegate reports progress twice with evidence and updates the scorecard; the board sees the share change", async ({ page, browser }) => {
    const board = await (await browser.newContext()).newPage();
    await signIn(board, "dewan@pokja.example");
    const before = await bandungFigures(board);
    expect(before.share).not.toBe("100%"); // the new item is not done yet

    await signIn(page, "delegasi.bandung@pokja.example");
    await page.goto("/workspace");
    await follow(page, page.getByRole("link", { name: "Komitmen" }).first());
    await follow(page, page.getByRole("link", { name: ITEM() }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ITEM());

    // A refused report keeps what was typed and says what is wrong, next to the field.
    await page.getByLabel("Selesai", { exact: true }).check();
    await page.getByLabel("Persentase selesai").fill("50");
    await page.getByLabel("Yang sudah dikerjakan").fill("Rancangan Perwal ULD sudah dibahas dengan Disnaker.");
    await page.getByRole("button", { name: "Simpan laporan" }).click();
    await expect(page.locator("#percent-error")).toHaveText("Komitmen yang selesai berarti 100%: isi 100 atau pilih status lain.");
    await expect(page.getByLabel("Yang sudah dikerjakan")).toHaveValue("Rancangan Perwal ULD sudah dibahas dengan Disnaker.");

    await page.getByLabel("Sedang berjalan").check();
    await page.getByLabel("Persentase selesai").fill("40");
    await page.getByLabel("Bukti", { exact: true }).fill("Notulen rapat Bagian Hukum, 3 November.");
    await page.getByLabel("Tautan bukti").fill("https://bandung.example/notulen-uld.pdf");
    await page.getByLabel("Tanggal yang dilaporkan").fill(daysAgo(3));
    await submit(page, page.getByRole("button", { name: "Simpan laporan" }));
    await expect(page.getByRole("status").first()).toHaveText("Laporan Anda sudah disimpan.");
    await expect(page.getByRole("region", { name: "Laporan" }).getByRole("listitem").filter({ hasText: "Sedang berjalan, 40%" })).toBeVisible();

    await page.getByLabel("Selesai", { exact: true }).check();
    await page.getByLabel("Persentase selesai").fill("100");
    await page.getByLabel("Yang sudah dikerjakan").fill("Perwal ULD Ketenagakerjaan ditetapkan wali kota.");
    await page.getByLabel("Tanggal yang dilaporkan").fill(today());
    // The page already says "saved" from the first report: wait for this report's answer instead.
    await submit(page, page.getByRole("button", { name: "Simpan laporan" }));
    const timeline = page.getByRole("region", { name: "Laporan" });
    await expect(timeline.getByRole("listitem").filter({ hasText: "Sedang berjalan, 40%" })).toContainText("Notulen rapat Bagian Hukum");
    await expect(timeline.getByRole("listitem").filter({ hasText: "Selesai, 100%" })).toBeVisible();
    await expect(timeline.getByRole("link", { name: "https://bandung.example/notulen-uld.pdf" })).toBeVisible();

    await page.goto("/workspace/scorecard");
    await follow(page, page.getByRole("link", { name: "Penyandang disabilitas yang bekerja di pemerintah kota" }));
    await page.getByLabel("Pegawai penyandang disabilitas").fill("300");
    await page.getByLabel("Jumlah seluruh pegawai").fill("200");
    await page.getByLabel("Sumber").fill("BKPSDM Kota Bandung");
    await page.getByRole("button", { name: "Simpan angka" }).click();
    await expect(page.locator("#employedWithDisability-error")).toHaveText("Pegawai penyandang disabilitas tidak boleh melebihi jumlah seluruh pegawai.");
    await page.getByLabel("Pegawai penyandang disabilitas").fill("180");
    await page.getByLabel("Jumlah seluruh pegawai").fill("12000");
    await page.getByLabel("Tanggal", { exact: true }).fill(daysAgo(30));
    await page.getByRole("button", { name: "Simpan angka" }).click();
    await expect(page.getByRole("status").first()).toHaveText("Angka sudah ditambahkan ke kartu skor kota Anda.");
    await page.goto("/cities/bandung");
    await expect(page.getByRole("region", { name: "Pegawai pemerintah kota (kuota 2%)" })).toContainText("180 dari 12.000 pegawai (1,5%); di bawah kuota 2%");
    await expect(page.getByRole("region", { name: "Pegawai pemerintah kota (kuota 2%)" })).toContainText("BKPSDM Kota Bandung");

    // One more commitment done, no new one: the new item's, reported done above.
    const after = await bandungFigures(board);
    expect([after.done, after.commitments]).toEqual([before.done + 1, before.commitments]);
  });

  test("the public agenda shows the aggregate only", async ({ page }) => {
    await page.goto("/agenda");
    const item = page.getByRole("listitem").filter({ hasText: ITEM() });
    await expect(item).toContainText(/Pelaksanaan: 1 selesai, 0 berjalan, 0 direncanakan, \d+ belum dimulai, dari \d+ kota yang berkomitmen\./);
    await expect(page.locator("main")).not.toContainText("Notulen rapat");
    await expect(page.locator("main")).not.toContainText("delegasi");
  });

  test("the chair reminds the cities that have not reported", async ({ page }) => {
    await signIn(page, "ketua@pokja.example");
    await page.goto("/agenda/manage");
    await follow(page, page.getByRole("link", { name: "Pengingat laporan" }));
    await page.getByLabel("Kota dengan laporan terakhir sebelum").fill(daysAgo(1));
    await page.getByRole("button", { name: "Kirim pengingat" }).click();
    const done = page.getByRole("status").first();
    await expect(done).toContainText("kota diingatkan");
    await expect(done).toContainText("Metro");
    await expect(done).not.toContainText("Bandung");
  });

  for (const locale of LOCALES) {
    test(`commitment and scorecard pages pass axe (${locale})`, async ({ page, context, baseURL }) => {
      await setLocaleCookie(context, baseURL!, locale);
      await signIn(page, "delegasi.bandung@pokja.example");
      await page.goto("/workspace/commitments");
      await expectAccessible(page);
      await follow(page, page.locator("main table a").first());
      await expectAccessible(page);
      for (const path of ["/workspace/scorecard", "/workspace/scorecard/new?indicator=ULD", "/workspace/scorecard/new?indicator=JOB_PLACEMENT", "/cities/bandung"]) {
        await page.goto(path);
        await expectAccessible(page);
      }
      await page.goto("/workspace/scorecard/new?indicator=GOVERNMENT_EMPLOYMENT");
      await page.locator("main form button[type=submit]").click();
      await expect(page.locator("main [role=alert]")).toBeVisible();
      await expectAccessible(page);
    });
  }

  test("the reminder page passes axe in both languages and is the working group's only", async ({ page, context, baseURL }) => {
    await signIn(page, "ketua@pokja.example");
    for (const locale of LOCALES) {
      await setLocaleCookie(context, baseURL!, locale);
      await page.goto("/agenda/manage/reminders");
      await expectAccessible(page);
    }
    await signIn(page, "dewan@pokja.example");
    expect((await page.goto("/agenda/manage/reminders"))?.status()).toBe(403);
    expect((await page.goto("/workspace/commitments"))?.status()).toBe(403);
  });
});
