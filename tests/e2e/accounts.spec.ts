import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../lib/seed/demo-accounts";
import { expectAccessible, follow, LOCALES, signIn, setLocaleCookie } from "./support/fixtures";

async function invite(page: Page, email: string, role: string, city?: string): Promise<string> {
  await page.goto("/manage/users/invite");
  await page.getByLabel("Alamat email").fill(email);
  await page.getByLabel("Peran").selectOption(role);
  if (city) await page.getByLabel("Kota").selectOption({ label: city });
  await page.getByRole("button", { name: "Buat undangan" }).click();
  const link = page.getByLabel(/Tautan undangan/);
  await expect(link).toBeVisible();
  return link.inputValue();
}

test("invite → accept → sign in → sign out, as a new Metro delegate", async ({ page, browser }) => {
  await signIn(page, "sekretariat@pokja.example");
  const link = await invite(page, "bappeda@metrokota.go.id", "DELEGATE", "Metro");
  expect(link).toMatch(/\/invitation\/[\w-]{40,}$/);
  await expect(page.getByRole("status").filter({ hasText: "Email belum dikonfigurasi" })).toBeVisible();

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("Buat akun Anda");
  await expect(invitee.getByText("Delegasi kota untuk Kota Metro")).toBeVisible();
  await expectAccessible(invitee);
  // A weak password is refused at its field; the name stays.
  await invitee.getByLabel("Nama lengkap").fill("Rina Kartika");
  await invitee.getByLabel("Kata sandi baru", { exact: true }).fill("password123");
  await invitee.getByLabel("Ulangi kata sandi baru").fill("password123");
  await invitee.getByRole("button", { name: "Buat akun" }).click();
  await expect(invitee.locator("#password-error")).toHaveText("Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain.");
  await expect(invitee.getByLabel("Nama lengkap")).toHaveValue("Rina Kartika");
  await invitee.getByLabel("Kata sandi baru", { exact: true }).fill("jalan sehat minggu pagi");
  await invitee.getByLabel("Ulangi kata sandi baru").fill("jalan sehat minggu pagi");
  await invitee.getByRole("button", { name: "Buat akun" }).click();

  await expect(invitee).toHaveURL(/\/sign-in\?notice=invited/);
  await expect(invitee.getByRole("status")).toContainText("Akun Anda sudah dibuat");
  await expect(invitee.getByLabel("Alamat email")).toHaveValue("bappeda@metrokota.go.id");
  await invitee.getByLabel("Kata sandi").fill("jalan sehat minggu pagi");
  await invitee.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(invitee.getByRole("banner")).toContainText("Rina Kartika");
  await invitee.getByRole("button", { name: "Keluar" }).click();
  await expect(invitee.getByRole("banner").getByRole("link", { name: "Masuk" })).toBeVisible();

  // The link works once.
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("Tautan tidak berlaku");
  await expect(invitee.getByText("Tautan ini sudah dipakai")).toBeVisible();
});

test("a forged invitation link gets a clear page", async ({ page }) => {
  const response = await page.goto("/invitation/not-a-real-token");
  expect(response?.status()).toBe(200);
  await expect(page.getByText("Tautan ini tidak dikenal")).toBeVisible();
  await expectAccessible(page);
});

/** Submits the sign-in form and waits for the server's answer to be rendered. */
async function submitSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("Alamat email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/sign-in")),
    page.getByRole("button", { name: "Masuk", exact: true }).click(),
  ]);
  await expect(page.getByRole("button", { name: "Masuk", exact: true })).toBeEnabled();
}

test("repeated wrong passwords slow sign-in down; another account is not affected", async ({ page, browser }) => {
  await page.goto("/sign-in");
  for (let i = 0; i < 3; i++) {
    await submitSignIn(page, "dewan@pokja.example", `salah-${i}`);
    await expect(page.locator("main [role=alert]")).toContainText("Alamat email atau kata sandi salah");
  }
  await submitSignIn(page, "dewan@pokja.example", DEMO_PASSWORD); // right, but during the lock
  await expect(page.locator("main [role=alert]")).toContainText(/Terlalu banyak percobaan masuk yang gagal dari perangkat ini. Tunggu \d+ detik/);

  const other = await (await browser.newContext()).newPage();
  await signIn(other, "ketua@pokja.example");
  await expect(other.getByRole("banner")).toContainText("Ketua Pokja (demo)");

  await page.waitForTimeout(1500);
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page.getByRole("banner")).toContainText("Dewan Pengurus (demo)");
});

