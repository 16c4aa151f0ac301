// The secretariat's verification of what cities report, on both databases: the decision, the
// commitment's verified figures, the city's notification and its answer, and who may decide.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agendaItemSchema } from "@/lib/agenda/schemas";
import { receiveUpload } from "@/lib/attachments/upload.server";
import { addScorecardEntry, reportProgress } from "@/lib/commitments/commands.server";
import { progressReportSchema, scorecardSchema } from "@/lib/commitments/schemas";
import { DomainError } from "@/lib/errors";
import { ForbiddenError, NotFoundError } from "@/lib/policy/policy";
import { decideVerification } from "@/lib/verification/commands.server";
import { verificationSchema } from "@/lib/verification/schemas";
import { createTestDb, provider, type TestDb } from "../../support/db";
import { actorFor, delegateFor, type DelegateActor, type TestActor } from "../../support/actors";
import { publishedItem } from "../../support/agenda";
import { pdfOf, uploadRequest } from "../../support/files";

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (error instanceof NotFoundError) return "notFound";
  if (error instanceof ForbiddenError) return "forbidden";
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

const decision = (over: Record<string, string>) => verificationSchema.parse({ decision: "VERIFIED", note: "", seen: "UNVERIFIED", ...over });
const report = (over: Record<string, unknown>) =>
  progressReportSchema.parse({ status: "IN_PROGRESS", percent: "40", summary: "Perwal ULD sedang disusun.", evidence: "", links: "", reportedOn: "2026-11-01", version: "1", ...over });

