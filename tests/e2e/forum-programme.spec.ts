// A forum's programme and minutes, kept by the secretariat from the forum's management hub, and what
// the public forum page shows of them. By keyboard, with axe on every page in both languages.
// Repeatable: the secretariat works on the demo forum with stamped titles, and removes what it added.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, follow, LOCALES, setLocaleCookie, signIn, submit } from "./support/fixtures";

const MALANG = "forum-konsolidasi-malang-2023";
const DEMO = "forum-contoh-rencana-aksi";
const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
/** A day of the demo forum (it runs from a week before the seed's day to two months after). */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const words = {
  id: {
    programme: "Susunan acara",
    opening: "Pembukaan forum konsolidasi",
    speaker: "Wahdi Siradjuddin",
    manage: "Kelola forum",
    hub: "Kelola forum",
    minutes: "Notulen",
    session: "Kelola sesi",
    outputs: "Hasil forum",
    signIn: "Usulan kota dapat dibaca oleh anggota Pokja dan Dewan setelah masuk.",
  },
  en: {
    programme: "Programme",
    opening: "Opening of the consolidation forum",
    speaker: "Wahdi Siradjuddin",
    manage: "Manage the forum",
    hub: "Manage the forum",
    minutes: "Minutes",
    session: "Manage the session",
    outputs: "What the forum produced",
    signIn: "Cities' proposals can be read by members of the working group and the board after signing in.",
  },
} as const;

