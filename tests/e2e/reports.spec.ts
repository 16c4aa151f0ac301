import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { pdfText, readXlsx } from "../support/documents";
import { expectAccessible, follow, LOCALES, setLocaleCookie, signIn } from "./support/fixtures";

test("a board member filters the reports by region, reads the table and downloads CSV, XLSX and PDF", async ({ page }) => {
  await signIn(page, "dewan@pokja.example");
  await follow(page, page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Laporan" }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Laporan dewan");
  await page.getByLabel("Wilayah", { exact: true }).selectOption("JAWA");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/region=JAWA/);

  const table = page.getByRole("region", { name: "Partisipasi kota anggota: angka" });
  await expect(table.getByRole("row", { name: /Bandung/ })).toContainText("Jawa");
  await expect(table).not.toContainText("Kupang"); // Nusa Tenggara Timur, outside the filter
  await expect(page.getByRole("img", { name: /Diagram batang: Partisipasi kota anggota\. \d+ dari \d+ kota anggota/ })).toBeVisible();

  const download = async (name: string | RegExp) => {
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
    return { name: file.suggestedFilename(), data: await readFile((await file.path())!) };
  };

  const csv = await download("Partisipasi kota anggota (CSV)");
  expect(csv.name).toMatch(/^laporan-dewan-participation-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...csv.data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.data.subarray(3).toString("utf8").split("\r\n");
  expect(lines[0]).toBe("Kota,Wilayah,Usulan,Sudah mengirim");
  expect(lines.find((l) => l.startsWith("Bandung,"))).toMatch(/^Bandung,Jawa,\d+,Ya$/);
  expect(lines.some((l) => l.startsWith("Kupang,"))).toBe(false);

  const xlsx = await download(/Buku kerja Excel \(XLSX\)/);
  const sheets = await readXlsx(xlsx.data);
  expect(sheets.map((s) => s.name)).toContain("Partisipasi kota anggota");
  expect(sheets[0].rows.some((r) => r[0] === "Bandung" && r[1] === "Jawa")).toBe(true);

  const pdf = await pdfText((await download("Laporan siap cetak (PDF)")).data);
  expect(pdf.title).toBe("Laporan dewan, Pokja Kota Inklusif");
  expect(pdf.text).toContain("Wilayah: Jawa");
  expect(pdf.text).toContain("Bandung");
});

for (const locale of LOCALES) {
  test(`the board reports pass axe (${locale})`, async ({ page, context, baseURL }) => {
    await setLocaleCookie(context, baseURL!, locale);
    await signIn(page, "dewan@pokja.example");
    await page.goto("/reports");
    await expectAccessible(page);
    await page.goto("/reports?region=SULAWESI&forum=unknown");
    await expectAccessible(page);
  });
}

test("delegates cannot read the board reports or download them; visitors are sent to sign in", async ({ page, request }) => {
  const anonymous = await request.get("/reports/export?format=csv", { maxRedirects: 0 });
  expect(anonymous.status()).toBe(303);
  expect(anonymous.headers().location).toContain("/sign-in");
  await signIn(page, "delegasi.metro@pokja.example");
  expect((await page.goto("/reports"))?.status()).toBe(403);
  expect((await page.request.get("/reports/export?format=xlsx")).status()).toBe(403);
});

test("the public agenda downloads as open data, and a bad format is a clear 400", async ({ request }) => {
  const json = await request.get("/agenda/export?format=json&region=ATLANTIS");
  expect(json.status()).toBe(200);
  const data = await json.json();
  expect(data.tables[0].key).toBe("agenda");
  expect(data.filters.region).toBeNull();
  const bad = await request.get("/agenda/export?format=exe");
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain("csv, csv-id, xlsx, json");
});
