import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, follow, LOCALES, publishEveryCityItem, setLocaleCookie, signIn, submit, submitProposal } from "./support/fixtures";

// A city links its commitment to its own plans (issue 18, point 4). Repeat-safe: every run makes its own
// item, and rows are found by the commitment's id, never by position or count.
const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
/** A budget year of this run, 2030–2044, and another one that is not it. */
const YEAR = 2030 + Math.floor(Math.random() * 15);
const OTHER_YEAR = YEAR === 2044 ? 2043 : YEAR + 1;

/** The row of the delegate's list that links to the commitment. */
const rowOf = (page: Page, id: string) => page.locator("tbody tr").filter({ has: page.locator(`a[href="/commitments/${id}"]`) });

test.describe.serial("a city links a commitment to its planning documents", () => {
  const key = stamp();
  const SOURCE = `Usulan sumber perencanaan ${key}`;
  const ITEM = `ULD dalam RKPD kota ${key}`;
  let id = "";

  // Every member city, Bandung included, now has one more commitment, which would count in the board's
  // implementation figures other journeys read (Bandung's share done): its city marks it not
  // applicable at the end, which takes it out of every share.
  test.afterAll(async ({ browser }) => {
    if (!id) return;
    const page = await (await browser.newContext()).newPage();
    await signIn(page, "delegasi.bandung@pokja.example");
    await page.goto(`/commitments/${id}`);
    await page.getByLabel("Alasan").fill("Uji keterkaitan perencanaan selesai; bukan komitmen sungguhan.");
    await submit(page, page.getByRole("button", { name: "Tandai tidak berlaku" }));
    await expect(page.getByRole("status").first()).toHaveText("Komitmen ditandai tidak berlaku.");
    await page.context().close();
  });

  test("the delegate is told a code outside its program next to the field, then saves valid links; the board reads them", async ({ page, browser }) => {
    await signIn(page, "delegasi.metro@pokja.example");
    await submitProposal(page, SOURCE);
    await signIn(page, "ketua@pokja.example");
    await publishEveryCityItem(page, SOURCE, ITEM);

    await signIn(page, "delegasi.bandung@pokja.example");
    await page.goto("/workspace/commitments");
    await follow(page, page.getByRole("link", { name: ITEM }));
    id = new URL(page.url()).pathname.split("/").at(-1)!;
    const plans = page.getByRole("region", { name: "Keterkaitan dengan dokumen perencanaan kota" });
    await expect(plans).toContainText("Komitmen ini belum dikaitkan dengan dokumen perencanaan kota.");

    await plans.getByLabel("RAD Penyandang Disabilitas").fill("Perwal Nomor 12 Tahun 2024, Lampiran, Aksi 3.2");
    await plans.getByLabel("RKPD", { exact: true }).fill(`RKPD ${YEAR}, hlm. 41`);
    await plans.getByLabel("Tahun anggaran").fill(String(YEAR));
    await plans.getByLabel("Kode program SIPD").fill("2.07.02");
    await plans.getByLabel("Kode kegiatan SIPD").fill("2.07.03.2.01");
    await submit(page, plans.getByRole("button", { name: "Simpan keterkaitan" }));
    await expect(page.locator("#sipdActivity-error")).toHaveText("Kode kegiatan harus diawali kode program di atas, misalnya 2.07.02.2.01 untuk program 2.07.02.");
    await expect(page.getByLabel("Kode kegiatan SIPD")).toHaveAttribute("aria-invalid", "true");
    // Everything typed is still there.
    await expect(page.getByLabel("RAD Penyandang Disabilitas")).toHaveValue("Perwal Nomor 12 Tahun 2024, Lampiran, Aksi 3.2");
    await expect(page.getByLabel("Tahun anggaran")).toHaveValue(String(YEAR));
    await expect(page.getByLabel("Kode kegiatan SIPD")).toHaveValue("2.07.03.2.01");
    await expectAccessible(page);

    await page.getByLabel("Kode kegiatan SIPD").fill("2.07.02.2.01");
    await page.getByLabel("Kode subkegiatan SIPD").fill("2.07.02.2.01.0001");
    await submit(page, page.getByRole("button", { name: "Simpan keterkaitan" }));
    await expect(page.getByRole("status").first()).toHaveText("Keterkaitan dengan dokumen perencanaan kota sudah disimpan.");
    const saved = page.getByRole("region", { name: "Keterkaitan dengan dokumen perencanaan kota" });
    await expect(saved.getByRole("definition").filter({ hasText: "2.07.02.2.01.0001" })).toBeVisible();
    await expect(saved).toContainText(`RKPD ${YEAR}, hlm. 41`);
    await expect(page.getByLabel("Kode subkegiatan SIPD")).toHaveValue("2.07.02.2.01.0001");
    // The progress form carries the new version: a report right after the links is accepted.
    await page.getByLabel("Direncanakan").check();
    await page.getByLabel("Persentase selesai").fill("10");
    await page.getByLabel("Yang sudah dikerjakan").fill("Kegiatan ULD dimasukkan ke RKPD dan DPA Disnaker.");
    await submit(page, page.getByRole("button", { name: "Simpan laporan" }));
    await expect(page.getByRole("status").first()).toHaveText("Laporan Anda sudah disimpan.");

    // The board reads the links, without a form, and finds them in the export of that budget year.
    const board = await (await browser.newContext()).newPage();
    await signIn(board, "dewan@pokja.example");
    await board.goto(`/commitments/${id}`);
    const read = board.getByRole("region", { name: "Keterkaitan dengan dokumen perencanaan kota" });
    await expect(read).toContainText("2.07.02.2.01.0001");
    await expect(read).toContainText("Perwal Nomor 12 Tahun 2024, Lampiran, Aksi 3.2");
    await expect(board.getByRole("button", { name: "Simpan keterkaitan" })).toHaveCount(0);
    const csv = await board.request.get(`/reports/export?format=csv&table=commitments&budgetYear=${YEAR}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-disposition"]).toContain(`laporan-dewan-ta-${YEAR}-commitments-`);
    const lines = (await csv.text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("Kota,Wilayah,Butir agenda,Jenis komitmen,Status,Persentase selesai,Tanggal laporan,Terverifikasi,Tahun anggaran,RAD Penyandang Disabilitas,RPJMD,RKPD,Program SIPD,Kegiatan SIPD,Subkegiatan SIPD");
    expect(lines.find((l) => l.includes(ITEM))).toMatch(new RegExp(`^Bandung,Jawa,${ITEM},Setiap kota,Direncanakan,10,\\d{4}-\\d{2}-\\d{2},Belum,${YEAR},"Perwal Nomor 12 Tahun 2024, Lampiran, Aksi 3\\.2",,"RKPD ${YEAR}, hlm\\. 41",2\\.07\\.02,2\\.07\\.02\\.2\\.01,2\\.07\\.02\\.2\\.01\\.0001$`));
    await board.context().close();
  });

  test("the delegate's list says which commitments are linked and filters by link and budget year", async ({ page }) => {
    await signIn(page, "delegasi.bandung@pokja.example");
    await page.goto("/workspace/commitments");
    await expect(rowOf(page, id)).toContainText(`Tahun anggaran ${YEAR} · SIPD 2.07.02.2.01.0001`);
    await page.getByLabel("Keterkaitan dengan perencanaan kota").selectOption("linked");
    await page.getByLabel("Tahun anggaran").selectOption(String(YEAR));
    await page.getByRole("button", { name: "Terapkan" }).click();
    await page.waitForURL((url) => url.searchParams.get("plans") === "linked" && url.searchParams.get("budgetYear") === String(YEAR));
    await expect(rowOf(page, id)).toHaveCount(1);
    for (const cell of await page.locator("tbody tr td:last-child").allTextContents()) expect(cell).toContain(`Tahun anggaran ${YEAR}`);
    await expect(page.getByLabel("Keterkaitan dengan perencanaan kota")).toHaveValue("linked");

    await page.goto("/workspace/commitments?plans=unlinked");
    await expect(page.locator("tbody tr").first().or(page.getByText("Tidak ada komitmen yang sesuai dengan saringan ini."))).toBeVisible();
    await expect(rowOf(page, id)).toHaveCount(0);
    for (const cell of await page.locator("tbody tr td:last-child").allTextContents()) expect(cell).toBe("Belum dikaitkan");
    await page.goto(`/workspace/commitments?budgetYear=${OTHER_YEAR}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(rowOf(page, id)).toHaveCount(0);
  });

  for (const locale of LOCALES) {
    test(`the links, their form and the filtered list pass axe (${locale})`, async ({ page, context, baseURL }) => {
      await setLocaleCookie(context, baseURL!, locale);
      await signIn(page, "delegasi.bandung@pokja.example");
      await page.goto(`/commitments/${id}`);
      await expect(page.getByRole("heading", { level: 2, name: locale === "en" ? "Links to the city's planning documents" : "Keterkaitan dengan dokumen perencanaan kota" })).toBeVisible();
      await expectAccessible(page);
      // A refusal in this language, said next to its field.
      await page.getByLabel(locale === "en" ? "Budget year" : "Tahun anggaran").fill("2.025");
      await submit(page, page.getByRole("button", { name: locale === "en" ? "Save links" : "Simpan keterkaitan" }));
      await expect(page.locator("#budgetYear-error")).toHaveText(locale === "en" ? "Enter the budget year as four digits, for example 2025." : "Isi tahun anggaran dengan empat angka, misalnya 2025.");
      await expectAccessible(page);
      await page.goto(`/workspace/commitments?plans=linked&budgetYear=${YEAR}`);
      await expect(rowOf(page, id)).toContainText(locale === "en" ? `Budget year ${YEAR}` : `Tahun anggaran ${YEAR}`);
      await expectAccessible(page);
    });
  }
});
