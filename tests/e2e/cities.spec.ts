import { expect, test } from "@playwright/test";
import { expectAccessible, LOCALES, signIn, setLocaleCookie } from "./support/fixtures";

const publicPages = ["/cities", "/cities/metro", "/forums", "/forums/forum-konsolidasi-malang-2023"];
const stewardPages = ["/manage", "/manage/cities/new", "/manage/cities/bandung/edit", "/manage/cities/bandung/membership", "/manage/forums/new", "/manage/forums/forum-konsolidasi-malang-2023/edit", "/manage/forums/forum-konsolidasi-malang-2023/window"];

for (const locale of LOCALES) {
  test(`public directory, city and forum pages pass axe (${locale})`, async ({ page, context, baseURL }) => {
    await setLocaleCookie(context, baseURL!, locale);
    for (const path of publicPages) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expectAccessible(page);
    }
  });

  test(`management pages pass axe (${locale})`, async ({ page, context, baseURL }) => {
    await setLocaleCookie(context, baseURL!, locale);
    await signIn(page, "sekretariat@pokja.example");
    for (const path of stewardPages) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expectAccessible(page);
    }
  });
}

test("the directory filters by region and membership", async ({ page }) => {
  await page.goto("/cities");
  await page.getByLabel("Wilayah").selectOption("MALUKU_PAPUA");
  await page.getByRole("button", { name: "Terapkan saringan" }).click();
  await expect(page).toHaveURL(/region=MALUKU_PAPUA/);
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.locator("th")).toHaveText(["Ambon", "Ternate"]);
  await page.getByLabel("Keanggotaan").selectOption("INVITED");
  await page.getByRole("button", { name: "Terapkan saringan" }).click();
  await expect(rows.locator("th")).toHaveText(["Ternate"]);
  await page.getByRole("link", { name: "Hapus saringan" }).click();
  await expect(rows).toHaveCount(36);
});

test("unknown filter values in the URL are ignored, not an error", async ({ page }) => {
  const response = await page.goto("/cities?region=ATLANTIS&membership=%3Cscript%3E");
  expect(response?.status()).toBe(200);
  await expect(page.locator("tbody tr")).toHaveCount(36);
});

test("a delegate cannot open the management pages", async ({ page }) => {
  await signIn(page, "delegasi.metro@pokja.example");
  const response = await page.goto("/manage/cities/malang/membership");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Akses ditolak");
  await expect(page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Kelola" })).toHaveCount(0);
});

test("an anonymous visitor is sent to sign in and back", async ({ page }) => {
  await page.goto("/manage/cities/new");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fmanage%2Fcities%2Fnew/);
});

test("the chair changes Malang from invited to member and the directory counts 29 members", async ({ page }) => {
  await page.goto("/cities");
  await expect(page.locator("#membership-counts")).toHaveText("28 kota anggota dan 8 kota diundang");
  await signIn(page, "ketua@pokja.example");
  await page.goto("/cities/malang");
  await page.getByRole("link", { name: "Ubah keanggotaan" }).click();

  // A refused first try keeps what was typed and says what is wrong.
  await page.getByLabel("Status baru").selectOption("MEMBER");
  await page.getByLabel("Berlaku sejak").fill("2023-06-01");
  await page.getByRole("button", { name: "Simpan perubahan keanggotaan" }).click();
  const summary = page.locator("main [role=alert]");
  await expect(summary).toContainText("Tuliskan alasan perubahan");
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("Berlaku sejak")).toHaveValue("2023-06-01");
  await expectAccessible(page);

  await page.getByLabel("Alasan").fill("Bergabung sebagai anggota Pokja berdasarkan rapat pleno");
  await page.getByRole("button", { name: "Simpan perubahan keanggotaan" }).click();
  await expect(page.getByRole("status").first()).toContainText("Keanggotaan kota telah diubah");
  await expect(page.getByRole("table", { name: /Riwayat keanggotaan Malang/ })).toContainText("Diundang → Anggota");
  await expect(page.getByRole("table", { name: /Riwayat keanggotaan Malang/ })).toContainText("Ketua Pokja (demo)");

  await page.goto("/cities");
  await expect(page.locator("#membership-counts")).toHaveText("29 kota anggota dan 7 kota diundang");
});

test("adding a city with a duplicate name is refused at the field, with the typing kept", async ({ page }) => {
  await signIn(page, "admin@pokja.example");
  await page.goto("/manage/cities/new");
  await page.getByLabel("Nama kota").fill("bandung");
  await page.getByLabel("Provinsi").fill("Jawa Barat");
  await page.getByLabel("Wilayah").selectOption("JAWA");
  await page.getByLabel("Zona waktu").selectOption("WIB");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.locator("#name-error")).toHaveText("Kota dengan nama ini sudah ada");
  await expect(page.getByLabel("Provinsi")).toHaveValue("Jawa Barat");
  await expect(page.getByLabel("Wilayah")).toHaveValue("JAWA");
});
