// Yearly cycles and editions, as the chair and a visitor use them: the chair freezes the current
// cycle's published agenda (a deliberate second step), the edition has its permanent page and files,
// the next cycle starts with one item closed with a reason and one carried over, a second edition is
// frozen and the two compare. Repeatable: each run freezes the cycle its own items landed in and ends
// with a new open cycle and its items unpublished.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, follow, LOCALES, publishEveryCityItem, setLocaleCookie, signIn, submit, submitProposal } from "./support/fixtures";

const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Freezes the newest open cycle from /manage/cycles; returns its year. */
async function freezeNewestCycle(page: Page, expectTitles: string[]): Promise<number> {
  await page.goto("/manage/cycles");
  const link = page.getByRole("link", { name: /^Bekukan edisi \d{4}$/ }).first();
  const year = Number((await link.textContent())!.match(/\d{4}/)![0]);
  await follow(page, link, "Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Bekukan Agenda Nasional Apeksi ${year}`);
  for (const title of expectTitles) await expect(page.getByRole("listitem").filter({ hasText: title })).toHaveCount(1);
  // Without ticking the confirmation nothing is frozen, and the error says what to do, by the box.
  await submit(page, page.getByRole("button", { name: `Bekukan edisi ${year}` }));
  await expect(page.locator("#confirm-error")).toHaveText("Centang pernyataan ini untuk membekukan edisi.");
  await expect(page.getByRole("link", { name: "Centang pernyataan ini untuk membekukan edisi." })).toBeVisible();
  await page.getByLabel(`Saya memahami bahwa Agenda Nasional Apeksi ${year} tidak dapat diubah setelah dibekukan.`).check();
  await submit(page, page.getByRole("button", { name: `Bekukan edisi ${year}` }));
  await page.waitForURL(`**/agenda/editions/${year}?saved=frozen`);
  return year;
}

test("the chair freezes a cycle, starts the next one closing an item with a reason, and editions compare", async ({ page, context, baseURL }) => {
  test.setTimeout(180_000);
  const key = stamp();
  const closing = { source: `Usulan forum bisnis ${key}`, title: `Forum bisnis inklusif ${key}` };
  const carried = { source: `Usulan bursa kerja ${key}`, title: `Bursa kerja inklusif ${key}` };
  await signIn(page, "delegasi.metro@pokja.example");
  await submitProposal(page, closing.source);
  await submitProposal(page, carried.source);
  await signIn(page, "ketua@pokja.example");
  const closingId = await publishEveryCityItem(page, closing.source, closing.title);
  const carriedId = await publishEveryCityItem(page, carried.source, carried.title);

  await page.goto("/manage/cycles");
  await expectAccessible(page);
  const year = await freezeNewestCycle(page, [closing.title, carried.title]);
  await expect(page.getByRole("status").first()).toContainText(`Agenda Nasional Apeksi ${year} telah dibekukan.`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Agenda Nasional Apeksi ${year}`);
  await expect(page.getByRole("heading", { level: 3, name: closing.title })).toBeVisible();

  // Edited afterwards, the item changes; the edition does not.
  await page.goto(`/agenda/manage/${carriedId}`);
  await page.getByLabel("Judul", { exact: true }).fill(`${carried.title} (diperbarui)`);
  await submit(page, page.getByRole("region", { name: "Ubah butir" }).getByRole("button", { name: "Simpan" }));
  await expect(page.getByRole("status").first()).toHaveText("Butir agenda sudah diperbarui.");
  await page.goto(`/agenda/editions/${year}`);
  await expect(page.getByRole("heading", { level: 3, name: carried.title, exact: true })).toBeVisible();

  // The next cycle: close one item with a reason (refused without one), carry the other.
  await page.goto("/manage/cycles");
  await follow(page, page.getByRole("link", { name: `Mulai siklus setelah ${year}` }));
  await expect(page.getByLabel("Tahun siklus berikutnya")).toHaveValue(String(year + 1));
  const closingGroup = page.getByRole("group", { name: new RegExp(closing.title) });
  await closingGroup.getByLabel("Tutup butir ini").check();
  await submit(page, page.getByRole("button", { name: "Mulai siklus berikutnya" }));
  await expect(page.getByRole("group", { name: new RegExp(closing.title) }).getByText("Tuliskan alasan penutupan butir ini.")).toBeVisible();
  // What was chosen survives the refusal.
  await expect(page.getByRole("group", { name: new RegExp(closing.title) }).getByLabel("Tutup butir ini")).toBeChecked();
  await page.getByRole("group", { name: new RegExp(closing.title) }).getByLabel("Alasan penutupan").fill("Digabung ke butir bursa kerja inklusif.");
  await submit(page, page.getByRole("button", { name: "Mulai siklus berikutnya" }));
  await page.waitForURL(`**/manage/cycles?saved=started&year=${year + 1}`);
  await expect(page.getByRole("status").first()).toHaveText(`Siklus ${year + 1} telah dimulai.`);

  // The closed item stays readable, says why, and is gone from the live agenda.
  await page.goto(`/agenda/${closingId}`);
  await expect(page.getByRole("note")).toContainText("Digabung ke butir bursa kerja inklusif.");
  await page.goto(`/agenda?${new URLSearchParams({ page: "1" })}`);
  await expect(page.getByRole("link", { name: closing.title })).toHaveCount(0);

  // Freeze the new cycle too, so two editions compare.
  const next = await freezeNewestCycle(page, [`${carried.title} (diperbarui)`]);
  expect(next).toBe(year + 1);
  for (const locale of LOCALES) {
    await setLocaleCookie(context, baseURL!, locale);
    await page.goto(`/agenda/editions/compare?from=${year}&to=${year + 1}`);
    const dropped = page.getByRole("table", { name: locale === "id" ? `Butir edisi ${year} yang tidak ada dalam edisi berikutnya` : `Items of the ${year} edition missing from the later one` });
    await expect(dropped.getByRole("row", { name: new RegExp(closing.title) })).toContainText("Digabung ke butir bursa kerja inklusif.");
    const continued = page.getByRole("table", { name: locale === "id" ? "Butir yang ada dalam kedua edisi, dengan urutan dan kemajuannya" : "Items in both editions, with their rank and progress" });
    await expect(continued.getByRole("row", { name: new RegExp(carried.title) })).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/agenda/editions/${year}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(locale === "id" ? `Agenda Nasional Apeksi ${year}` : `Apeksi National Agenda ${year}`);
    await expectAccessible(page);
    const pdf = await page.request.get(`/agenda/editions/${year}/export?format=pdf`);
    expect([pdf.status(), pdf.headers()["content-type"]]).toEqual([200, "application/pdf"]);
    await page.goto("/agenda/editions");
    await expectAccessible(page);
  }
  await setLocaleCookie(context, baseURL!, "id");

  // Leave an open cycle and no open commitment behind: start the cycle after, then unpublish.
  await page.goto(`/manage/cycles/${year + 1}/next`);
  await expectAccessible(page);
  await submit(page, page.getByRole("button", { name: "Mulai siklus berikutnya" }));
  await page.waitForURL(`**/manage/cycles?saved=started&year=${year + 2}`);
  await page.goto(`/agenda/manage/${carriedId}`);
  await submit(page, page.getByRole("button", { name: "Tarik dari penerbitan" }));
  await expect(page.getByRole("status").first()).toHaveText("Butir agenda sudah ditarik dari penerbitan.");
});

test("a visitor reads an edition and compares editions; a delegate cannot manage cycles", async ({ page }) => {
  await page.goto("/agenda");
  await follow(page, page.getByRole("link", { name: "Edisi tahunan" }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edisi Agenda Nasional Apeksi");
  await expectAccessible(page);
  // A year without an edition is not found, and its title does not name an edition.
  expect((await page.goto("/agenda/editions/2099"))?.status()).toBe(404);
  await expect(page).toHaveTitle(/Edisi tidak ditemukan/);
  await signIn(page, "delegasi.metro@pokja.example");
  const response = await page.goto("/manage/cycles");
  expect(response?.status()).toBe(403);
});