test("an admin deactivates a user whose open session stops working at once", async ({ page, browser }) => {
  const bandung = await (await browser.newContext()).newPage();
  await signIn(bandung, "delegasi.bandung@pokja.example");
  await bandung.goto("/account");
  await expect(bandung.getByRole("heading", { level: 1 })).toHaveText("Akun saya");

  await signIn(page, "admin@pokja.example");
  await page.goto("/manage/users?q=bandung");
  await follow(page, page.getByRole("link", { name: "Delegasi Kota Bandung (demo)" }));
  await page.getByRole("button", { name: "Nonaktifkan akun" }).click();
  await expect(page.getByRole("status").first()).toContainText("Akun sudah dinonaktifkan");

  await bandung.reload();
  await expect(bandung).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
  await expect(bandung.getByRole("banner").getByRole("link", { name: "Masuk" })).toBeVisible();

  await page.getByRole("button", { name: "Aktifkan kembali akun" }).click();
  await expect(page.getByRole("status").first()).toContainText("Akun sudah diaktifkan kembali");
});

test("an admin issues a reset link; the new password works and the old one does not", async ({ page, browser }) => {
  await signIn(page, "admin@pokja.example");
  // A user of this test's own, so no demo account's password changes for the other tests.
  const link0 = await invite(page, "reset.test@apeksi.example", "BOARD");
  const newcomer = await (await browser.newContext()).newPage();
  await newcomer.goto(link0);
  await newcomer.getByLabel("Nama lengkap").fill("Uji Atur Ulang");
  await newcomer.getByLabel("Kata sandi baru", { exact: true }).fill("sandi pertama yang lama");
  await newcomer.getByLabel("Ulangi kata sandi baru").fill("sandi pertama yang lama");
  await newcomer.getByRole("button", { name: "Buat akun" }).click();
  await expect(newcomer).toHaveURL(/notice=invited/);

  await page.goto("/manage/users?q=reset.test");
  await follow(page, page.getByRole("link", { name: "Uji Atur Ulang" }));
  await page.getByRole("button", { name: "Buat tautan atur ulang kata sandi" }).click();
  const link = await page.getByLabel(/Tautan atur ulang kata sandi/).inputValue();

  const user = await (await browser.newContext()).newPage();
  await user.goto(link);
  await expectAccessible(user);
  await user.getByLabel("Kata sandi baru", { exact: true }).fill("nasi goreng kampung 7");
  await user.getByLabel("Ulangi kata sandi baru").fill("nasi goreng kampung 7");
  await user.getByRole("button", { name: "Simpan kata sandi baru" }).click();
  await expect(user.getByRole("status")).toContainText("Kata sandi Anda sudah diganti");
  await user.getByLabel("Kata sandi").fill("sandi pertama yang lama");
  await user.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(user.locator("main [role=alert]")).toContainText("Alamat email atau kata sandi salah");
  await signIn(user, "reset.test@apeksi.example", "nasi goreng kampung 7");
  await expect(user.getByRole("banner")).toContainText("Uji Atur Ulang");
});

for (const locale of LOCALES) {
  test(`account, user and audit pages pass axe (${locale})`, async ({ page, context, baseURL }) => {
    await setLocaleCookie(context, baseURL!, locale);
    await signIn(page, "admin@pokja.example");
    for (const path of ["/account", "/manage/users", "/manage/users/invite", "/manage/audit"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expectAccessible(page);
    }
    await page.goto("/manage/users");
    await follow(page, page.locator("tbody tr th a").first());
    await expectAccessible(page);
  });
}

test("the audit log lists changes with who made them, and filters by action", async ({ page }) => {
  await signIn(page, "ketua@pokja.example");
  await page.goto("/manage/audit");
  await page.getByLabel("Tindakan").selectOption("user.deactivate");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/action=user\.deactivate/);
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toContainText("Admin Portal (demo)");
  await expect(rows.first()).toContainText("user.deactivate");
  await expectAccessible(page);
});

test("a delegate may not see the user list or the audit log", async ({ page }) => {
  await signIn(page, "delegasi.metro@pokja.example");
  for (const path of ["/manage/users", "/manage/audit", "/manage/users/invite"]) {
    expect((await page.goto(path))?.status(), path).toBe(403);
  }
});
