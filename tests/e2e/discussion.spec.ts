import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, follow, LOCALES, setLocaleCookie, signIn, submit } from "./support/fixtures";

const DATA_PROPOSAL = "Basis data terpadu pencari kerja penyandang disabilitas antarkota";

/** Opens the demo proposal of Surakarta (which has a demo discussion) from the list of proposals. */
async function openDataProposal(page: Page) {
  await page.goto(`/proposals?${new URLSearchParams({ q: "basis data pencari kerja" })}`);
  await follow(page, page.getByRole("link", { name: DATA_PROPOSAL }));
}

test("a delegate browses other cities' proposals from the menu, comments, replies and edits — by keyboard", async ({ page }) => {
  const stamp = Date.now().toString(36);
  await signIn(page, "delegasi.metro@pokja.example");
  await follow(page, page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Usulan", exact: true }), "Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Usulan kota-kota");
  await page.getByLabel("Cari kata").fill("basis data pencari kerja");
  await page.getByRole("button", { name: "Terapkan" }).press("Enter");
  await page.waitForURL(/q=basis/);
  await follow(page, page.getByRole("link", { name: DATA_PROPOSAL }), "Enter");

  const discussion = page.getByRole("region", { name: /^Diskusi/ });
  await expect(discussion).toContainText("Diskusi ini hanya terbuka bagi anggota Pokja");
  await expect(discussion).toContainText("Data contoh");

  const text = `Metro siap berbagi data Disnaker (${stamp}).`;
  await discussion.getByLabel("Komentar", { exact: true }).focus();
  await page.keyboard.type(text);
  await expect(discussion.locator("#new-comment-body-count")).toContainText(`${text.length}`);
  await submit(page, discussion.getByRole("button", { name: "Kirim komentar" }), "Enter");
  await expect(page.getByRole("status").filter({ hasText: "Komentar Anda sudah dikirim" })).toBeVisible();
  const mine = discussion.getByRole("listitem").filter({ hasText: text }).first();
  await expect(mine).toContainText("Delegasi Kota Metro (demo)");

  // A reply to Bandung's demo comment, opened and sent with the keyboard.
  const bandungComment = discussion.locator("li").filter({ hasText: "Kota Bandung sudah mencatat" }).first();
  await bandungComment.locator("summary").filter({ hasText: "Balas" }).press("Enter");
  const reply = `Balasan Metro untuk Bandung (${stamp}).`;
  await bandungComment.getByRole("textbox").fill(reply);
  await submit(page, bandungComment.getByRole("button", { name: "Kirim balasan" }));
  await expect(discussion.locator("li li").filter({ hasText: reply })).toBeVisible();

  // Editing keeps the earlier text.
  await follow(page, discussion.getByRole("listitem").filter({ hasText: text }).first().getByRole("link", { name: /^Ubah/ }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ubah komentar");
  await page.getByLabel("Komentar", { exact: true }).fill(`${text} Ditambah catatan.`);
  await submit(page, page.getByRole("button", { name: "Simpan perubahan" }));
  await expect(page.getByRole("status").filter({ hasText: "Perubahan komentar sudah disimpan" })).toBeVisible();
  const edited = page.getByRole("region", { name: /^Diskusi/ }).getByRole("listitem").filter({ hasText: `${text} Ditambah catatan.` }).first();
  await expect(edited).toContainText("diubah");
  await edited.getByText("Versi sebelumnya (1)").click();
  await expect(edited).toContainText(text);
});

test("an empty comment is refused next to the field; a too-long one comes back whole", async ({ page }) => {
  await signIn(page, "delegasi.metro@pokja.example");
  await openDataProposal(page);
  const discussion = page.getByRole("region", { name: /^Diskusi/ });
  await submit(page, discussion.getByRole("button", { name: "Kirim komentar" }));
  await expect(page.locator("#new-comment-body-error")).toHaveText("Tulis komentar Anda (paling sedikit 2 karakter).");
  const long = "Pengalaman Kota Metro. ".repeat(140);
  await discussion.getByLabel("Komentar", { exact: true }).fill(long);
  await expect(discussion.locator("#new-comment-body-count")).toContainText("lebih");
  await submit(page, discussion.getByRole("button", { name: "Kirim komentar" }));
  await expect(page.locator("#new-comment-body-error")).toContainText("3.000");
  await expect(discussion.getByLabel("Komentar", { exact: true })).toHaveValue(long);
});

test("the chair hides a comment with a reason; its author is told", async ({ page }) => {
  const stamp = Date.now().toString(36);
  await signIn(page, "delegasi.bandung@pokja.example");
  await openDataProposal(page);
  const discussion = page.getByRole("region", { name: /^Diskusi/ });
  const text = `Komentar di luar topik (${stamp}).`;
  await discussion.getByLabel("Komentar", { exact: true }).fill(text);
  await submit(page, discussion.getByRole("button", { name: "Kirim komentar" }));
  await expect(discussion.getByRole("listitem").filter({ hasText: text })).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, "ketua@pokja.example");
  await openDataProposal(page);
  await follow(page, page.getByRole("region", { name: /^Diskusi/ }).getByRole("listitem").filter({ hasText: text }).first().getByRole("link", { name: /^Sembunyikan/ }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sembunyikan komentar");
  await page.getByLabel("Alasan").fill("Tidak berkaitan dengan usulan ini.");
  await submit(page, page.getByRole("button", { name: "Sembunyikan komentar" }));
  await expect(page.getByRole("status").filter({ hasText: "Komentar sudah disembunyikan" })).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, "delegasi.bandung@pokja.example");
  await page.goto("/notifications");
  await expect(page.getByRole("main")).toContainText("Alasan: Tidak berkaitan dengan usulan ini.");
});

test("the secretariat invites several delegates from a pasted list, after a check that names the wrong row", async ({ page }) => {
  const stamp = Date.now().toString(36);
  await signIn(page, "sekretariat@pokja.example");
  await page.goto("/manage/users");
  await follow(page, page.getByRole("link", { name: "Undang banyak delegasi" }));
  await page.getByLabel("Daftar delegasi").fill(`a.${stamp}@ternatekota.go.id; Ternate\nb.${stamp}@x.go.id; Gotham`);
  await submit(page, page.getByRole("button", { name: "Periksa daftar" }));
  await expect(page.getByRole("status").filter({ hasText: "1 dari 2 baris perlu diperbaiki" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Gotham/ })).toContainText("Kota ini tidak ada di direktori");
  await expect(page.getByRole("button", { name: /^Kirim/ })).toHaveCount(0);
  await page.getByLabel("Daftar delegasi").fill(`a.${stamp}@ternatekota.go.id; Ternate\nb.${stamp}@bitungkota.go.id; Kota Bitung`);
  await submit(page, page.getByRole("button", { name: "Periksa daftar" }));
  await expect(page.getByRole("status").filter({ hasText: "Semua 2 baris benar" })).toBeVisible();
  await submit(page, page.getByRole("button", { name: "Kirim 2 undangan" }));
  await expect(page.getByRole("heading", { name: "2 undangan dibuat" })).toBeVisible();
  await expect(page.getByLabel(`Tautan undangan untuk b.${stamp}@bitungkota.go.id`)).toHaveValue(/\/invitation\//);
});

for (const locale of LOCALES) {
  test(`dashboards, the proposal list, discussion and bulk invitation pass axe (${locale})`, async ({ page, context, baseURL }) => {
    await setLocaleCookie(context, baseURL!, locale);
    for (const email of ["delegasi.bandung@pokja.example", "ketua@pokja.example", "dewan@pokja.example", "admin@pokja.example"]) {
      await context.clearCookies();
      await setLocaleCookie(context, baseURL!, locale);
      await signIn(page, email);
      await expect(page).toHaveURL(/\/dashboard(\?lang=en)?$/);
      await expectAccessible(page);
    }
    await context.clearCookies();
    await setLocaleCookie(context, baseURL!, locale);
    await signIn(page, "delegasi.metro@pokja.example");
    await page.goto("/proposals?sort=endorsed");
    await expectAccessible(page);
    await openDataProposal(page);
    await page.locator("#discussion summary").first().click();
    await expectAccessible(page);
    await context.clearCookies();
    await setLocaleCookie(context, baseURL!, locale);
    await signIn(page, "sekretariat@pokja.example");
    await page.goto("/manage/users/invite-many");
    await page.locator("#list").fill("x@ternatekota.go.id; Ternate\nbukan-email; Palu");
    await submit(page, page.locator("main form button[value=preview]"));
    await expect(page.locator("main table")).toBeVisible();
    await expectAccessible(page);
  });
}
