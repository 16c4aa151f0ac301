// The secretariat's participation forms work as plain HTML forms: without JavaScript a city's place
// is set, a person is added, changed and removed, and each refusal is said at its field with what was
// typed kept. Repeatable: the demo forum, unique names, and everything undone at the end.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/fixtures";

const DEMO = "forum-contoh-rencana-aksi";
const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test("without JavaScript the secretariat keeps a forum's cities and attendance list", async ({ page }) => {
  const s = stamp();
  await signIn(page, "sekretariat@pokja.example");
  await page.goto(`/manage/forums/${DEMO}/participation`);
  const save = page.getByRole("button", { name: "Simpan keikutsertaan kota" });

  // A note over the limit is refused next to it; the choices and the text stay.
  const status = page.getByLabel("Keikutsertaan Batu", { exact: true });
  const note = page.getByLabel("Catatan untuk Batu", { exact: true });
  const long = `Tidak hadir karena agenda daerah ${s} `.padEnd(501, "x");
  await status.selectOption("ABSENT");
  await note.fill(long);
  await save.click();
  await expect(page.locator("main [role=alert]")).toContainText("Catatan paling banyak 500 karakter");
  const noteId = await note.getAttribute("id");
  await expect(page.locator(`#${noteId}-error`)).toHaveText("Catatan paling banyak 500 karakter");
  await expect(status).toHaveValue("ABSENT");
  await expect(note).toHaveValue(long);

  await note.fill(`Tidak hadir karena agenda daerah ${s}`);
  await save.click();
  await expect(page.getByRole("status").first()).toHaveText("Keikutsertaan kota telah disimpan.");
  await page.goto(`/forums/${DEMO}`);
  await expect(page.getByRole("table", { name: "Kota yang tidak hadir di forum, dengan catatannya" }).getByRole("row", { name: /Batu/ })).toContainText(s);

  // A person: a missing office is said at its field; then added, changed and removed.
  await page.goto(`/manage/forums/${DEMO}/participation`);
  const name = `Peserta Tanpa Skrip ${s}`;
  await page.getByLabel("Nama", { exact: true }).fill(name);
  await page.getByLabel("Jabatan", { exact: true }).fill("Analis Kebijakan");
  await page.getByRole("button", { name: "Tambah peserta" }).click();
  await expect(page.locator("#office-error")).toHaveText("Masukkan instansi peserta");
  await expect(page.getByLabel("Nama", { exact: true })).toHaveValue(name);
  await expect(page.getByLabel("Jabatan", { exact: true })).toHaveValue("Analis Kebijakan");
  await page.getByLabel("Instansi", { exact: true }).fill("Sekretariat Apeksi");
  await page.getByRole("button", { name: "Tambah peserta" }).click();
  await expect(page.getByRole("status").first()).toHaveText("Peserta telah ditambahkan ke daftar hadir.");

  await page.getByRole("link", { name: `Ubah data ${name}` }).click();
  await page.getByLabel("Kehadiran", { exact: true }).selectOption("ABSENT");
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("status").first()).toHaveText("Data peserta telah diperbarui.");
  await expect(page.getByRole("table", { name: "Peserta forum menurut urutan daftar" }).getByRole("row", { name: new RegExp(name) })).toContainText("Tidak hadir");

  await page.getByRole("link", { name: `Ubah data ${name}` }).click();
  await page.getByRole("button", { name: "Hapus dari daftar hadir" }).click();
  await expect(page.getByRole("status").first()).toHaveText("Peserta telah dihapus dari daftar hadir.");
  await expect(page.getByRole("link", { name: `Ubah data ${name}` })).toHaveCount(0);

  // Batu back to not involved.
  await page.getByLabel("Keikutsertaan Batu", { exact: true }).selectOption("");
  await page.getByLabel("Catatan untuk Batu", { exact: true }).fill("");
  await page.getByRole("button", { name: "Simpan keikutsertaan kota" }).click();
  await expect(page.getByRole("status").first()).toHaveText("Keikutsertaan kota telah disimpan.");
  await expect(page.getByLabel("Keikutsertaan Batu", { exact: true })).toHaveValue("");
});
