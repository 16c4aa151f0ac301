import { expect, test } from "@playwright/test";
import { expectAccessible, follow, LOCALES, signIn, setLocaleCookie, submit, submitProposal } from "./support/fixtures";

// Repeatable against one database: the decision is taken on a proposal the test submits itself, and the
// last test takes the merged item back (unpublished, merge undone), so the seeded cluster is there again.
const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const ULD_ITEM = "ULD Ketenagakerjaan di setiap kota anggota";

test("the chair reviews the queue, merges three similar proposals from three cities, splits one out and publishes — by keyboard", async ({ page }) => {
  const halte = `Halte dan trotoar aksesibel menuju kawasan industri ${stamp()}`;
  await signIn(page, "delegasi.metro@pokja.example");
  await submitProposal(page, halte);
  await signIn(page, "ketua@pokja.example");
  await follow(page, page.getByRole("link", { name: "Tinjauan" }), "Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Antrean tinjauan");
  await expectAccessible(page);

  // A decision needs its comment; the city is told.
  await page.goto(`/review?${new URLSearchParams({ q: halte, status: "SUBMITTED" })}`);
  await follow(page, page.getByRole("link", { name: halte }), "Enter");
  await page.getByLabel("Minta revisi").press("Space");
  await page.getByRole("button", { name: "Simpan keputusan" }).press("Enter");
  await expect(page.locator("main [role=alert]")).toContainText("Tuliskan catatan untuk kota");
  await page.getByLabel("Catatan untuk kota").fill("Sebutkan ruas jalan yang diprioritaskan.");
  await page.getByRole("button", { name: "Simpan keputusan" }).press("Enter");
  await expect(page.getByRole("status").first()).toContainText("Keputusan tersimpan");
  await expectAccessible(page);

  // The portal suggests the three ULD proposals as one group.
  await page.goto("/review/clusters");
  const cluster = page.getByRole("region", { name: /^Kelompok / }).filter({ hasText: "Pembentukan ULD Ketenagakerjaan pada Dinas Tenaga Kerja Kota Semarang" });
  await expect(cluster).toContainText("Bandung");
  await expect(cluster).toContainText("Kupang");
  await expectAccessible(page);
  await follow(page, cluster.getByRole("link", { name: "Buat butir agenda dari kelompok ini" }), "Enter");

  const selection = page.getByRole("group", { name: "Usulan yang akan digabungkan" });
  await expect(selection.getByRole("checkbox", { checked: true })).not.toHaveCount(0);
  // The chair edits the suggestion: only the three seeded cities' proposals go in.
  for (const box of await selection.getByRole("checkbox").all()) {
    const label = (await box.getAttribute("aria-label")) ?? (await box.evaluate((el) => el.closest("label")?.textContent ?? ""));
    if (!/Bandung|Semarang|Kupang/.test(label)) await box.press("Space");
  }
  await page.getByLabel("Judul", { exact: true }).fill("ULD Ketenagakerjaan di setiap kota anggota");
  await page.getByLabel("Uraian", { exact: true }).fill("Setiap kota anggota membentuk Unit Layanan Disabilitas ketenagakerjaan di Disnaker.");
  await page.getByLabel("Tonggak").fill("2027-06-30: Perwal ULD terbit di kota anggota");
  await page.getByRole("button", { name: "Buat butir agenda baru dari usulan terpilih" }).press("Enter");
  await expect(page.getByRole("status").first()).toContainText("Usulan sudah digabungkan");
  await expect(page.locator("#backing")).toHaveText("Didukung 3 kota dari 2 wilayah melalui 3 usulan asal");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Keluarkan dari butir ini: Kupang" }).press("Enter");
  await expect(page.getByRole("status").first()).toContainText("Usulan sudah dikeluarkan");
  await expect(page.locator("#backing")).toHaveText("Didukung 2 kota dari 1 wilayah melalui 2 usulan asal");

  await page.getByRole("button", { name: "Terbitkan" }).press("Enter");
  await expect(page.getByRole("status").first()).toContainText("Butir agenda sudah diterbitkan");
  await expect(page.locator("main")).toContainText("Diterbitkan");

  await page.goto("/agenda/manage");
  await expect(page.getByRole("row").filter({ hasText: "ULD Ketenagakerjaan di setiap kota anggota" })).toContainText("2 kota");
  await expectAccessible(page);
});

test("a delegate of a merged proposal's city sees where it went", async ({ page }) => {
  await signIn(page, "delegasi.bandung@pokja.example");
  await expect(page.getByRole("banner").getByRole("link", { name: /Pemberitahuan/ })).toContainText(/[1-9]/);
  await page.getByRole("banner").getByRole("link", { name: /Pemberitahuan/ }).press("Enter");
  const note = page.getByRole("listitem").filter({ hasText: "digabungkan ke butir agenda" }).first();
  await expect(note).toContainText("ULD Ketenagakerjaan di setiap kota anggota");
  await expectAccessible(page);
  await follow(page, note.getByRole("link"), "Enter");
  await expect(page.getByRole("region", { name: "Digabungkan ke butir agenda" })).toContainText("ULD Ketenagakerjaan di setiap kota anggota");
  await expect(page.getByRole("region", { name: "Riwayat" })).toContainText("Digabungkan ke agenda");
  await page.goto("/notifications");
  await page.getByRole("button", { name: "Tandai semua sudah dibaca" }).press("Enter");
  await expect(page.getByRole("banner").getByRole("link", { name: /Pemberitahuan/ })).toContainText("0");
});

