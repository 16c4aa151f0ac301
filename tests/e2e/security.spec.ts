// The portal against an outsider, over HTTP as a browser or a script would send it: redirects,
// sessions, client addresses, what served pages give away, and unreadable addresses.
import fc from "fast-check";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../lib/seed/demo-accounts";
import { formFields } from "../../scripts/lib/html-forms";
import { follow, publishEveryCityItem, signIn, submit, submitProposal } from "./support/fixtures";

/** Posts a page's no-JavaScript form (found by a marker in it) with extra fields; answers without following redirects. */
async function postForm(request: APIRequestContext, path: string, marker: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const html = await (await request.get(path)).text();
  const multipart: Record<string, string> = Object.fromEntries(formFields(html, marker));
  return request.post(path, { multipart: { ...multipart, ...fields }, maxRedirects: 0, headers });
}

const hostileDestinations = fc.oneof(
  fc.constantFrom("/\t/evil.example", "/\n/evil.example", "/\r/evil.example", "/\u3000/evil.example", "//evil.example", "/\\evil.example", "https://evil.example", "/%E0%A4%A", "/a\u0000b", "javascript:alert(1)"),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.webUrl(),
);

test.describe("destinations after sign-in and the language switch", () => {
  test("no generated callback answers 5xx, and the form only ever carries a same-origin path", async ({ request, baseURL }) => {
    await fc.assert(
      fc.asyncProperty(hostileDestinations, async (callback) => {
        const response = await request.get(`/sign-in?callbackUrl=${encodeURIComponent(callback)}`);
        expect(response.status(), JSON.stringify(callback)).toBeLessThan(500);
        const value = formFields(await response.text(), "callbackUrl").find(([name]) => name === "callbackUrl")?.[1] ?? "/";
        expect(new URL(value.replace(/[\t\n\r]/g, ""), baseURL).origin).toBe(new URL(baseURL!).origin);
      }),
      { numRuns: 150 },
    );
  });

  test("a correct sign-in never leads off the portal, whatever the form's callback says", async ({ playwright, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const samples = ["/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", "/\u3000/evil.example", "//evil.example", "/\\evil.example", "https://evil.example/", "/cities?region=JAWA", ...fc.sample(fc.string({ maxLength: 30 }), 6)];
    for (const callbackUrl of samples) {
      const request = await playwright.request.newContext({ baseURL });
      const response = await postForm(request, "/sign-in", "callbackUrl", { email: "dewan@pokja.example", password: DEMO_PASSWORD, callbackUrl });
      expect(response.status(), JSON.stringify(callbackUrl)).toBe(303);
      const location = response.headers().location;
      expect(location).toMatch(/^[\x21-\x7e]+$/);
      expect(new URL(location.replace(/[\t\n\r]/g, ""), baseURL).origin, JSON.stringify(callbackUrl)).toBe(origin);
      await request.dispose();
    }
  });

  test("the language switch returns only to a page of the portal", async ({ request, baseURL }) => {
    for (const returnTo of ["/\t/evil.example", "//evil.example", "https://evil.example", "/\u3000/x", "/cities"]) {
      const response = await postForm(request, "/", 'name="returnTo"', { locale: "en", returnTo });
      expect(response.status()).toBe(303);
      expect(new URL(response.headers().location.replace(/[\t\n\r]/g, ""), baseURL).origin).toBe(new URL(baseURL!).origin);
    }
  });
});

test.describe("sessions end on the server", () => {
  test("a cookie copied before sign-out stops working at once", async ({ page, browser }) => {
    await signIn(page, "delegasi.metro@pokja.example");
    const copied = (await page.context().cookies()).filter((c) => c.name.endsWith("session-token"));
    expect(copied).toHaveLength(1);
    await submit(page, page.getByRole("button", { name: "Keluar" }));
    const thief = await browser.newContext();
    await thief.addCookies(copied);
    const other = await thief.newPage();
    await other.goto("/workspace");
    await expect(other).toHaveURL(/\/sign-in\?callbackUrl=%2Fworkspace/);
    expect(await (await other.request.get("/api/auth/session")).json()).toEqual({});
    await thief.close();
  });

  test("a deactivated user's cookie gives nothing away, not even through next-auth's session endpoint", async ({ page, browser }) => {
    // A user of this test's own, invited by the admin, so no demo account changes for other tests.
    await signIn(page, "admin@pokja.example");
    await page.goto("/manage/users/invite");
    await page.getByLabel("Alamat email").fill("sesi.uji@apeksi.example");
    await page.getByLabel("Peran").selectOption("BOARD");
    await page.getByRole("button", { name: "Buat undangan" }).click();
    const link = await page.getByLabel(/Tautan undangan/).inputValue();
    const user = await (await browser.newContext()).newPage();
    await user.goto(link);
    await user.getByLabel("Nama lengkap").fill("Uji Sesi Dewan");
    await user.getByLabel("Kata sandi baru", { exact: true }).fill("sesi dewan yang panjang 1");
    await user.getByLabel("Ulangi kata sandi baru").fill("sesi dewan yang panjang 1");
    await user.getByRole("button", { name: "Buat akun" }).click();
    await expect(user).toHaveURL(/notice=invited/);
    await signIn(user, "sesi.uji@apeksi.example", "sesi dewan yang panjang 1");
    expect((await (await user.request.get("/api/auth/session")).json()).user).toMatchObject({ name: "Uji Sesi Dewan" });

    await page.goto("/manage/users?q=sesi.uji");
    await page.getByRole("link", { name: "Uji Sesi Dewan" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Uji Sesi Dewan");
    await submit(page, page.getByRole("button", { name: "Nonaktifkan akun" }));
    await expect(page.getByRole("status").first()).toContainText("Akun sudah dinonaktifkan");
    const session = await user.request.get("/api/auth/session");
    expect(await session.json()).toEqual({});
    expect(await (await user.request.get("/account", { maxRedirects: 0 })).status()).toBe(307);
  });

  test("an admin ends a user's sessions on every device", async ({ page, browser }) => {
    const metro = await (await browser.newContext()).newPage();
    await signIn(metro, "delegasi.metro@pokja.example");
    await signIn(page, "admin@pokja.example");
    await page.goto("/manage/users?q=metro");
    await page.getByRole("link", { name: "Delegasi Kota Metro (demo)" }).click();
    await expect(page.getByText(/Sesi yang masih berjalan/)).toBeVisible();
    await submit(page, page.getByRole("button", { name: "Akhiri semua sesi pengguna ini" }));
    await expect(page.getByRole("status").first()).toContainText("sesi sudah diakhiri");
    await metro.goto("/workspace");
    await expect(metro).toHaveURL(/\/sign-in/);
  });
});

test("sign-in throttling counts the connection's own address: a forged X-Forwarded-For changes nothing", async ({ playwright, baseURL }) => {
  // An address no account has, so no other test's sign-in is slowed down.
  const email = `penebak.${Date.now()}@contoh.example`;
  const request = await playwright.request.newContext({ baseURL });
  for (let i = 0; i < 3; i++) {
    const refused = await postForm(request, "/sign-in", "callbackUrl", { email, password: `salah-${i}` }, { "X-Forwarded-For": `198.51.100.${i}` });
    expect(refused.status()).toBe(200);
  }
  // The next try from the same connection has to wait, whatever address it claims.
  const waiting = await postForm(request, "/sign-in", "callbackUrl", { email, password: DEMO_PASSWORD }, { "X-Forwarded-For": "203.0.113.250" });
  expect(waiting.status()).toBe(200);
  expect(await waiting.text()).toContain("Terlalu banyak percobaan masuk yang gagal dari perangkat ini");
  await request.dispose();
});

test("an unreadable address answers 400 in the visitor's language, with the portal's security headers", async ({ request }) => {
  for (const path of ["/proposals/%E0%A4%A", "/cities/%E0%A4%A/x", "/%C0"]) {
    const id = await request.get(path);
    expect(id.status(), path).toBe(400);
    expect(id.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(id.headers()["x-content-type-options"]).toBe("nosniff");
    expect(await id.text()).toContain("Alamat tidak dapat dibaca");
  }
  const en = await request.get("/proposals/%E0%A4%A", { headers: { Cookie: "NEXT_LOCALE=en" } });
  expect(await en.text()).toContain("This address cannot be read");
});

/** The Metro delegate's user id, read from the user list as the secretariat sees it. */
async function metroUserId(browser: Browser) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, "sekretariat@pokja.example");
  await page.goto("/manage/users?q=delegasi.metro");
  const id = (await page.getByRole("link", { name: "Delegasi Kota Metro (demo)" }).getAttribute("href"))!.split("/").pop()!;
  await page.context().close();
  return id;
}

/** The served HTML of a path for one kind of visitor: the first answer (a redirect included) and where it ends. */
async function served(page: Page | null, request: APIRequestContext, path: string) {
  const ctx = page ? page.request : request;
  const first = await ctx.get(path, { maxRedirects: 0 });
  const final = await ctx.get(path);
  return `${first.status()} ${first.headers().location ?? ""}\n${await first.text()}\n${await final.text()}`;
}

test("no page with an id gives away a record its visitor may not see: title, meta, body or sign-in redirect", async ({ page, browser, request }) => {
  const secret = `RAHASIA${Date.now()}`;
  // Metro's draft, and a progress report of Metro on an item asking every city to act.
  await signIn(page, "delegasi.metro@pokja.example");
  await page.goto("/workspace/new");
  await page.getByLabel("Judul usulan *").fill(`${secret} draf Metro`);
  await page.getByLabel("Masalah *").fill(`${secret} masalah yang belum diajukan`);
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByRole("status").first()).toContainText("Draf tersimpan");
  const draft = page.url().match(/proposals\/([^?]+)/)![1];
  const source = `Sumber uji kerahasiaan ${Date.now()}`;
  await submitProposal(page, source);

  const chair = await (await browser.newContext()).newPage();
  await signIn(chair, "ketua@pokja.example");
  const published = await publishEveryCityItem(chair, source, `Butir uji kerahasiaan ${Date.now()}`);
  await page.goto("/workspace/commitments");
  await follow(page, page.getByRole("link", { name: /Butir uji kerahasiaan/ }).first());
  const commitment = page.url().match(/commitments\/([^?]+)/)![1];
  await page.getByLabel("Sedang berjalan").check();
  await page.getByLabel("Persentase selesai").fill("20");
  await page.getByLabel("Yang sudah dikerjakan").fill(`${secret} laporan kemajuan kota Metro`);
  await submit(page, page.getByRole("button", { name: "Simpan laporan" }));
  await expect(page.getByRole("status").first()).toHaveText("Laporan Anda sudah disimpan.");

  // The chair's unpublished agenda item.
  await chair.goto("/agenda/manage/new");
  await chair.getByLabel("Judul", { exact: true }).fill(`${secret} butir belum terbit`);
  await chair.getByLabel("Uraian", { exact: true }).fill(`${secret} uraian butir yang belum terbit`);
  await chair.getByRole("button", { name: "Simpan" }).click();
  await expect(chair.getByRole("status").first()).toContainText("Butir agenda sudah dibuat");
  const item = chair.url().match(/manage\/([^?]+)/)![1];

  const paths = [
    `/proposals/${draft}`, `/proposals/${draft}/edit`, `/proposals/${draft}/withdraw`, `/review/${draft}`,
    `/agenda/${item}`, `/agenda/manage/${item}`, `/commitments/${commitment}`, `/agenda/${published}`,
    `/manage/users/${await metroUserId(browser)}`, `/manage/cities/metro/edit`, `/manage/forums/forum-konsolidasi-malang-2023/edit`,
    `/cities/metro`, "/invitation/tautan-tidak-dikenal", "/reset-password/tautan-tidak-dikenal",
  ];
  const visitors: [string, Page | null][] = [["anonymous", null]];
  for (const email of ["delegasi.bandung@pokja.example", "dewan@pokja.example"]) {
    const visitor = await (await browser.newContext()).newPage();
    await signIn(visitor, email);
    visitors.push([email, visitor]);
  }
  for (const [who, visitor] of visitors) {
    // The board reads every city's commitments and their reports (policy: commitment.view).
    for (const path of paths.filter((p) => !(who.startsWith("dewan") && p.startsWith("/commitments/")))) {
      const html = await served(visitor, request, path);
      expect(html, `${who} ${path}`).not.toContain(secret);
      expect(html, `${who} ${path}`).not.toMatch(/^5\d\d/);
    }
  }
  // The owners do see them.
  expect(await served(page, request, `/proposals/${draft}`)).toContain(secret);
  expect(await served(page, request, `/commitments/${commitment}`)).toContain(secret);
  expect(await served(chair, request, `/agenda/manage/${item}`)).toContain(secret);
});