for (const locale of LOCALES) {
  const w = words[locale];

  test(`the Malang forum's programme is public, and the secretariat's forum pages pass axe (${locale})`, async ({ page, context, baseURL }) => {
    await setLocaleCookie(context, baseURL!, locale);
    await page.goto(`/forums/${MALANG}`);
    const programme = page.getByRole("region", { name: w.programme });
    await expect(programme.getByRole("heading", { level: 3 }).first()).toHaveText(w.opening);
    await expect(programme.getByRole("listitem").first()).toContainText(w.speaker);
    const outputs = page.getByRole("region", { name: w.outputs });
    await expect(outputs).toContainText(w.signIn);
    await expectAccessible(page);

    await signIn(page, "sekretariat@pokja.example");
    // Signed in, the demo forum's proposals are listed.
    await page.goto(`/forums/${DEMO}`);
    await expect(page.getByRole("region", { name: w.outputs }).getByRole("table")).toBeVisible();
    await page.goto(`/forums/${MALANG}`);
    await follow(page, page.getByRole("link", { name: w.manage }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.hub);
    await expectAccessible(page);
    await follow(page, page.getByRole("link", { name: w.programme, exact: true }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.programme);
    await expectAccessible(page);
    await follow(page, page.getByRole("link", { name: `${w.session}: ${w.opening}` }));
    await expectAccessible(page);
    await page.goto(`/manage/forums/${MALANG}`);
    await follow(page, page.getByRole("link", { name: w.minutes, exact: true }));
    await expectAccessible(page);
  });
}

/** Position of each title among the public page's session headings. */
async function publicOrder(page: Page, titles: string[]) {
  const headings = await page.getByRole("region", { name: "Susunan acara", exact: true }).getByRole("heading", { level: 3 }).allInnerTexts();
  return titles.map((title) => headings.indexOf(title));
}

test("the secretariat builds a session with speakers and minutes by keyboard, reorders, and removes it", async ({ page, context, baseURL }) => {
  const s = stamp();
  const first = `Sesi uji pembukaan ${s}`;
  const second = `Sesi uji diskusi ${s}`;
  const [speakerA, speakerB] = [`Narasumber A ${s}`, `Narasumber B ${s}`];
  await signIn(page, "sekretariat@pokja.example");
  await page.goto(`/forums/${DEMO}`);
  await follow(page, page.getByRole("link", { name: "Kelola forum" }), "Enter");
  await expect(page.getByRole("link", { name: /Tambahkan berkas/ })).toBeVisible();
  await follow(page, page.getByRole("link", { name: "Susunan acara", exact: true }), "Enter");

  // An end before its start is refused at the end field, with everything typed kept.
  await page.getByLabel("Jenis sesi").selectOption("OPENING");
  await page.getByLabel("Judul sesi").fill(first);
  await page.getByLabel("Mulai", { exact: true }).fill(`${day(1)}T10:00`);
  await page.getByLabel("Selesai", { exact: true }).fill(`${day(1)}T09:00`);
  await submit(page, page.getByRole("button", { name: "Tambah sesi" }), "Enter");
  const summary = page.locator("main [role=alert]");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Waktu selesai harus sesudah waktu mulai");
  await expect(page.locator("#endsAt-error")).toHaveText("Waktu selesai harus sesudah waktu mulai");
  await expect(page.getByLabel("Selesai", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Judul sesi")).toHaveValue(first);
  await expect(page.getByLabel("Jenis sesi")).toHaveValue("OPENING");
  await expectAccessible(page);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Selesai", { exact: true })).toBeFocused();

  // Outside the forum's days (impossible dates such as 31 February: tests/lib/forums/programme.int.test.ts).
  await page.getByLabel("Mulai", { exact: true }).fill(`${day(-30)}T10:00`);
  await page.getByLabel("Selesai", { exact: true }).fill("");
  await submit(page, page.getByRole("button", { name: "Tambah sesi" }), "Enter");
  await expect(page.locator("#startsAt-error")).toContainText("Waktu sesi harus berada di dalam tanggal forum");
  await expect(page.getByLabel("Mulai", { exact: true })).toHaveValue(`${day(-30)}T10:00`);

  await page.getByLabel("Mulai", { exact: true }).fill(`${day(1)}T09:00`);
  await page.getByLabel("Selesai", { exact: true }).fill(`${day(1)}T10:30`);
  await submit(page, page.getByRole("button", { name: "Tambah sesi" }), "Enter");
  await expect(page.getByRole("status").first()).toHaveText("Sesi telah ditambahkan. Tambahkan narasumbernya di bawah.");
  await expect(page.getByLabel("Judul sesi")).toHaveValue(first);

  // Two speakers, the second moved before the first.
  for (const name of [speakerA, speakerB]) {
    await page.getByLabel("Nama", { exact: true }).fill(name);
    await page.getByLabel("Jabatan atau instansi", { exact: true }).fill("Dinas Tenaga Kerja Kota Metro");
    await page.getByLabel("Jabatan atau instansi", { exact: true }).press("Enter");
    await expect(page.getByRole("status").first()).toHaveText("Narasumber telah ditambahkan.");
  }
  await expectAccessible(page);
  await submit(page, page.getByRole("button", { name: `Naikkan: ${speakerB}` }), "Enter");
  await expect(page.getByRole("status").first()).toHaveText("Urutan narasumber telah diubah.");
  const speakers = page.getByRole("region", { name: "Narasumber", exact: true }).getByRole("listitem");
  await expect(speakers.filter({ hasText: s })).toHaveText([new RegExp(speakerB), new RegExp(speakerA)]);

  // Minutes: two paragraphs, markup kept as text.
  await page.getByLabel("Notulen", { exact: true }).fill(`Peserta membahas rencana aksi ${s}.\n\nDisepakati <b>tiga</b> langkah.`);
  await submit(page, page.getByRole("button", { name: "Simpan notulen" }), "Enter");
  await expect(page.getByRole("status").first()).toHaveText("Notulen sesi telah disimpan.");

  // A second session, then moved before the first.
  await follow(page, page.getByRole("link", { name: "Kembali ke susunan acara" }), "Enter");
  await page.getByLabel("Jenis sesi").selectOption("GROUP_DISCUSSION");
  await page.getByLabel("Judul sesi").fill(second);
  await submit(page, page.getByRole("button", { name: "Tambah sesi" }), "Enter");
  await expect(page.getByRole("status").first()).toContainText("Sesi telah ditambahkan.");
  await follow(page, page.getByRole("link", { name: "Kembali ke susunan acara" }), "Enter");
  await submit(page, page.getByRole("button", { name: `Naikkan: ${second}` }), "Enter");
  await expect(page.getByRole("status").first()).toHaveText("Urutan sesi telah diubah.");
  await expectAccessible(page);

  // The forum's own minutes.
  await page.goto(`/manage/forums/${DEMO}/minutes`);
  const forumMinutes = page.getByLabel("Notulen", { exact: true });
  const previous = await forumMinutes.inputValue();
  await forumMinutes.fill(`Notulen forum ${s}.\nBaris kedua.`);
  await submit(page, page.getByRole("button", { name: "Simpan notulen" }), "Enter");
  await expect(page.getByRole("status").first()).toHaveText("Notulen forum telah disimpan.");

  // The public page: sessions in their order, times in the forum's zone, speakers, minutes as text.
  await page.goto(`/forums/${DEMO}`);
  const [a, b] = await publicOrder(page, [first, second]);
  expect(b).toBeGreaterThanOrEqual(0);
  expect(b).toBeLessThan(a);
  const entry = page.getByRole("region", { name: "Susunan acara", exact: true }).getByRole("listitem").filter({ has: page.getByRole("heading", { name: first }) });
  await expect(entry).toContainText("09.00–10.30 WIB");
  await expect(entry.getByRole("listitem")).toHaveText([new RegExp(speakerB), new RegExp(speakerA)]);
  await entry.locator("summary").click();
  await expect(entry.getByText("Disepakati <b>tiga</b> langkah.")).toBeVisible();
  await expect(entry.locator("b")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Notulen forum" })).toContainText(`Notulen forum ${s}.`);
  await expectAccessible(page);

  // In English: no English title or minutes were given, so the Indonesian ones are marked as such.
  await setLocaleCookie(context, baseURL!, "en");
  await page.goto(`/forums/${DEMO}`);
  await expect(page.locator(`h3 span[lang="id"]`, { hasText: first })).toHaveCount(1);
  await expect(page.getByRole("region", { name: "Minutes of the forum" }).locator("[lang=id]")).toContainText(`Notulen forum ${s}.`);
  await expectAccessible(page);
  await setLocaleCookie(context, baseURL!, "id");

  // Undone: both sessions removed (with their speakers and minutes), the forum's minutes as they were.
  for (const title of [first, second]) {
    await page.goto(`/manage/forums/${DEMO}/programme`);
    await follow(page, page.getByRole("link", { name: `Kelola sesi: ${title}` }), "Enter");
    await submit(page, page.getByRole("button", { name: "Hapus sesi" }), "Enter");
    await expect(page.getByRole("status").first()).toHaveText("Sesi telah dihapus dari susunan acara.");
    await expect(page.getByRole("link", { name: `Kelola sesi: ${title}` })).toHaveCount(0);
  }
  await page.goto(`/manage/forums/${DEMO}/minutes`);
  await page.getByLabel("Notulen", { exact: true }).fill(previous);
  await submit(page, page.getByRole("button", { name: "Simpan notulen" }), "Enter");
  await expect(page.getByRole("status").first()).toHaveText("Notulen forum telah disimpan.");
});

test("a delegate and the board reach none of the programme's pages", async ({ page }) => {
  for (const email of ["delegasi.metro@pokja.example", "dewan@pokja.example"]) {
    await signIn(page, email);
    for (const path of [`/manage/forums/${DEMO}`, `/manage/forums/${DEMO}/programme`, `/manage/forums/${DEMO}/minutes`]) {
      const response = await page.goto(path);
      expect(response?.status(), `${email} ${path}`).toBe(403);
    }
    await page.goto(`/forums/${DEMO}`);
    await expect(page.getByRole("link", { name: "Kelola forum" })).toHaveCount(0);
    await page.context().clearCookies();
  }
});
