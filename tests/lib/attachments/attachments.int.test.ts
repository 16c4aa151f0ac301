// Evidence files end to end below the HTTP layer: a real multipart body streamed into the real
// database (SQLite and PostgreSQL), read back piece by piece, and the policy on every download.
import { mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachmentResponse } from "@/lib/attachments/download.server";
import { isSameOrigin } from "@/lib/attachments/http.server";
import { receiveUpload, sweepStaleUploads, type UploadOutcome } from "@/lib/attachments/upload.server";
import { CHUNK_BYTES } from "@/lib/attachments/settings";
import { agendaItemSchema } from "@/lib/agenda/schemas";
import { createProposal } from "@/lib/proposals/commands.server";
import { draftSchema } from "@/lib/proposals/schemas";
import type { Actor } from "@/lib/policy/policy";
import { createTestDb, provider, type TestDb } from "../../support/db";
import { actorFor, delegateFor, type DelegateActor, type TestActor } from "../../support/actors";
import { draftItem, publishedItem } from "../../support/agenda";
import { bytesOf, multipartHead, multipartTail, pdfOf, PNG, sha256, streamedUpload, uploadRequest, UPLOAD_ORIGIN } from "../../support/files";

const MB = 1024 * 1024;
const limits = { maxBytes: 1 * MB, maxFiles: 3 };
const item = agendaItemSchema.parse({ title: "Butir uji berkas", description: "Butir untuk menguji berkas.", level: "EVERY_CITY", owner: "POKJA", themeId: "", indicators: "", milestones: "" });