describe(`verification (${provider})`, () => {
  let t: TestDb;
  let tmp: string;
  let bandung: DelegateActor;
  let metro: DelegateActor;
  let secretariat: TestActor;
  let board: TestActor;
  let commitmentId: string;
  const now = new Date("2026-11-28T03:00:00Z");
  const commitment = () => t.db.commitment.findUniqueOrThrow({ where: { id: commitmentId } });

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    tmp = await mkdtemp(path.join(os.tmpdir(), "pokja-verify-test-"));
    bandung = await delegateFor(t.db, "delegasi.bandung@pokja.example");
    metro = await delegateFor(t.db, "delegasi.metro@pokja.example");
    secretariat = await actorFor(t.db, "sekretariat@pokja.example");
    board = await actorFor(t.db, "dewan@pokja.example");
    const chair = await actorFor(t.db, "ketua@pokja.example");
    const item = await publishedItem(t.db, chair, agendaItemSchema.parse({ title: "Butir uji verifikasi", description: "Untuk verifikasi.", level: "EVERY_CITY", owner: "POKJA", themeId: "", indicators: "", milestones: "" }));
    commitmentId = (await t.db.commitment.findUniqueOrThrow({ where: { agendaItemId_cityId: { agendaItemId: item.id, cityId: bandung.cityId } } })).id;
  });
  afterAll(async () => {
    await t.drop();
    await rm(tmp, { recursive: true, force: true });
  });

  it("verifies a report: the commitment's verified figures follow, and a newer report is not verified until checked", async () => {
    const c0 = await commitment();
    const first = await reportProgress(t.db, bandung, commitmentId, report({ version: String(c0.version) }), now);
    expect(await commitment()).toMatchObject({ status: "IN_PROGRESS", verifiedStatus: null, currentVerified: false });

    await decideVerification(t.db, secretariat, "progressReport", first.id, decision({ note: "Sesuai draf Perwal." }), now);
    expect(await t.db.progressReport.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ verification: "VERIFIED", verifiedById: secretariat.id, verificationNote: "Sesuai draf Perwal." });
    expect(await commitment()).toMatchObject({ verifiedStatus: "IN_PROGRESS", verifiedPercent: 40, currentVerified: true });
    expect(await t.db.auditEvent.count({ where: { action: "progress.verify", entityId: first.id } })).toBe(1);

    // The city reports "done": the verified figure stays at the last checked report.
    await reportProgress(t.db, bandung, commitmentId, report({ status: "DONE", percent: "100", reportedOn: "2026-11-20", version: String(c0.version + 1) }), now);
    expect(await commitment()).toMatchObject({ status: "DONE", verifiedStatus: "IN_PROGRESS", verifiedPercent: 40, currentVerified: false });
  });

  it("asks the city to clarify with a note; the city is told, answers with a file, and the report is back in the queue", async () => {
    const latest = await t.db.progressReport.findFirstOrThrow({ where: { commitmentId, status: "DONE" } });
    // A question without words is refused by the form.
    expect(verificationSchema.safeParse({ decision: "NEEDS_CLARIFICATION", note: "  ", seen: "UNVERIFIED" }).success).toBe(false);
    const before = await t.db.notification.count({ where: { userId: bandung.id, kind: "evidence.clarify" } });
    await decideVerification(t.db, secretariat, "progressReport", latest.id, decision({ decision: "NEEDS_CLARIFICATION", note: "Lampirkan Perwal yang sudah diundangkan." }), now);
    const notices = await t.db.notification.findMany({ where: { userId: bandung.id, kind: "evidence.clarify" } });
    expect(notices).toHaveLength(before + 1);
    expect(JSON.parse(notices.at(-1)!.params)).toMatchObject({ note: "Lampirkan Perwal yang sudah diundangkan.", href: `/commitments/${commitmentId}#report-${latest.id}` });
    // Nobody in another city hears of it.
    expect(await t.db.notification.count({ where: { userId: metro.id, kind: "evidence.clarify" } })).toBe(0);

    const answer = await receiveUpload(t.db, bandung, uploadRequest({ on: "progressReport", id: latest.id }, "Perwal yang sudah diundangkan", [{ name: "perwal.pdf", data: pdfOf(1200, 60) }]), { limits: { maxBytes: 1024 * 1024, maxFiles: 5 }, tmpDir: tmp });
    expect(answer).toMatchObject({ ok: true, href: `/commitments/${commitmentId}#report-${latest.id}` });
    expect(await t.db.progressReport.findUniqueOrThrow({ where: { id: latest.id } })).toMatchObject({ verification: "UNVERIFIED", verificationNote: "Lampirkan Perwal yang sudah diundangkan." });

    await decideVerification(t.db, secretariat, "progressReport", latest.id, decision({}), now);
    expect(await commitment()).toMatchObject({ verifiedStatus: "DONE", verifiedPercent: 100, currentVerified: true });
    // A verified report's evidence stays as it was checked.
    const late = await receiveUpload(t.db, bandung, uploadRequest({ on: "progressReport", id: latest.id }, "Terlambat", [{ name: "lain.pdf", data: pdfOf(1200, 61) }]), { limits: { maxBytes: 1024 * 1024, maxFiles: 5 }, tmpDir: tmp });
    expect(late).toMatchObject({ ok: false, code: "notAllowed" });
  });

  it("does not overwrite a decision made meanwhile, and lets only the secretariat and chair decide", async () => {
    const first = await t.db.progressReport.findFirstOrThrow({ where: { commitmentId, status: "IN_PROGRESS" } });
    // Someone saw it unverified; it was verified since.
    expect(await refusal(decideVerification(t.db, secretariat, "progressReport", first.id, decision({ decision: "NEEDS_CLARIFICATION", note: "?" }), now))).toBe("changedMeanwhile");
    expect(await refusal(decideVerification(t.db, bandung, "progressReport", first.id, decision({ seen: "VERIFIED" }), now))).toBe("forbidden");
    expect(await refusal(decideVerification(t.db, board, "progressReport", first.id, decision({ seen: "VERIFIED" }), now))).toBe("forbidden");
    expect(await refusal(decideVerification(t.db, metro, "progressReport", first.id, decision({ seen: "VERIFIED" }), now))).toBe("notFound");
    expect(await refusal(decideVerification(t.db, secretariat, "progressReport", "tidak-ada", decision({}), now))).toBe("notFound");
    expect((await t.db.progressReport.findUniqueOrThrow({ where: { id: first.id } })).verification).toBe("VERIFIED");
  });

  it("verifies scorecard figures the same way", async () => {
    const entry = await addScorecardEntry(t.db, bandung, scorecardSchema.parse({ indicator: "ULD", asOf: "2026-10-01", source: "Bagian Hukum", uldEstablished: "yes", uldDecree: "Perwal 12/2026" }), now);
    await decideVerification(t.db, secretariat, "scorecardEntry", entry.id, decision({ decision: "NEEDS_CLARIFICATION", note: "Lampirkan salinan Perwal." }), now);
    const notice = await t.db.notification.findFirstOrThrow({ where: { userId: bandung.id, kind: "evidence.clarify" }, orderBy: { createdAt: "desc" } });
    expect(JSON.parse(notice.params)).toMatchObject({ indicator: "ULD", href: `/workspace/scorecard#entry-${entry.id}` });
    await decideVerification(t.db, secretariat, "scorecardEntry", entry.id, decision({ seen: "NEEDS_CLARIFICATION" }), now);
    expect(await t.db.scorecardEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ verification: "VERIFIED", verifiedById: secretariat.id });
    expect(await t.db.auditEvent.count({ where: { action: "scorecard.verify", entityId: entry.id } })).toBe(2);
    expect(await refusal(decideVerification(t.db, metro, "scorecardEntry", entry.id, decision({ seen: "VERIFIED" }), now))).toBe("notFound");
  });
});
