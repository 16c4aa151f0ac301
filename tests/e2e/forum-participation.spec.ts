// Who took part in a forum: the public pages tell the Malang forum as the article does (28 member
// cities attended, 8 cities invited, the people named), and the secretariat keeps each city's place
// and the attendance list. Repeatable: the secretariat's changes are made on the demo forum with
// unique names, and undone at the end.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, follow, LOCALES, setLocaleCookie, signIn, submit } from "./support/fixtures";

const MALANG = "forum-konsolidasi-malang-2023";
const DEMO = "forum-contoh-rencana-aksi";
const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

const words = {
  id: {
    attended: "28 kota hadir.",
    invited: "8 kota diundang. Kehadiran kota-kota ini di forum tidak tercatat.",
    invitedTable: "Kota yang diundang ke forum, dengan catatannya",
    people: "Daftar hadir peserta forum, menurut urutan daftar",
    cityTable: "Forum tempat Banjar diundang, hadir, atau tidak hadir",
    invitedStatus: "Diundang",
    list: "28 kota hadir · 8 kota diundang",
    home: "Forum menghimpun 28 kota anggota Pokja dan mengundang 8 kota lain yang berpeluang bergabung.",
    manage: "Atur keikutsertaan",
    title: "Keikutsertaan forum",
    edit: "Ubah data Wahdi Siradjuddin",
    forumTitle: "Forum Konsolidasi Pokja Menuju Kota Inklusif Apeksi",
  },
  en: {
    attended: "28 cities attended.",
    invited: "8 cities were invited. Whether they attended is not recorded.",
    invitedTable: "Cities invited to the forum, with notes",
    people: "The forum's attendance list, in list order",
    cityTable: "Forums Banjar was invited to, attended or was absent from",
    invitedStatus: "Invited",
    list: "28 cities attended · 8 cities invited",
    home: "It brought together 28 member cities of the working group and invited 8 more cities that may join.",
    manage: "Manage participation",
    title: "Forum participation",
    edit: "Edit Wahdi Siradjuddin",
    forumTitle: "Consolidation Forum of Apeksi's Working Group Towards Inclusive Cities",
  },
} as const;