test("a stale priority order is refused with a clear message", async ({ page, browser }) => {
  await signIn(page, "ketua@pokja.example");
  for (const title of ["Kampanye kuota pekerja disabilitas", "Bursa kerja inklusif nasional"]) {
    await page.goto("/agenda/manage/new");
    await page.getByLabel("Judul", { exact: true }).fill(title);
    await page.getByLabel("Uraian", { exact: true }).fill("Butir agenda untuk menguji urutan prioritas.");
    await page.getByRole("button", { name: "Simpan" }).click();
    await expect(page.getByRole("status").first()).toContainText("Butir agenda sudah dibuat");
  }
  await page.goto("/agenda/manage");
  const other = await (await browser.newContext()).newPage();
  await signIn(other, "sekretariat@pokja.example");
  await other.goto("/agenda/manage");
  const count = await other.getByRole("spinbutton").count();
  await other.getByRole("spinbutton").first().fill(String(count));
  await other.getByRole("spinbutton").last().fill("1");
  await other.getByRole("button", { name: "Simpan urutan" }).click();
  await expect(other.getByRole("status").first()).toContainText("Urutan prioritas tersimpan");
  await page.getByRole("button", { name: "Simpan urutan" }).click();
  await expect(page.locator("main [role=alert]")).toContainText("Urutan agenda sudah diubah orang lain");
});

for (const locale of LOCALES) {
  test(`review and agenda pages pass axe (${locale})`, async ({ page, context, baseURL }) => {
    await setLocaleCookie(context, baseURL!, locale);
    await signIn(page, "sekretariat@pokja.example");
    for (const path of ["/review", "/review/clusters", "/agenda/manage", "/agenda/manage/new", "/notifications"]) {
      expect((await page.goto(path))?.status(), path).toBe(200);
      await expectAccessible(page);
    }
    await page.goto("/review?status=SUBMITTED");
    await follow(page, page.locator("tbody tr th a").first());
    await expectAccessible(page);
  });
}

test("an over-long decision comment is refused with every character kept, and the counter says by how much", async ({ page }) => {
  await signIn(page, "sekretariat@pokja.example");
  await page.goto("/review?status=SUBMITTED");
  await follow(page, page.locator("tbody tr th a").first());
  const comment = "Mohon lengkapi data pendukung dan sebutkan sumbernya. ".repeat(47).trim();
  expect(comment.length).toBeGreaterThan(2500);
  await page.getByLabel("Minta revisi").check();
  await page.getByLabel("Catatan untuk kota").fill(comment);
  await expect(page.locator("#comment-count")).toContainText(`${(comment.length - 2000).toLocaleString("id-ID")} lebih dari batas 2.000`);
  await page.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(page.locator("#comment-error")).toContainText("2.000");
  await expect(page.getByLabel("Catatan untuk kota")).toHaveValue(comment);
});

test("delegates and the board cannot open the review or the agenda tools", async ({ page }) => {
  await signIn(page, "dewan@pokja.example");
  for (const path of ["/review", "/review/clusters", "/agenda/manage", "/agenda/manage/new"]) expect((await page.goto(path))?.status(), path).toBe(403);
});

test("the public national agenda shows published items only, with their cities and no personal data", async ({ page, context, baseURL }) => {
  for (const locale of LOCALES) {
    await setLocaleCookie(context, baseURL!, locale);
    await page.goto("/agenda");
    await expectAccessible(page);
  }
  await setLocaleCookie(context, baseURL!, "id");
  await page.goto("/agenda");
  const item = page.getByRole("listitem").filter({ hasText: "ULD Ketenagakerjaan di setiap kota anggota" });
  await expect(item).toContainText("Diusulkan oleh 2 kota dari");
  await expect(item).toContainText("Bandung, Semarang");
  await expect(page.locator("main")).not.toContainText("Kampanye kuota pekerja disabilitas"); // a draft
  await expect(page.locator("main")).not.toContainText("(demo)"); // no account names
  await follow(page, item.getByRole("link"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ULD Ketenagakerjaan di setiap kota anggota");
  await expect(page.getByRole("region", { name: /Kota pengusul/ })).toContainText("Semarang");
  await expectAccessible(page);
  await page.goto("/agenda?region=MALUKU_PAPUA");
  await expect(page.getByRole("status")).toHaveText("Tidak ada butir agenda yang sesuai dengan saringan ini.");
});

test("the chair takes the item back: unpublished, the merge undone, and its proposals wait in the queue again", async ({ page }) => {
  await signIn(page, "ketua@pokja.example");
  await page.goto("/agenda/manage");
  await follow(page, page.getByRole("link", { name: ULD_ITEM, exact: true }).first());
  await submit(page, page.getByRole("button", { name: "Tarik dari penerbitan" }));
  await expect(page.getByRole("status").first()).toHaveText("Butir agenda sudah ditarik dari penerbitan.");
  await submit(page, page.getByRole("button", { name: "Batalkan penggabungan ini" }));
  // The item had no other source: it is gone, and the proposals are back as they were.
  await page.waitForURL("**/agenda/manage?saved=undone");
  await expect(page.getByRole("status").first()).toHaveText("Penggabungan sudah dibatalkan.");
  await page.goto(`/review?${new URLSearchParams({ q: "Pembentukan ULD Ketenagakerjaan pada Dinas Tenaga Kerja Kota Semarang", status: "SUBMITTED" })}`);
  await expect(page.getByRole("link", { name: "Pembentukan ULD Ketenagakerjaan pada Dinas Tenaga Kerja Kota Semarang" })).toBeVisible();
});
