// The programme's forms work as plain HTML forms: without JavaScript the secretariat adds a session
// and its speakers, reorders both with the move buttons, keeps the minutes, and removes what it added;
// each refusal is said at its field with what was typed kept. Repeatable: the demo forum, stamped
// titles, and everything undone at the end.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/fixtures";

const DEMO = "forum-contoh-rencana-aksi";
const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test("without JavaScript the secretariat keeps a forum's programme and minutes", async ({ page }) => {
  const s = stamp();
  const [first, second] = [`Sesi tanpa skrip satu ${s}`, `Sesi tanpa skrip dua ${s}`];
  const [speakerA, speakerB] = [`Pembicara A ${s}`, `Pembicara B ${s}`];
  await signIn(page, "sekretariat@pokja.example");
  await page.goto(`/manage/forums/${DEMO}`);
  await page.getByRole("link", { name: "Susunan acara", exact: true }).click();
  const add = page.getByRole("button", { name: "Tambah sesi" });

  // No kind and an over-long English title: both said at their fields, the rest kept.
  const long = `Discussion ${s} `.padEnd(201, "x");
  await page.getByLabel("Judul sesi").fill(first);
  await page.getByLabel("Judul dalam bahasa Inggris").fill(long);
  await page.getByLabel("Mulai", { exact: true }).fill(`${day(2)}T13:00`);
  await add.click();
  await expect(page.locator("main [role=alert]")).toContainText("Pilih jenis sesi dari daftar");
  await expect(page.locator("#kind-error")).toHaveText("Pilih jenis sesi dari daftar");
  await expect(page.locator("#titleEn-error")).toHaveText("Judul paling banyak 200 karakter");
  await expect(page.getByLabel("Judul sesi")).toHaveValue(first);
  await expect(page.getByLabel("Judul dalam bahasa Inggris")).toHaveValue(long);
  await expect(page.getByLabel("Mulai", { exact: true })).toHaveValue(`${day(2)}T13:00`);

  await page.getByLabel("Jenis sesi").selectOption("TALK");
  await page.getByLabel("Judul dalam bahasa Inggris").fill(`Talk ${s}`);
  await add.click();
  await expect(page.getByRole("status").first()).toHaveText("Sesi telah ditambahkan. Tambahkan narasumbernya di bawah.");

  // Speakers: a missing role is said at its field; two added, then reordered.
  await page.getByLabel("Nama", { exact: true }).fill(speakerA);
  await page.getByRole("button", { name: "Tambah narasumber" }).click();
  await expect(page.locator("#role-error")).toHaveText("Masukkan jabatan atau instansi narasumber (minimal 2 karakter)");
  await expect(page.getByLabel("Nama", { exact: true })).toHaveValue(speakerA);
  await page.getByLabel("Jabatan atau instansi", { exact: true }).fill("Sekretariat Apeksi");
  await page.getByRole("button", { name: "Tambah narasumber" }).click();
  await expect(page.getByRole("status").first()).toHaveText("Narasumber telah ditambahkan.");
  await page.getByLabel("Nama", { exact: true }).fill(speakerB);
  await page.getByLabel("Jabatan atau instansi", { exact: true }).fill("Dinas Sosial Kota Bandung");
  await page.getByLabel("Jabatan atau instansi dalam bahasa Inggris").fill("Bandung Social Affairs Office");
  await page.getByRole("button", { name: "Tambah narasumber" }).click();
  await page.getByRole("button", { name: `Turunkan: ${speakerA}` }).click();
  await expect(page.getByRole("status").first()).toHaveText("Urutan narasumber telah diubah.");
  await expect(page.getByRole("region", { name: "Narasumber", exact: true }).getByRole("listitem").filter({ hasText: s })).toHaveText([new RegExp(speakerB), new RegExp(speakerA)]);

  // A speaker changed on their own page, then removed.
  await page.getByRole("link", { name: `Ubah data ${speakerA}` }).click();
  await page.getByLabel("Jabatan atau instansi", { exact: true }).fill("Sekretariat Jenderal Apeksi");
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("status").first()).toHaveText("Data narasumber telah diperbarui.");
  await expect(page.getByRole("region", { name: "Narasumber", exact: true })).toContainText("Sekretariat Jenderal Apeksi");
  await page.getByRole("link", { name: `Ubah data ${speakerA}` }).click();
  await page.getByRole("button", { name: "Hapus narasumber" }).click();
  await expect(page.getByRole("status").first()).toHaveText("Narasumber telah dihapus dari sesi.");
  await expect(page.getByRole("link", { name: `Ubah data ${speakerA}` })).toHaveCount(0);

  // Minutes over the limit are refused with the text kept; then saved.
  const tooLong = `Notulen ${s} `.padEnd(10_001, "x");
  await page.getByLabel("Notulen", { exact: true }).fill(tooLong);
  await page.getByRole("button", { name: "Simpan notulen" }).click();
  await expect(page.locator("#minutes-error")).toHaveText("Notulen paling banyak 10.000 karakter");
  await expect(page.getByLabel("Notulen", { exact: true })).toHaveValue(tooLong);
  await page.getByLabel("Notulen", { exact: true }).fill(`Notulen ${s}: peserta menyepakati pembagian tugas.`);
  await page.getByRole("button", { name: "Simpan notulen" }).click();
  await expect(page.getByRole("status").first()).toHaveText("Notulen sesi telah disimpan.");

  // The session's time changed: an end before its start is refused, then fixed.
  await page.getByLabel("Selesai", { exact: true }).fill(`${day(2)}T12:00`);
  await page.getByRole("button", { name: "Simpan sesi" }).click();
  await expect(page.locator("#endsAt-error")).toHaveText("Waktu selesai harus sesudah waktu mulai");
  await page.getByLabel("Selesai", { exact: true }).fill(`${day(2)}T14:30`);
  await page.getByRole("button", { name: "Simpan sesi" }).click();
  await expect(page.getByRole("status").first()).toHaveText("Sesi telah diperbarui.");

  // A second session, moved before the first.
  await page.getByLabel("Jenis sesi").selectOption("PLENARY");
  await page.getByLabel("Judul sesi").fill(second);
  await add.click();
  await expect(page.getByRole("status").first()).toContainText("Sesi telah ditambahkan.");
  await page.getByRole("link", { name: "Kembali ke susunan acara" }).click();
  await page.getByRole("button", { name: `Naikkan: ${second}` }).click();
  await expect(page.getByRole("status").first()).toHaveText("Urutan sesi telah diubah.");
  const titles = await page.getByRole("region", { name: "Sesi", exact: true }).getByRole("heading", { level: 3 }).allInnerTexts();
  expect(titles.indexOf(second)).toBeGreaterThanOrEqual(0);
  expect(titles.indexOf(second)).toBeLessThan(titles.indexOf(first));

  // The public page shows it.
  await page.goto(`/forums/${DEMO}`);
  const entry = page.getByRole("region", { name: "Susunan acara", exact: true }).getByRole("listitem").filter({ has: page.getByRole("heading", { name: first }) });
  await expect(entry).toContainText("13.00–14.30 WIB");
  await expect(entry).toContainText(speakerB);
  await expect(entry).toContainText("Bandung");

  // Undone.
  for (const title of [first, second]) {
    await page.goto(`/manage/forums/${DEMO}/programme`);
    await page.getByRole("link", { name: `Kelola sesi: ${title}` }).click();
    await page.getByRole("button", { name: "Hapus sesi" }).click();
    await expect(page.getByRole("status").first()).toHaveText("Sesi telah dihapus dari susunan acara.");
  }
  await expect(page.getByRole("link", { name: new RegExp(s) })).toHaveCount(0);
});
