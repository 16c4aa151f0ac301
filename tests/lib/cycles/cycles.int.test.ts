// Yearly cycles and editions (issue 18, point 3) on a real database: the chair freezes a cycle's
// published agenda as an edition that later changes never touch; the next cycle starts from it with
// items carried over (keeping their commitments and progress) or closed with a reason; two editions
// compare; the edition's files carry the frozen figures; nobody but the chair may do any of it.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { form, nextHeadersMock, nextIntlServerMock, outcome, signInAs } from "../../support/request";

vi.mock("next/headers", () => nextHeadersMock());
vi.mock("next-intl/server", () => nextIntlServerMock());

import { agendaItemSchema } from "@/lib/agenda/schemas";
import { setPublished, updateAgendaItem } from "@/lib/agenda/commands.server";
import { publishedItemPage } from "@/lib/agenda/public.server";
import { reportProgress } from "@/lib/commitments/commands.server";
import { progressReportSchema } from "@/lib/commitments/schemas";
import { createAgendaItem } from "@/lib/agenda/commands.server";
import { freezeEdition, startNextCycle } from "@/lib/cycles/commands.server";
import { editionExport } from "@/lib/cycles/downloads.server";
import { compareEditions, editionOf, editionPage, nextCycleFormFor } from "@/lib/cycles/queries.server";
import { freezeFormSchema, nextCycleFormSchema } from "@/lib/cycles/schemas";
import { DomainError } from "@/lib/errors";
import { forumPage } from "@/lib/forums/queries.server";
import { ForbiddenError } from "@/lib/policy/policy";
import { publishedItem } from "../../support/agenda";
import { actorFor, delegateFor, type DelegateActor, type TestActor } from "../../support/actors";
import { createTestDb, provider, type TestDb } from "../../support/db";
import { bytes, pdfText } from "../../support/documents";

const idle = { status: "idle" as const, errors: {}, values: {} };
const base = agendaItemSchema.parse({ title: "ULD Ketenagakerjaan di setiap kota", description: "Setiap kota anggota membentuk ULD.", level: "EVERY_CITY", owner: "EACH_CITY", indicators: "", milestones: "2027-06-30: Perwal ULD ditetapkan" });
const report = (over: Record<string, string> = {}) =>
  progressReportSchema.parse({ status: "IN_PROGRESS", percent: "40", summary: "Perwal ULD sedang disusun bersama Disnaker.", evidence: "", links: "", reportedOn: "2026-11-01", version: "1", ...over });

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (error instanceof ForbiddenError) return "forbidden";
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

