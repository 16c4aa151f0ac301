import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../lib/seed/demo-accounts";
import { withE2eDb } from "./support/db";
import { expectAccessible, follow, LOCALES, signIn, setLocaleCookie } from "./support/fixtures";

/** Presses Tab until `target` has focus: proves it is reachable by keyboard, in order. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach ${target} with Tab`);
}

async function typeInto(page: Page, target: Locator, text: string) {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

test("a Metro delegate drafts, leaves, comes back and submits — by keyboard alone", async ({ page }) => {
  // Sign in by keyboard.
  await page.goto("/sign-in");
  await typeInto(page, page.getByLabel("Alamat email"), "delegasi.metro@pokja.example");
  await page.keyboard.press("Tab");
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("banner")).toContainText("Delegasi Kota Metro (demo)");

  await tabTo(page, page.getByRole("link", { name: "Ruang kerja kota", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ruang kerja Kota Metro");
  await tabTo(page, page.getByRole("link", { name: "Usulan baru" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Usulan baru");
  await expectAccessible(page);

  await typeInto(page, page.getByLabel("Judul usulan *"), "Layanan ULD Ketenagakerjaan untuk pencari kerja disabilitas 🙂");
  await typeInto(page, page.getByLabel("Masalah *"), "Pencari kerja penyandang disabilitas di Metro belum punya layanan khusus di Disnaker.");
  await tabTo(page, page.getByRole("button", { name: "Simpan draf" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").first()).toContainText("Draf tersimpan");
  const url = page.url();

  // Leave and come back: the draft is on the server.
  await page.getByRole("button", { name: "Keluar" }).press("Enter");
  await expect(page.getByRole("banner").getByRole("link", { name: "Masuk" })).toBeVisible();
  await signIn(page, "delegasi.metro@pokja.example");
  await page.goto("/workspace");
  // The workspace lists the latest change first: this draft (an earlier run may have left others).
  await page.getByRole("link", { name: /Layanan ULD Ketenagakerjaan/ }).first().press("Enter");
  await expect(page).toHaveURL(url.replace(/\?.*$/, ""));
  await page.getByRole("link", { name: "Ubah usulan", exact: true }).press("Enter");

  // Submitting an incomplete proposal lists what is missing, focused, and keeps what was typed.
  await tabTo(page, page.getByRole("button", { name: "Ajukan usulan" }));
  await page.keyboard.press("Enter");
  const summary = page.locator("main [role=alert]");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Pilih tema");
  await expect(summary).toContainText("Sebutkan perangkat daerah pelaksana");
  await expect(page.getByLabel("Judul usulan *")).toHaveValue("Layanan ULD Ketenagakerjaan untuk pencari kerja disabilitas 🙂");

  await tabTo(page, page.getByLabel("Tema *"));
  await page.keyboard.press("ArrowDown"); // first theme: ULD / job centre
  await tabTo(page, page.getByLabel("Rencana aksi kota sendiri"));
  await page.keyboard.press("Space");
  await typeInto(page, page.getByLabel("Aksi yang diusulkan *"), "Menetapkan ULD dengan Perwal dan melatih petugas layanan.");
  await tabTo(page, page.getByLabel("Disabilitas sensorik"));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByLabel("Jangka pendek (kurang dari 1 tahun)"));
  await page.keyboard.press("Space");
  await typeInto(page, page.getByLabel("Perangkat daerah pelaksana *"), "Dinas Tenaga Kerja");
  await typeInto(page, page.getByLabel("Indikator dan target *"), "ULD melayani 100 pencari kerja pada 2027");
  await typeInto(page, page.getByLabel("Perkiraan anggaran (rupiah)"), "Rp 150.000.000");
  await tabTo(page, page.getByRole("button", { name: "Ajukan usulan" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").first()).toContainText("Usulan sudah diajukan");
  await expect(page.getByText("Rp 150.000.000")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Layanan ULD Ketenagakerjaan untuk pencari kerja disabilitas 🙂");
  await expectAccessible(page);
});

test("the delegate sees a similar Bandung proposal while writing and endorses it — by keyboard", async ({ page }) => {
  await signIn(page, "delegasi.metro@pokja.example");
  await page.goto("/workspace/new");
  await page.getByLabel("Judul usulan *").fill("Membentuk ULD Ketenagakerjaan di Dinas Tenaga Kerja");
  const similar = page.getByRole("complementary").filter({ hasText: "Usulan serupa dari kota lain" });
  const bandung = similar.getByRole("link", { name: /Unit Layanan Disabilitas \(ULD\) Ketenagakerjaan di Disnaker Kota Bandung/ });
  await expect(bandung).toBeVisible();
  await expect(similar).toContainText("Bandung");
  await follow(page, bandung, "Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Membentuk Unit Layanan Disabilitas (ULD) Ketenagakerjaan di Disnaker Kota Bandung");
  // The demo mark beside the title (the footer's demo notice says "Data contoh (demo) …", not this).
  // (The sample file further down carries the same mark; the title's comes first.)
  await expect(page.getByRole("main").getByText("Data contoh", { exact: true }).first()).toBeVisible();
  await page.getByRole("button", { name: "Dukung atas nama kota saya" }).press("Enter");
  await expect(page.getByRole("status").first()).toContainText("Kota Anda sekarang mendukung usulan ini");
  await expect(page.getByRole("complementary").getByRole("link", { name: "Metro" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Tarik dukungan kota saya" }).press("Enter");
  await expect(page.getByRole("status").first()).toContainText("Dukungan kota Anda sudah ditarik");
});

test("after a revision request the delegate edits, resubmits and sees the version diff — by keyboard", async ({ page }) => {
  await signIn(page, "delegasi.metro@pokja.example");
  await page.goto("/workspace/new");
  await page.getByLabel("Judul usulan *").fill("Bursa kerja inklusif tahunan");
  await page.getByLabel("Tema *").selectOption({ index: 4 });
  await page.getByLabel("Rekomendasi untuk agenda nasional Apeksi").press("Space");
  await page.getByLabel("Masalah *").fill("Pemberi kerja dan pencari kerja disabilitas jarang bertemu.");
  await page.getByLabel("Aksi yang diusulkan *").fill("Menggelar bursa kerja inklusif setiap tahun bersama asosiasi pengusaha.");
  await page.getByLabel("Disabilitas fisik").press("Space");
  await page.getByLabel("Jangka menengah (1–3 tahun)").press("Space");
  await page.getByLabel("Perangkat daerah pelaksana *").fill("Dinas Tenaga Kerja");
  await page.getByLabel("Indikator dan target *").fill("Satu bursa kerja setiap tahun");
  await page.getByRole("button", { name: "Ajukan usulan" }).press("Enter");
  await expect(page.getByRole("status").first()).toContainText("Usulan sudah diajukan");
  const id = page.url().match(/proposals\/([^?]+)/)![1];

  // The chair's review screen is the next issue; its decision is arranged here directly.
  withE2eDb((db) => {
    const p = db.prepare(`SELECT version FROM "Proposal" WHERE id = ?`).get(id) as { version: number };
    db.prepare(`UPDATE "Proposal" SET status = 'REVISION_REQUESTED', version = ? WHERE id = ?`).run(p.version + 1, id);
    db.prepare(`INSERT INTO "ProposalEvent" (id, proposalId, type, fromStatus, toStatus, version, comment, createdAt) VALUES (?, ?, 'REVISION_REQUESTED', 'SUBMITTED', 'REVISION_REQUESTED', ?, ?, ?)`)
      .run(`e2e-${id}`, id, p.version + 1, "Tambahkan target jumlah perusahaan yang ikut.", Date.now());
  });

  await page.goto("/workspace");
  const row = page.locator("tbody tr").filter({ has: page.locator(`a[href="/proposals/${id}"]`) });
  await expect(row).toContainText("Perlu revisi");
  await expect(row).toContainText("Tambahkan target jumlah perusahaan yang ikut.");
  await row.getByRole("link").press("Enter");
  await page.getByRole("link", { name: "Ubah usulan", exact: true }).press("Enter");
  await page.getByLabel("Indikator dan target *").fill("Satu bursa kerja setiap tahun dengan 30 perusahaan");
  await page.getByRole("button", { name: "Ajukan usulan" }).press("Enter");
  await expect(page.getByRole("status").first()).toContainText("Usulan sudah diajukan");
  const timeline = page.getByRole("region", { name: "Riwayat" });
  await expect(timeline).toContainText("Diminta revisi");
  await expect(timeline).toContainText("Diajukan kembali");
  const diff = page.getByRole("region", { name: "Perbedaan antarversi" });
  await expect(diff.locator("ins", { hasText: "dengan 30 perusahaan" })).toBeVisible();
  await expect(diff.locator("dt")).toHaveText(["Indikator dan target"]);
  await expectAccessible(page);
});

test("a stale save shows both versions and loses neither", async ({ page, browser }) => {
  await signIn(page, "delegasi.metro@pokja.example");
  await page.goto("/workspace/new");
  await page.getByLabel("Judul usulan *").fill("Usulan yang diubah berdua");
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByRole("status").first()).toContainText("Draf tersimpan");
  const editUrl = `${page.url().replace(/\?.*$/, "")}/edit`;
  await page.goto(editUrl);

  const colleague = await (await browser.newContext()).newPage();
  await signIn(colleague, "delegasi.metro@pokja.example");
  await colleague.goto(editUrl);
  await colleague.getByLabel("Masalah *").fill("Versi rekan: masalah ditulis lebih dulu oleh rekan.");
  await colleague.getByRole("button", { name: "Simpan draf" }).click();
  await expect(colleague.getByRole("status").first()).toContainText("Draf tersimpan");

  await page.getByLabel("Masalah *").fill("Versi saya: masalah yang saya tulis bersamaan.");
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.locator("main [role=alert]")).toContainText("Orang lain sudah menyimpan usulan ini");
  await expect(page.getByRole("region", { name: /Versi 2 yang disimpan orang lain/ })).toContainText("Versi rekan: masalah ditulis lebih dulu oleh rekan.");
  await expect(page.getByLabel("Masalah *")).toHaveValue("Versi saya: masalah yang saya tulis bersamaan.");
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByRole("status").first()).toContainText("Draf tersimpan");
  await page.getByLabel("Versi lama").selectOption("2");
  await page.getByLabel("Versi baru").selectOption("3");
  await page.getByRole("button", { name: "Bandingkan" }).click();
  const diff = page.getByRole("region", { name: "Perbedaan antarversi" });
  await expect(diff.locator("del", { hasText: "rekan" }).first()).toBeVisible();
  await expect(diff.locator("ins", { hasText: "saya" }).first()).toBeVisible();
});

test("a budget reads as the reader writes it, on the page and back in the form, in both languages", async ({ page, context, baseURL }) => {
  await signIn(page, "delegasi.bandung@pokja.example");
  const title = "Membentuk Unit Layanan Disabilitas (ULD) Ketenagakerjaan di Disnaker Kota Bandung";
  await page.goto("/workspace");
  await follow(page, page.getByRole("link", { name: title }));
  const url = page.url().replace(/\?.*$/, "");
  await expect(page.getByRole("main")).toContainText("Rp 250.000.000");
  await follow(page, page.getByRole("link", { name: "Ubah usulan", exact: true }));
  await expect(page.getByLabel("Perkiraan anggaran (rupiah)")).toHaveValue("250.000.000");

  await setLocaleCookie(context, baseURL!, "en");
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("main")).toContainText("IDR 250,000,000");
  await page.goto(`${url}/edit`);
  await expect(page.getByLabel("Estimated budget (rupiah)")).toHaveValue("250,000,000");
});

test("script in a proposal is shown as text, never run", async ({ page }) => {
  await signIn(page, "delegasi.metro@pokja.example");
  await page.goto("/workspace/new");
  let dialog = false;
  page.on("dialog", (d) => { dialog = true; void d.dismiss(); });
  await page.getByLabel("Judul usulan *").fill(`<img src=x onerror="alert(1)"> Aman`);
  await page.getByLabel("Masalah *").fill(`<script>alert("x")</script>`);
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`<img src=x onerror="alert(1)"> Aman`);
  await expect(page.getByText(`<script>alert("x")</script>`)).toBeVisible();
  expect(dialog).toBe(false);
});

test("another city never sees Metro's drafts", async ({ page }) => {
  await signIn(page, "delegasi.metro@pokja.example");
  await page.goto("/workspace/new");
  await page.getByLabel("Judul usulan *").fill("Draf rahasia Metro");
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByRole("status").first()).toContainText("Draf tersimpan");
  const url = page.url().replace(/\?.*$/, "");
  await page.getByRole("button", { name: "Keluar" }).click();
  await signIn(page, "delegasi.bandung@pokja.example");
  expect((await page.goto(url))?.status()).toBe(404);
});

for (const locale of LOCALES) {
  test(`workspace, form and proposal pages pass axe (${locale})`, async ({ page, context, baseURL }) => {
    await setLocaleCookie(context, baseURL!, locale);
    await signIn(page, "delegasi.bandung@pokja.example");
    for (const path of ["/workspace", "/workspace/new"]) {
      await page.goto(path);
      await expectAccessible(page);
    }
    await page.goto("/workspace?status=SUBMITTED");
    // Bandung's sample proposal: sent, so it can be withdrawn (other tests leave drafts above it).
    await follow(page, page.getByRole("link", { name: /Unit Layanan Disabilitas \(ULD\) Ketenagakerjaan di Disnaker Kota Bandung/ }).first());
    await expectAccessible(page);
    await follow(page, page.getByRole("link", { name: locale === "id" ? "Tarik usulan" : "Withdraw proposal" }));
    await expectAccessible(page);
  });
}
