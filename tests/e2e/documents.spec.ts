import { expect, test, type Page } from "@playwright/test";
import { pdfText } from "../support/documents";
import { setLocaleCookie, signIn } from "./support/fixtures";

/** Follows a document link's address as the browser would download it: a PDF, named, as an attachment. */
async function fetchPdf(page: Page, name: string | RegExp, file: RegExp) {
  const link = page.getByRole("link", { name });
  await expect(link).toBeVisible();
  const response = await page.request.get((await link.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(file);
  return pdfText(await response.body());
}

test("the board finds the chair's report per cycle and a city's action plan, as PDF in Indonesian", async ({ page }) => {
  await signIn(page, "dewan@pokja.example");
  await page.goto("/reports");
  const report = await fetchPdf(page, "Siklus 2023 (PDF)", /^attachment; filename="laporan-ketua-pokja-2023-\d{4}-\d{2}-\d{2}\.pdf"$/);
  expect(report.title).toBe("Laporan Ketua Pokja Menuju Kota Inklusif Siklus 2023");
  expect(report.language).toBe("id-ID");
  expect(report.text).toContain("28 Februari 2023");
  await page.goto("/cities/bandung");
  const plan = await fetchPdf(page, /Rencana aksi Kota Bandung \(PDF/, /^attachment; filename="rencana-aksi-bandung-\d{4}-\d{2}-\d{2}\.pdf"$/);
  expect(plan.text).toContain("Halaman 1 dari");
});

test("a delegate prints the own city's action plan from its commitments, in English", async ({ page, context, baseURL }) => {
  await setLocaleCookie(context, baseURL!, "en");
  await signIn(page, "delegasi.metro@pokja.example");
  await page.goto("/workspace/commitments");
  const plan = await fetchPdf(page, /Action plan of Metro \(PDF/, /^attachment; filename="action-plan-metro-\d{4}-\d{2}-\d{2}\.pdf"$/);
  expect(plan.title).toBe("Action Plan of the City of Metro");
  expect(plan.language).toBe("en-GB");
  expect(plan.text).toContain("Mayor of Metro,");
  // Another city's plan is not the delegate's to print: no link, and the address answers 403.
  await page.goto("/cities/bandung");
  await expect(page.getByRole("link", { name: /Action plan of Bandung/ })).toHaveCount(0);
  expect((await page.request.get("/cities/bandung/action-plan")).status()).toBe(403);
});

test("the chair's report in English, and no document links for visitors", async ({ page, context, baseURL, request }) => {
  await setLocaleCookie(context, baseURL!, "en");
  await signIn(page, "ketua@pokja.example");
  await page.goto("/reports");
  const report = await fetchPdf(page, "Cycle 2023 (PDF)", /^attachment; filename="chair-report-2023-\d{4}-\d{2}-\d{2}\.pdf"$/);
  expect(report.text).toContain("28 February 2023");
  expect(report.text).toContain("Page 1 of");
  const visitor = await request.get("/cities/bandung/action-plan", { maxRedirects: 0 });
  expect(visitor.status()).toBe(303);
  expect(visitor.headers().location).toContain("/sign-in");
  await context.clearCookies();
  await page.goto("/cities/bandung");
  await expect(page.getByRole("link", { name: /PDF/ })).toHaveCount(0);
});