describe(`yearly cycles and editions (${provider})`, () => {
  let t: TestDb;
  let chair: TestActor;
  let secretariat: TestActor;
  let board: TestActor;
  let bandung: DelegateActor;
  let uld: { id: string };
  let training: { id: string };
  let third: { id: string };
  const YEAR = 2031; // a year of its own, so the seeded cycles are not involved

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    process.env.DATABASE_URL = t.url;
    (await import("@/lib/db.server")).resetDbForTests();
    chair = await actorFor(t.db, "ketua@pokja.example");
    secretariat = await actorFor(t.db, "sekretariat@pokja.example");
    board = await actorFor(t.db, "dewan@pokja.example");
    bandung = await delegateFor(t.db, "delegasi.bandung@pokja.example");
    // Every cycle before YEAR is closed, so new items land in YEAR's cycle (the latest not closed).
    await t.db.cycle.updateMany({ data: { status: "CLOSED" } });
    await t.db.cycle.create({ data: { year: YEAR } });
    uld = await publishedItem(t.db, chair, base, "bandung");
    training = await publishedItem(t.db, chair, { ...base, title: "Pelatihan kerja inklusif di setiap kota" }, "metro");
    third = await publishedItem(t.db, chair, { ...base, title: "Kampanye kesadaran pemberi kerja" }, "ambon");
    const commitment = await t.db.commitment.findUniqueOrThrow({ where: { agendaItemId_cityId: { agendaItemId: uld.id, cityId: bandung.cityId } } });
    await reportProgress(t.db, bandung, commitment.id, report({ version: String(commitment.version) }));
  });
  afterAll(async () => {
    await (await import("@/lib/db.server")).getDb().$disconnect();
    await t.drop();
  });

  it("puts new items in the current cycle and the seeded forum in the cycle of its year", async () => {
    expect((await t.db.agendaItem.findUniqueOrThrow({ where: { id: uld.id } })).cycleYear).toBe(YEAR);
    expect((await t.db.forum.findUniqueOrThrow({ where: { slug: "forum-konsolidasi-malang-2023" } })).cycleYear).toBe(2023);
    // The forum's page says which cycle it belongs to (and links its edition once frozen).
    expect((await forumPage("forum-konsolidasi-malang-2023"))?.cycle).toEqual({ year: 2023, edition: null });
    // A draft with no forum made now also goes to the current cycle.
    const draft = await createAgendaItem(t.db, chair, { ...base, title: "Butir draf siklus" });
    expect(draft.cycleYear).toBe(YEAR);
    await t.db.agendaItem.delete({ where: { id: draft.id } });
  });

  it("lets only the chair freeze, and refuses to freeze twice", async () => {
    const input = freezeFormSchema.parse({ note: "Disepakati dalam rapat pleno.", confirm: "yes" });
    for (const actor of [secretariat, board, bandung]) expect(await refusal(freezeEdition(t.db, actor, YEAR, input))).toBe("forbidden");
    expect(freezeFormSchema.safeParse({ note: "" }).success).toBe(false); // the confirmation is required
    const frozen = await freezeEdition(t.db, chair, YEAR, input);
    expect(frozen.itemCount).toBe(3);
    expect(await refusal(freezeEdition(t.db, chair, YEAR, input))).toBe("alreadyFrozen");
    expect((await t.db.cycle.findUniqueOrThrow({ where: { year: YEAR } })).status).toBe("FROZEN");
    expect(await t.db.auditEvent.count({ where: { action: "cycle.freeze", actorId: chair.id } })).toBe(1);
  });

  it("keeps the edition as it was frozen when the items change afterwards", async () => {
    const before = await editionOf(t.db, YEAR);
    expect(before!.items.map((i) => [i.position, i.title])).toEqual([
      [1, "ULD Ketenagakerjaan di setiap kota"], [2, "Pelatihan kerja inklusif di setiap kota"], [3, "Kampanye kesadaran pemberi kerja"],
    ]);
    const first = before!.items[0];
    expect(first.sources.map((s) => s.cityName)).toEqual(["Bandung"]);
    expect(first.milestones).toEqual([{ title: "Perwal ULD ditetapkan", dueOn: "2027-06-30" }]);
    expect(first.commitments.find((c) => c.citySlug === "bandung")).toMatchObject({ status: "IN_PROGRESS", percent: 40 });
    expect([first.inProgressCount, first.commitmentCount > 1]).toEqual([1, true]);
    const item = await t.db.agendaItem.findUniqueOrThrow({ where: { id: uld.id } });
    await updateAgendaItem(t.db, chair, uld.id, item.version, { ...base, title: "ULD Ketenagakerjaan (judul baru)" });
    const after = await editionOf(t.db, YEAR);
    expect(after!.items[0].title).toBe("ULD Ketenagakerjaan di setiap kota");
    expect(after!.digest).toBe(before!.digest);
    // Its permanent page is public.
    const page = await editionPage(null, YEAR);
    expect(page.status).toBe("ok");
    expect((await editionPage(null, YEAR + 50)).status).toBe("notFound");
  });

  it("offers the frozen edition as open data and a PDF, with the frozen figures", async () => {
    const res = (await editionExport(null, YEAR, "id", "json"))!;
    expect(res.headers.get("content-type")).toContain("application/json");
    const data = JSON.parse(new TextDecoder().decode(await bytes(res.body!)));
    const table = data.tables[0];
    const rows = table.rows as Record<string, unknown>[];
    expect(rows.map((r) => r.title)).toEqual(["ULD Ketenagakerjaan di setiap kota", "Pelatihan kerja inklusif di setiap kota", "Kampanye kesadaran pemberi kerja"]);
    expect(rows[0]).toMatchObject({ position: 1, cityNames: "Bandung", inProgress: 1, agendaItemId: uld.id });
    const pdf = await pdfText(await bytes((await editionExport(null, YEAR, "en", "pdf"))!.body!));
    expect(pdf.text).toContain(`Apeksi National Agenda ${YEAR}`);
    expect(pdf.text).toContain("ULD Ketenagakerjaan di setiap kota");
    expect(await editionExport(null, YEAR + 1, "id", "csv")).toBeNull();
  });

  it("starts the next cycle: carried items keep their commitments and progress, closed ones say why", async () => {
    const input = nextCycleFormSchema.parse({ year: String(YEAR + 1), [`decision-${training.id}`]: "close", [`reason-${training.id}`]: "Digabung ke butir ULD.", [`decision-${uld.id}`]: "carry" });
    expect(await refusal(startNextCycle(t.db, secretariat, YEAR, input))).toBe("forbidden");
    expect(await refusal(startNextCycle(t.db, chair, YEAR, { ...input, year: YEAR }))).toBe("yearNotAfter");
    const form = await nextCycleFormFor(chair, YEAR);
    expect(form.status === "ok" && [form.value.suggestedYear, form.value.items.length]).toEqual([YEAR + 1, 3]);
    const reportsBefore = await t.db.progressReport.count({ where: { commitment: { agendaItemId: uld.id } } });
    const result = await startNextCycle(t.db, chair, YEAR, input);
    expect(result).toEqual({ year: YEAR + 1, carried: 2, closed: 1 });
    const [carried, closed, kept] = await Promise.all([uld, training, third].map((i) => t.db.agendaItem.findUniqueOrThrow({ where: { id: i.id } })));
    expect([carried.cycleYear, carried.status]).toEqual([YEAR + 1, "PUBLISHED"]);
    expect([kept.cycleYear, kept.status]).toEqual([YEAR + 1, "PUBLISHED"]);
    expect([closed.cycleYear, closed.status, closed.closedReason]).toEqual([YEAR, "CLOSED", "Digabung ke butir ULD."]);
    // The open items' priorities have no gap where the closed one was.
    const open = await t.db.agendaItem.findMany({ where: { status: { not: "CLOSED" } }, orderBy: { priority: "asc" }, select: { priority: true } });
    expect(open.map((i) => i.priority)).toEqual(open.map((_, i) => i + 1));
    expect(await t.db.progressReport.count({ where: { commitment: { agendaItemId: uld.id } } })).toBe(reportsBefore);
    expect((await t.db.commitment.findUniqueOrThrow({ where: { agendaItemId_cityId: { agendaItemId: uld.id, cityId: bandung.cityId } } })).percent).toBe(40);
    const cycles = await t.db.cycle.findMany({ where: { year: { in: [YEAR, YEAR + 1] } }, orderBy: { year: "asc" } });
    expect(cycles.map((c) => [c.year, c.status, c.previousYear])).toEqual([[YEAR, "CLOSED", null], [YEAR + 1, "OPEN", YEAR]]);
    // A closed item stays readable (its edition links to it) and says it is closed; it is out of the live agenda.
    const page = await publishedItemPage(training.id);
    expect(page?.item).toMatchObject({ status: "CLOSED", closedReason: "Digabung ke butir ULD." });
    expect(await t.db.agendaItem.count({ where: { status: "PUBLISHED", id: training.id } })).toBe(0);
    // Nothing changes a closed item any more: not its text, not its publication.
    expect(await refusal(updateAgendaItem(t.db, chair, training.id, closed.version, { ...base, title: "Dihidupkan lagi" }))).toBe("itemClosed");
    expect(await refusal(setPublished(t.db, chair, training.id, closed.version, false))).toBe("itemClosed");
    // Starting again from the same edition is refused.
    expect(await refusal(startNextCycle(t.db, chair, YEAR, input))).toBe("alreadyStarted");
  });

  it("refuses to close an item that is not in the cycle, and a reason-less close at the form", async () => {
    expect(nextCycleFormSchema.safeParse({ year: String(YEAR + 2), [`decision-${uld.id}`]: "close", [`reason-${uld.id}`]: "" }).error?.issues[0]).toMatchObject({ path: [`reason-${uld.id}`], message: "reasonRequired" });
    expect(nextCycleFormSchema.safeParse({ year: "20xx" }).error?.issues[0]).toMatchObject({ path: ["year"], message: "yearInvalid" });
    expect(nextCycleFormSchema.safeParse({ year: "2030", [`decision-${uld.id}`]: "delete" }).error?.issues[0]).toMatchObject({ message: "decisionInvalid" });
    await freezeEdition(t.db, chair, YEAR + 1, freezeFormSchema.parse({ confirm: "yes" }));
    const forged = nextCycleFormSchema.parse({ year: String(YEAR + 2), [`decision-${training.id}`]: "close", [`reason-${training.id}`]: "Sudah ditutup." });
    expect(await refusal(startNextCycle(t.db, chair, YEAR + 1, forged))).toBe("itemNotInCycle");
    expect((await t.db.cycle.findUniqueOrThrow({ where: { year: YEAR + 1 } })).status).toBe("FROZEN"); // nothing half-done
  });

  it("compares two editions: added, dropped with the reason, and re-ranked items with their progress", async () => {
    const comparison = await compareEditions(t.db, YEAR, YEAR + 1);
    expect(comparison!.added).toEqual([]);
    expect(comparison!.dropped.map((d) => [d.title, d.closedReason])).toEqual([["Pelatihan kerja inklusif di setiap kota", "Digabung ke butir ULD."]]);
    expect(comparison!.continued.map((c) => [c.agendaItemId, c.fromPosition, c.toPosition])).toEqual([[uld.id, 1, 1], [third.id, 3, 2]]);
    // The later edition has the title as it was when it was frozen.
    expect(comparison!.continued[0].title).toBe("ULD Ketenagakerjaan (judul baru)");
    expect(await compareEditions(t.db, YEAR, YEAR + 40)).toBeNull();
  });

  it("freezes and starts through the chair's forms, with errors next to their fields", async () => {
    await signInAs(chair.id);
    const { startNextCycleAction } = await import("@/lib/cycles/actions");
    const bad = await outcome(() => startNextCycleAction(YEAR + 1, idle, form({ year: String(YEAR), [`decision-${uld.id}`]: "close", [`reason-${uld.id}`]: "" })));
    expect(bad.value).toMatchObject({ status: "error", errors: { [`reason-${uld.id}`]: "Tuliskan alasan penutupan butir ini." }, values: { year: String(YEAR) } });
    const before = await outcome(() => startNextCycleAction(YEAR + 1, idle, form({ year: String(YEAR) })));
    expect(before.value).toMatchObject({ status: "error", errors: { year: `Tahun siklus berikutnya harus setelah ${YEAR + 1}.` } });
    const ok = await outcome(() => startNextCycleAction(YEAR + 1, idle, form({ year: String(YEAR + 2) })));
    expect(ok.redirect).toBe(`/manage/cycles?saved=started&year=${YEAR + 2}`);
    await signInAs(bandung.id);
    const { freezeEditionAction } = await import("@/lib/cycles/actions");
    const refused = await outcome(() => freezeEditionAction(YEAR + 2, idle, form({ confirm: "yes" })));
    expect(refused.value).toMatchObject({ status: "error", formError: expect.any(String) });
    expect(await t.db.agendaEdition.count({ where: { cycleYear: YEAR + 2 } })).toBe(0);
  });
});
