import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, follow, LOCALES, publishEveryCityItem, setLocaleCookie, signIn, submit, submitProposal } from "./support/fixtures";

// Files made in the test: a small PDF, a PNG signature, and an HTML page dressed up as a PDF.
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(120, 3)]);
const html = Buffer.from("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function newDraft(page: Page, title: string): Promise<string> {
  await page.goto("/workspace/new");
  await page.getByLabel("Judul usulan *").fill(title);
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByRole("status").first()).toContainText("Draf tersimpan");
  return page.url().match(/proposals\/([^?#/]+)/)![1];
}

test("a city attaches several files to its draft with progress, is told why a file is refused, downloads and replaces one", async ({ page, baseURL }) => {
  await signIn(page, "delegasi.bandung@pokja.example");
  const id = await newDraft(page, `Draf dengan bukti ${stamp()}`);
  await follow(page, page.getByRole("link", { name: /^Tambahkan berkas/ }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tambahkan berkas");
  await expectAccessible(page);

  // An HTML page named .pdf is refused by its content, named, next to the field; the description stays.
  await page.getByLabel("Keterangan berkas").fill("Perwal ULD dan foto loket layanan");
  await page.getByLabel("Berkas", { exact: true }).setInputFiles([{ name: "perwal.pdf", mimeType: "application/pdf", buffer: html }]);
  await submit(page, page.getByRole("button", { name: "Unggah" }));
  await expect(page.locator("#file-error")).toContainText("perwal.pdf: Jenis berkas ini tidak diterima.");
  await expect(page.getByRole("alert", { name: "Berkas belum tersimpan" })).toContainText("Jenis berkas ini tidak diterima.");
  await expect(page.getByLabel("Keterangan berkas")).toHaveValue("Perwal ULD dan foto loket layanan");
  await expectAccessible(page);

  // Two files at once, each with its own progress; the record's page says how many were stored.
  await page.getByLabel("Berkas", { exact: true }).setInputFiles([
    { name: "perwal-uld.pdf", mimeType: "application/pdf", buffer: pdf("perwal") },
    { name: "loket.png", mimeType: "image/png", buffer: png },
  ]);
  await page.getByRole("button", { name: "Unggah" }).click();
  await page.waitForURL((url) => url.pathname === `/proposals/${id}` && url.searchParams.get("uploaded") === "2");
  const files = page.getByRole("region", { name: "Berkas pendukung" });
  await expect(files.getByRole("status")).toHaveText("2 berkas tersimpan.");
  await expect(files.getByRole("link", { name: "perwal-uld.pdf", exact: true })).toBeVisible();
  await expect(files.getByRole("link", { name: "loket.png", exact: true })).toBeVisible();
  await expect(files).toContainText("Perwal ULD dan foto loket layanan");

  // The download is the same bytes, as an attachment, never sniffed.
  const href = await files.getByRole("link", { name: "perwal-uld.pdf", exact: true }).getAttribute("href");
  const response = await page.request.get(new URL(href!, baseURL).toString());
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="perwal-uld\.pdf"/);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(Buffer.compare(await response.body(), pdf("perwal"))).toBe(0);
  // Another city's delegate gets the same answer as for a file that does not exist.
  const metro = await (await page.context().browser()!.newContext()).newPage();
  await signIn(metro, "delegasi.metro@pokja.example");
  expect((await metro.request.get(new URL(href!, baseURL).toString())).status()).toBe(404);

  // Replacing keeps the earlier file in the history.
  await follow(page, files.getByRole("link", { name: "Ganti perwal-uld.pdf" }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ganti berkas");
  await page.getByLabel("Keterangan berkas").fill("Perwal ULD yang sudah ditandatangani");
  await page.getByLabel("Berkas pengganti").setInputFiles([{ name: "perwal-uld-ttd.pdf", mimeType: "application/pdf", buffer: pdf("ttd") }]);
  await page.getByRole("button", { name: "Unggah" }).click();
  await page.waitForURL((url) => url.pathname === `/proposals/${id}` && url.searchParams.get("uploaded") === "1");
  const after = page.getByRole("region", { name: "Berkas pendukung" });
  await expect(after.getByRole("link", { name: "perwal-uld-ttd.pdf", exact: true })).toBeVisible();
  await after.getByText("Versi sebelumnya (1)").click();
  await expect(after.getByRole("link", { name: "perwal-uld.pdf", exact: true })).toBeVisible();
  await expectAccessible(page);
});

test("the upload form and the verification pages are accessible in both languages", async ({ page, context, baseURL }) => {
  await signIn(page, "delegasi.bandung@pokja.example");
  const id = await newDraft(page, `Draf bahasa ${stamp()}`);
  const secretariat = await (await page.context().browser()!.newContext()).newPage();
  await signIn(secretariat, "sekretariat@pokja.example");
  for (const locale of LOCALES) {
    await setLocaleCookie(context, baseURL!, locale);
    await setLocaleCookie(secretariat.context(), baseURL!, locale);
    await page.goto(`/attachments/new?on=proposal&id=${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(locale === "en" ? "Add files" : "Tambahkan berkas");
    await expectAccessible(page);
    await secretariat.goto("/manage/verification");
    await expect(secretariat.getByRole("heading", { level: 1 })).toHaveText(locale === "en" ? "Evidence verification" : "Verifikasi bukti");
    await expectAccessible(secretariat);
  }
});

test.describe.serial("the secretariat checks what a city reports", () => {
  const key = stamp();
  const SOURCE = `Usulan sumber verifikasi ${key}`;
  const ITEM = `Layanan ketenagakerjaan inklusif ${key}`;
  let commitmentUrl = "";

  test("a city reports progress; the secretariat asks for clarification; the city answers with a file; the secretariat verifies", async ({ page, browser, baseURL }) => {
    await signIn(page, "delegasi.metro@pokja.example");
    await submitProposal(page, SOURCE);
    await signIn(page, "ketua@pokja.example");
    const itemId = await publishEveryCityItem(page, SOURCE, ITEM);

    await signIn(page, "delegasi.bandung@pokja.example");
    await page.goto("/workspace/commitments");
    await follow(page, page.getByRole("link", { name: ITEM }));
    commitmentUrl = new URL(page.url()).pathname;
    await page.getByLabel("Sedang berjalan").check();
    await page.getByLabel("Persentase selesai").fill("40");
    await page.getByLabel("Yang sudah dikerjakan").fill("Rancangan Perwal ULD sudah dibahas dengan Disnaker.");
    await submit(page, page.getByRole("button", { name: "Simpan laporan" }));
    await expect(page.getByRole("status").first()).toHaveText("Laporan Anda sudah disimpan.");
    await expect(page.getByText("Verifikasi: Belum diverifikasi")).toBeVisible();

    const secretariat = await (await browser.newContext()).newPage();
    await signIn(secretariat, "sekretariat@pokja.example");
    await secretariat.goto("/manage/verification");
    const row = secretariat.getByRole("region", { name: "Laporan kemajuan: Belum diverifikasi" }).getByRole("row", { name: new RegExp(ITEM) });
    await expect(row).toContainText("Bandung");
    await follow(secretariat, row.getByRole("link", { name: ITEM }));
    await expectAccessible(secretariat);
    // The same page in English, then back.
    await setLocaleCookie(secretariat.context(), baseURL!, "en");
    await secretariat.reload();
    await expect(secretariat.getByRole("heading", { level: 1 })).toHaveText("Check a progress report");
    await expectAccessible(secretariat);
    // The English address carries ?lang=en (ADR 0003): back to Indonesian through the language switch.
    await secretariat.getByRole("group", { name: "Change language" }).getByRole("button", { name: "Bahasa Indonesia" }).click();
    await expect(secretariat.getByRole("heading", { level: 1 })).toHaveText("Periksa laporan kemajuan");
    await expect(secretariat).not.toHaveURL(/lang=/);
    // Asking without saying what is missing is refused, next to the note.
    await secretariat.getByLabel("Perlu klarifikasi: kota diminta menjelaskan atau melengkapi bukti").check();
    await submit(secretariat, secretariat.getByRole("button", { name: "Simpan keputusan" }));
    await expect(secretariat.locator("#note-error")).toHaveText("Tuliskan apa yang perlu diklarifikasi oleh kota.");
    await secretariat.getByLabel("Catatan").fill("Lampirkan notulen rapat pembahasan Perwal.");
    await submit(secretariat, secretariat.getByRole("button", { name: "Simpan keputusan" }));
    await expect(secretariat.getByRole("status").first()).toHaveText("Permintaan klarifikasi telah dikirim kepada kota.");

    // The city is told, sees the question on its report, and answers with a file.
    await page.goto("/notifications");
    await expect(page.getByRole("link", { name: `Sekretariat meminta klarifikasi atas "${ITEM}": Lampirkan notulen rapat pembahasan Perwal.` })).toBeVisible();
    await follow(page, page.getByRole("link", { name: new RegExp(`klarifikasi atas "${ITEM}"`) }).first());
    await expect(page.getByText("Permintaan klarifikasi dari sekretariat: Lampirkan notulen rapat pembahasan Perwal.")).toBeVisible();
    await follow(page, page.getByRole("link", { name: /^Tambahkan berkas/ }).first());
    await page.getByLabel("Keterangan berkas").fill("Notulen rapat pembahasan Perwal ULD");
    await page.getByLabel("Berkas", { exact: true }).setInputFiles([{ name: "notulen.pdf", mimeType: "application/pdf", buffer: pdf("notulen") }]);
    await page.getByRole("button", { name: "Unggah" }).click();
    await page.waitForURL((url) => url.pathname === commitmentUrl && url.searchParams.get("uploaded") === "1");
    await expect(page.getByRole("link", { name: "notulen.pdf", exact: true })).toBeVisible();
    await expect(page.getByText("Verifikasi: Belum diverifikasi")).toBeVisible();

    // Back in the queue; now verified.
    await secretariat.goto("/manage/verification");
    await follow(secretariat, secretariat.getByRole("row", { name: new RegExp(ITEM) }).getByRole("link", { name: ITEM }));
    await expect(secretariat.getByRole("link", { name: "notulen.pdf", exact: true })).toBeVisible();
    await secretariat.getByLabel("Terverifikasi: angka sesuai dengan buktinya").check();
    await submit(secretariat, secretariat.getByRole("button", { name: "Simpan keputusan" }));
    await expect(secretariat.getByRole("status").first()).toHaveText("Angka itu dinyatakan terverifikasi.");
    await page.reload();
    await expect(page.getByText(/Verifikasi: Terverifikasi pada/)).toBeVisible();
    // Verified evidence stays as it was checked: no more adding files to that report.
    await expect(page.getByRole("link", { name: /^Tambahkan berkas/ })).toHaveCount(0);

    // Leave no open commitment behind for the specs that count a city's share.
    await signIn(page, "ketua@pokja.example");
    await page.goto(`/agenda/manage/${itemId}`);
    await submit(page, page.getByRole("button", { name: "Tarik dari penerbitan" }));
    await expect(page.getByRole("status").first()).toHaveText("Butir agenda sudah ditarik dari penerbitan.");
  });
});