describe(`evidence files (${provider})`, () => {
  let t: TestDb;
  let tmp: string;
  let metro: DelegateActor;
  let bandung: DelegateActor;
  let chair: TestActor;
  let board: TestActor;
  let draft: string; // Bandung's draft proposal
  let submitted: string; // Bandung's submitted proposal
  const upload = (actor: Actor, request: Request, o: { idleMs?: number } = {}) => receiveUpload(t.db, actor, request, { limits, tmpDir: tmp, ...o });
  const stored = () => t.db.attachment.count();
  const ok = (o: UploadOutcome) => {
    expect(o, JSON.stringify(o)).toMatchObject({ ok: true });
    return o as Extract<UploadOutcome, { ok: true }>;
  };
  const refused = (o: UploadOutcome) => {
    expect(o.ok, JSON.stringify(o)).toBe(false);
    return (o as Extract<UploadOutcome, { ok: false }>).code;
  };
  const download = (actor: Actor, id: string, inline = false, ifNoneMatch: string | null = null) => attachmentResponse(t.db, actor, id, { inline, ifNoneMatch });

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    tmp = await mkdtemp(path.join(os.tmpdir(), "pokja-upload-test-"));
    metro = await delegateFor(t.db, "delegasi.metro@pokja.example");
    bandung = await delegateFor(t.db, "delegasi.bandung@pokja.example");
    chair = await actorFor(t.db, "ketua@pokja.example");
    board = await actorFor(t.db, "dewan@pokja.example");
    draft = (await createProposal(t.db, bandung, draftSchema.parse({ title: "Draf Bandung dengan lampiran" }))).id;
    submitted = (await t.db.proposal.findFirstOrThrow({ where: { city: { slug: "bandung" }, status: "SUBMITTED" } })).id;
  });
  afterAll(async () => {
    await t.drop();
    await rm(tmp, { recursive: true, force: true });
  });

  it("stores a file in pieces with its hash, uploader and description, and gives back exactly the same bytes", async () => {
    const pdf = pdfOf(CHUNK_BYTES * 2 + 1234, 2);
    const result = ok(await upload(bandung, uploadRequest({ on: "proposal", id: draft }, "Perwal ULD yang telah ditandatangani", [{ name: "Perwal ULD – Bandung.pdf", data: pdf }])));
    expect(result.href).toBe(`/proposals/${draft}`);
    const row = await t.db.attachment.findFirstOrThrow({ where: { proposalId: draft }, include: { _count: { select: { chunks: true } } } });
    expect(row).toMatchObject({ fileName: "Perwal ULD – Bandung.pdf", mediaType: "application/pdf", size: pdf.length, sha256: sha256(pdf), description: "Perwal ULD yang telah ditandatangani", uploadedById: bandung.id, replacedAt: null });
    expect(row._count.chunks).toBe(3);
    expect(await t.db.auditEvent.count({ where: { action: "attachment.add", entityId: row.id } })).toBe(1);

    const response = await download(bandung, row.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-length")).toBe(String(pdf.length));
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="Perwal ULD _ Bandung\.pdf"; filename\*=UTF-8''Perwal%20ULD%20%E2%80%93%20Bandung\.pdf$/);
    expect(sha256(await bytesOf(response))).toBe(sha256(pdf));
    // Shown in the browser only on request, and then in a sandbox that runs nothing.
    const inline = await download(bandung, row.id, true);
    expect(inline.headers.get("content-disposition")).toMatch(/^inline;/);
    expect(inline.headers.get("content-security-policy")).toMatch(/^sandbox;.*default-src 'none'/);
    await inline.body?.cancel();
    // The hash is the ETag: a browser that has the file gets 304 and no body.
    const again = await download(bandung, row.id, false, response.headers.get("etag"));
    expect(again.status).toBe(304);
    // The temporary files are gone once the upload is stored.
    expect(await readdir(tmp)).toEqual([]);
  });

  it("takes several files at once, or none of them when one is refused", async () => {
    const before = await stored();
    const result = ok(await upload(bandung, uploadRequest({ on: "proposal", id: draft }, "Foto loket layanan dan notulen", [{ name: "loket.png", data: PNG }, { name: "notulen", data: pdfOf(900, 3) }])));
    expect(result.count).toBe(2);
    const names = (await t.db.attachment.findMany({ where: { proposalId: draft }, orderBy: { createdAt: "asc" } })).map((a) => a.fileName);
    // A name without an extension gets the one its content has.
    expect(names).toEqual(expect.arrayContaining(["loket.png", "notulen.pdf"]));
    expect(await stored()).toBe(before + 2);
    // Now the draft holds 3 files, the limit: one more is refused, naming the limit.
    expect(refused(await upload(bandung, uploadRequest({ on: "proposal", id: draft }, "Satu lagi", [{ name: "lagi.pdf", data: pdfOf(800, 4) }])))).toBe("tooMany");
    expect(await stored()).toBe(before + 2);
  });

  it("refuses a file by its content, not its name or the browser's claim, and keeps what was typed", async () => {
    const fresh = (await createProposal(t.db, bandung, draftSchema.parse({ title: "Draf kedua Bandung" }))).id;
    const send = (files: { name: string; data: Buffer; type?: string }[], description = "Keterangan berkas") => upload(bandung, uploadRequest({ on: "proposal", id: fresh }, description, files));
    const html = Buffer.from("<!DOCTYPE html><html><script>alert(1)</script></html>");
    const html2 = await send([{ name: "laporan.pdf", data: html, type: "application/pdf" }]);
    expect(refused(html2)).toBe("type");
    expect(html2).toMatchObject({ description: "Keterangan berkas", fileName: "laporan.pdf" });
    expect(refused(await send([{ name: "gambar.svg", data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') }]))).toBe("type");
    // A PDF that a browser would also read as HTML.
    expect(refused(await send([{ name: "poliglot.pdf", data: Buffer.from("%PDF-1.4\n<html><body><script>alert(1)</script></body></html>\n%%EOF") }]))).toBe("type");
    expect(refused(await send([{ name: "program.exe", data: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200)]) }]))).toBe("type");
    // A PNG named as a PDF.
    expect(refused(await send([{ name: "surat.pdf", data: PNG }]))).toBe("mismatch");
    expect(refused(await send([{ name: "kosong.pdf", data: Buffer.alloc(0) }]))).toBe("empty");
    expect(refused(await send([{ name: "a.pdf", data: pdfOf(800, 9) }], "   "))).toBe("descriptionRequired");
    expect(refused(await send([{ name: "a.pdf", data: pdfOf(800, 9) }], "x".repeat(501)))).toBe("descriptionTooLong");
    expect(refused(await send([]))).toBe("noFile");
    // Too big: refused while streaming (the declared length is only a claim, and FormData sends none).
    const big = await send([{ name: "besar.pdf", data: pdfOf(limits.maxBytes + 10, 5) }]);
    expect(refused(big)).toBe("tooBig");
    expect(big).toMatchObject({ fileName: "besar.pdf", values: { max: 1 } });
    expect(refused(await send([1, 2, 3, 4].map((n) => ({ name: `f${n}.pdf`, data: pdfOf(700, 20 + n) }))))).toBe("tooManyAtOnce");
    expect(await t.db.attachment.count({ where: { proposalId: fresh } })).toBe(0);
    expect(await readdir(tmp)).toEqual([]);
  });

  it("neutralises hostile file names: no path, no control or direction characters", async () => {
    const fresh = (await createProposal(t.db, bandung, draftSchema.parse({ title: "Draf ketiga Bandung" }))).id;
    ok(await upload(bandung, uploadRequest({ on: "proposal", id: fresh }, "Nama berbahaya", [{ name: "..\\..\\windows\\pass\u200Bwd\u202Egnp.pdf", data: pdfOf(700, 30) }])));
    const row = await t.db.attachment.findFirstOrThrow({ where: { proposalId: fresh } });
    expect(row.fileName).not.toMatch(/[/\\\u0000-\u001f\u200b-\u200f\u202a-\u202e]/);
    expect(row.fileName.endsWith(".pdf")).toBe(true);
    // A NUL cannot even travel in a part's header: the body is malformed, said so, and nothing stored.
    expect(refused(await upload(bandung, uploadRequest({ on: "proposal", id: fresh }, "NUL", [{ name: "../../etc/pass\u0000wd.pdf", data: pdfOf(700, 31) }])))).toBe("malformed");
    expect(await t.db.attachment.count({ where: { proposalId: fresh } })).toBe(1);
  });

  it("refuses a declared 10 GB body before reading it, and stores nothing of a body cut off or stalled", async () => {
    const before = await stored();
    const huge = streamedUpload({ on: "proposal", id: draft }, () => {
      // Never sends a byte: the answer must not wait for one.
    }, { "content-length": String(10 * 1024 * MB) });
    expect(refused(await upload(bandung, huge))).toBe("tooBig");

    const fresh = (await createProposal(t.db, bandung, draftSchema.parse({ title: "Draf keempat Bandung" }))).id;
    const cut = streamedUpload({ on: "proposal", id: fresh }, (c, boundary) => {
      c.enqueue(multipartHead(boundary, "Terputus", "putus.pdf"));
      c.enqueue(pdfOf(300_000, 6));
      c.error(new Error("connection reset"));
    });
    expect(refused(await upload(bandung, cut))).toBe("interrupted");

    const stalled = streamedUpload({ on: "proposal", id: fresh }, (c, boundary) => {
      c.enqueue(multipartHead(boundary, "Macet", "macet.pdf"));
      c.enqueue(pdfOf(10_000, 7));
      // …and then nothing, for longer than the server waits.
    });
    expect(refused(await upload(bandung, stalled, { idleMs: 300 }))).toBe("interrupted");
    expect(await stored()).toBe(before);
    expect(await readdir(tmp)).toEqual([]);

    // The same body, whole, is stored: the cut-off ones failed for being cut off.
    const whole = streamedUpload({ on: "proposal", id: fresh }, (c, boundary) => {
      c.enqueue(multipartHead(boundary, "Utuh", "utuh.pdf"));
      c.enqueue(pdfOf(300_000, 6));
      c.enqueue(multipartTail(boundary));
      c.close();
    });
    ok(await upload(bandung, whole));
  });

  it("replaces a file and keeps the earlier one in the record's history", async () => {
    const fresh = (await createProposal(t.db, bandung, draftSchema.parse({ title: "Draf kelima Bandung" }))).id;
    ok(await upload(bandung, uploadRequest({ on: "proposal", id: fresh }, "Versi pertama", [{ name: "sk.pdf", data: pdfOf(800, 40) }])));
    const first = await t.db.attachment.findFirstOrThrow({ where: { proposalId: fresh } });
    ok(await upload(bandung, uploadRequest({ on: "proposal", id: fresh, replaces: first.id }, "Versi bertanda tangan", [{ name: "sk-ttd.pdf", data: pdfOf(900, 41) }])));
    const rows = await t.db.attachment.findMany({ where: { proposalId: fresh }, orderBy: { createdAt: "asc" } });
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.id === first.id)?.replacedAt).not.toBeNull();
    expect(rows.find((r) => r.id !== first.id)).toMatchObject({ replacesId: first.id, replacedAt: null, fileName: "sk-ttd.pdf" });
    // The earlier file is still there to download.
    expect((await download(bandung, first.id)).status).toBe(200);
    // A file replaced already cannot be replaced again; a replacement is one file.
    expect(refused(await upload(bandung, uploadRequest({ on: "proposal", id: fresh, replaces: first.id }, "Lagi", [{ name: "x.pdf", data: pdfOf(700, 42) }])))).toBe("replacedMeanwhile");
    const current = rows.find((r) => r.id !== first.id)!;
    expect(refused(await upload(bandung, uploadRequest({ on: "proposal", id: fresh, replaces: current.id }, "Dua", [{ name: "a.pdf", data: pdfOf(700, 43) }, { name: "b.pdf", data: pdfOf(700, 44) }])))).toBe("replaceOne");
    // The same bytes twice on one record is a mistake worth saying.
    expect(refused(await upload(bandung, uploadRequest({ on: "proposal", id: fresh }, "Sama", [{ name: "sama.pdf", data: pdfOf(900, 41) }])))).toBe("duplicate");
  });

  it("lets only the record's own city add files, and only while it may change the record", async () => {
    const before = await stored();
    const file = [{ name: "bukti.pdf", data: pdfOf(800, 50) }];
    expect(refused(await upload(metro, uploadRequest({ on: "proposal", id: draft }, "Bukan milik Metro", file)))).toBe("notAllowed");
    expect(refused(await upload(metro, uploadRequest({ on: "proposal", id: submitted }, "Bukan milik Metro", file)))).toBe("notAllowed");
    // Bandung's own proposal once sent (not sent back for revision) no longer takes files.
    expect(refused(await upload(bandung, uploadRequest({ on: "proposal", id: submitted }, "Sudah dikirim", file)))).toBe("notAllowed");
    expect(refused(await upload(chair, uploadRequest({ on: "proposal", id: submitted }, "Ketua", file)))).toBe("notAllowed");
    expect(refused(await upload(null, uploadRequest({ on: "proposal", id: draft }, "Tanpa masuk", file)))).toBe("notAllowed");
    expect(refused(await upload(bandung, uploadRequest({ on: "proposal", id: "tidak-ada" }, "Tidak ada", file)))).toBe("notAllowed");
    expect(refused(await upload(bandung, uploadRequest({ on: "bukan-jenis", id: draft }, "Jenis aneh", file)))).toBe("notAllowed");
    expect(await stored()).toBe(before);
  });

  it("serves each file only to who may see its record: the cross-city matrix on downloads", async () => {
    // A file on Bandung's submitted proposal (stored directly: the city can no longer add to it).
    const onSubmitted = await t.db.attachment.create({ data: { proposalId: submitted, fileName: "terkirim.pdf", mediaType: "application/pdf", size: 4, sha256: "a".repeat(64), description: "Lampiran usulan terkirim", chunks: { create: { position: 0, data: new Uint8Array(Buffer.from("%PDF")) } } } });
    const onDraft = await t.db.attachment.findFirstOrThrow({ where: { proposalId: draft } });
    const draftAgenda = await draftItem(t.db, chair, { ...item, title: "Butir draf berkas" });
    const publicAgenda = await publishedItem(t.db, chair, { ...item, title: "Butir terbit berkas" });
    const forum = await t.db.forum.findFirstOrThrow();
    const commitment = await t.db.commitment.findFirstOrThrow({ where: { agendaItemId: publicAgenda.id, cityId: bandung.cityId } });
    const report = await t.db.progressReport.create({ data: { commitmentId: commitment.id, status: "IN_PROGRESS", percent: 30, summary: "Laporan uji", reportedOn: new Date("2026-11-01") } });
    const add = (data: Record<string, string>) => t.db.attachment.create({ data: { ...data, fileName: "x.pdf", mediaType: "application/pdf", size: 4, sha256: "b".repeat(64), description: "uji", chunks: { create: { position: 0, data: new Uint8Array(Buffer.from("%PDF")) } } } });
    const onDraftAgenda = await add({ agendaItemId: draftAgenda.id });
    const onPublicAgenda = await add({ agendaItemId: publicAgenda.id });
    const onForum = await add({ forumId: forum.id });
    const onReport = await add({ progressReportId: report.id });
    const status = async (actor: Actor, id: string) => {
      const r = await download(actor, id);
      await r.body?.cancel();
      return r.status;
    };
    const who: [string, Actor][] = [["bandung", bandung], ["metro", metro], ["chair", chair], ["board", board], ["visitor", null]];
    const expected: Record<string, Record<string, number>> = {
      draftProposal: { bandung: 200, metro: 404, chair: 404, board: 404, visitor: 404 },
      submittedProposal: { bandung: 200, metro: 200, chair: 200, board: 200, visitor: 404 },
      draftAgenda: { bandung: 404, metro: 404, chair: 200, board: 404, visitor: 404 },
      publicAgenda: { bandung: 200, metro: 200, chair: 200, board: 200, visitor: 200 },
      forum: { bandung: 200, metro: 200, chair: 200, board: 200, visitor: 200 },
      report: { bandung: 200, metro: 404, chair: 200, board: 200, visitor: 404 },
    };
    const files: Record<string, string> = { draftProposal: onDraft.id, submittedProposal: onSubmitted.id, draftAgenda: onDraftAgenda.id, publicAgenda: onPublicAgenda.id, forum: onForum.id, report: onReport.id };
    const got: Record<string, Record<string, number>> = {};
    for (const [record, id] of Object.entries(files)) {
      got[record] = {};
      for (const [name, actor] of who) got[record][name] = await status(actor, id);
    }
    expect(got).toEqual(expected);
    // An id that does not exist, or is not an id at all, answers the same 404.
    expect(await status(bandung, "tidak-ada")).toBe(404);
    expect(await status(bandung, "../../etc/passwd")).toBe(404);
  });

  it("removes at start-up what a crashed process left of uploads, and nothing in progress", async () => {
    const old = path.join(tmp, "upload-ditinggalkan");
    const live = path.join(tmp, "upload-berjalan");
    await writeFile(old, "x");
    await writeFile(live, "y");
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(old, twoHoursAgo, twoHoursAgo);
    await sweepStaleUploads(tmp);
    expect((await readdir(tmp)).sort()).toEqual(["upload-berjalan"]);
    await rm(live);
  });

  it("accepts uploads only from the portal's own pages", () => {
    const from = (headers: Record<string, string>) => isSameOrigin(new Request(`${UPLOAD_ORIGIN}/api/uploads`, { method: "POST", headers }));
    expect(from({ origin: UPLOAD_ORIGIN, host: "portal.test" })).toBe(true);
    // Behind a reverse proxy that names the public host.
    expect(from({ origin: "https://pokja.apeksi.or.id", host: "127.0.0.1:3000", "x-forwarded-host": "pokja.apeksi.or.id" })).toBe(true);
    expect(from({ origin: "https://penyerang.example", host: "portal.test" })).toBe(false);
    expect(from({ origin: "null", host: "portal.test" })).toBe(false);
    expect(from({ host: "portal.test" })).toBe(false);
    expect(from({ host: "portal.test", "sec-fetch-site": "same-origin" })).toBe(true);
    expect(from({ host: "portal.test", "sec-fetch-site": "cross-site" })).toBe(false);
  });
});