for (const locale of LOCALES) {
  const w = words[locale];

  test(`the Malang forum, its invited cities, the forums list and the home page agree, and pass axe (${locale})`, async ({ page, context, baseURL }) => {
    await setLocaleCookie(context, baseURL!, locale);
    await page.goto(`/forums/${MALANG}`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByText(w.attended, { exact: true })).toBeVisible();
    await expect(page.getByText(w.invited, { exact: true })).toBeVisible();
    const invited = page.getByRole("table", { name: w.invitedTable });
    await expect(invited.locator("tbody th")).toHaveText(["Banjar", "Batu", "Bitung", "Magelang", "Malang", "Palu", "Probolinggo", "Ternate"]);
    await expect(invited.getByRole("row", { name: /Banjar/ })).toContainText("berpeluang bergabung");
    const people = page.getByRole("table", { name: w.people });
    await expect(people.locator("tbody th")).toHaveText(["Wahdi Siradjuddin", "Erik Setyo Santoso"]);
    await expect(people.getByRole("row", { name: /Wahdi/ })).toContainText("Pemerintah Kota Metro");
    await expectAccessible(page);

    await page.goto("/cities/banjar");
    const forums = page.getByRole("table", { name: w.cityTable });
    await expect(forums.locator("tbody tr")).toHaveCount(1);
    await expect(forums.locator("tbody tr")).toContainText([w.forumTitle]);
    await expect(forums.locator("tbody tr td").nth(1)).toHaveText(w.invitedStatus);
    await expectAccessible(page);

    await page.goto("/forums");
    await expect(page.getByRole("listitem").filter({ hasText: "Hotel Santika Premiere Malang" })).toContainText(w.list);
    await expectAccessible(page);

    await page.goto("/");
    const origin = page.getByRole("region", { name: locale === "id" ? "Latar belakang" : "Background" });
    await expect(origin).toContainText(w.home);
    await expect(origin).toContainText("GIZ");
    await follow(page, origin.getByRole("link"));
    await expect(page.getByText(w.invited, { exact: true })).toBeVisible();
  });

  test(`the secretariat's participation pages pass axe (${locale})`, async ({ page, context, baseURL }) => {
    await setLocaleCookie(context, baseURL!, locale);
    await signIn(page, "sekretariat@pokja.example");
    await page.goto(`/forums/${MALANG}`);
    await follow(page, page.getByRole("link", { name: w.manage }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.title);
    await expectAccessible(page);
    await follow(page, page.getByRole("link", { name: w.edit }));
    await expectAccessible(page);
  });
}

/** Sets one city's place in the demo forum on the participation page (the page must be open). */
async function setCity(page: Page, city: string, status: string, note: string) {
  await page.getByLabel(`Keikutsertaan ${city}`, { exact: true }).selectOption(status);
  await page.getByLabel(`Catatan untuk ${city}`, { exact: true }).fill(note);
  await submit(page, page.getByRole("button", { name: "Simpan keikutsertaan kota" }));
  await expect(page.getByRole("status").first()).toHaveText("Keikutsertaan kota telah disimpan.");
}

test("the secretariat invites a city and adds a person by keyboard; each refusal is said at its field", async ({ page }) => {
  const s = stamp();
  await signIn(page, "sekretariat@pokja.example");
  await page.goto(`/forums/${DEMO}`);
  await follow(page, page.getByRole("link", { name: "Atur keikutsertaan" }), "Enter");

  // A note for a city with no place in the forum is refused next to that note, with the typing kept.
  const status = page.getByLabel("Keikutsertaan Palu", { exact: true });
  const note = page.getByLabel("Catatan untuk Palu", { exact: true });
  await status.selectOption("");
  await note.fill(`Kota yang berpeluang bergabung ${s}`);
  await submit(page, page.getByRole("button", { name: "Simpan keikutsertaan kota" }), "Enter");
  const summary = page.locator("main [role=alert]");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Catatan hanya disimpan untuk kota yang diundang, hadir, atau tidak hadir.");
  const noteId = await note.getAttribute("id");
  await expect(page.locator(`#${noteId}-error`)).toContainText("Catatan hanya disimpan");
  await expect(note).toHaveAttribute("aria-invalid", "true");
  await expect(note).toHaveValue(`Kota yang berpeluang bergabung ${s}`);
  await expectAccessible(page);
  // From the summary to the field, by keyboard.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(note).toBeFocused();

  await status.focus();
  await status.selectOption("INVITED");
  await note.focus();
  await submit(page, page.getByRole("button", { name: "Simpan keikutsertaan kota" }), "Enter");
  await expect(page.getByRole("status").first()).toHaveText("Keikutsertaan kota telah disimpan.");
  await expect(status).toHaveValue("INVITED");

  // A person: the missing position is said at its field, everything typed stays.
  const name = `Peserta Uji ${s}`;
  await page.getByLabel("Nama", { exact: true }).fill(name);
  await page.getByLabel("Instansi", { exact: true }).fill("Dinas Tenaga Kerja Kota Palu");
  await page.getByLabel("Kota yang diwakili", { exact: true }).selectOption({ label: "Palu" });
  await page.getByLabel("Kehadiran", { exact: true }).selectOption("INVITED");
  await page.getByLabel("Instansi", { exact: true }).press("Enter");
  await expect(page.locator("#jobTitle-error")).toHaveText("Masukkan jabatan peserta");
  await expect(page.getByLabel("Nama", { exact: true })).toHaveValue(name);
  await expect(page.getByLabel("Kehadiran", { exact: true })).toHaveValue("INVITED");
  await expectAccessible(page);
  await page.getByLabel("Jabatan", { exact: true }).fill("Kepala Dinas Tenaga Kerja");
  await submit(page, page.getByRole("button", { name: "Tambah peserta" }));
  await expect(page.getByRole("status").first()).toHaveText("Peserta telah ditambahkan ke daftar hadir.");

  // The public page says both.
  await page.goto(`/forums/${DEMO}`);
  await expect(page.getByRole("table", { name: "Kota yang diundang ke forum, dengan catatannya" }).getByRole("row", { name: /Palu/ })).toContainText(s);
  await expect(page.getByRole("table", { name: "Daftar hadir peserta forum, menurut urutan daftar" }).getByRole("row", { name: new RegExp(name) })).toContainText("Diundang");
  await page.goto("/cities/palu");
  await expect(page.getByRole("table", { name: /Forum tempat Palu/ }).getByRole("row", { name: /Forum Contoh/ })).toContainText(`Diundang`);

  // Undone: the person removed, the city back to not involved.
  await page.goto(`/manage/forums/${DEMO}/participation`);
  await follow(page, page.getByRole("link", { name: `Ubah data ${name}` }), "Enter");
  await expect(page.getByLabel("Jabatan", { exact: true })).toHaveValue("Kepala Dinas Tenaga Kerja");
  await submit(page, page.getByRole("button", { name: "Hapus dari daftar hadir" }), "Enter");
  await expect(page.getByRole("status").first()).toHaveText("Peserta telah dihapus dari daftar hadir.");
  await expect(page.getByRole("link", { name: `Ubah data ${name}` })).toHaveCount(0);
  await setCity(page, "Palu", "", "");
  await expect(page.getByLabel("Keikutsertaan Palu", { exact: true })).toHaveValue("");
});
