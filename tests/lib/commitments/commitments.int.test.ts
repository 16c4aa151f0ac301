import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setPublished } from "@/lib/agenda/commands.server";
import { agendaItemSchema } from "@/lib/agenda/schemas";
import { changeMembership } from "@/lib/cities/commands.server";
import { membershipChangeSchema } from "@/lib/cities/schemas";
import { addScorecardEntry, commitVoluntarily, markNotApplicable, reportProgress, sendReminders } from "@/lib/commitments/commands.server";
import { implementation, isOverdue, scorecardHistory } from "@/lib/commitments/queries.server";
import { progressReportSchema, scorecardSchema } from "@/lib/commitments/schemas";
import { REGIONS } from "@/lib/cities/constants";
import type { Db } from "@/lib/db.server";
import { DomainError } from "@/lib/errors";
import { publishedItem } from "../../support/agenda";
import { createTestDb, provider, type TestDb } from "../../support/db";
import { type DelegateActor, type TestActor } from "../../support/actors";
import { ForbiddenError, NotFoundError } from "@/lib/policy/policy";

/** A refusal: a DomainError with its code, or the policy's "not found" / "forbidden" (as codes of the same name). */
async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (error instanceof NotFoundError) return new DomainError("notFound");
  if (error instanceof ForbiddenError) return new DomainError("forbidden");
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const report = (over: Record<string, unknown> = {}) =>
  progressReportSchema.parse({ status: "IN_PROGRESS", percent: "40", summary: "Perwal ULD sedang disusun bersama Disnaker.", evidence: "", links: "https://kota.example/perwal", reportedOn: "2026-11-01", version: "1", ...over });

/** Roll-up figures counted independently, from commitment rows one count at a time. */
async function independentByItem(db: Db) {
  const items = await db.agendaItem.findMany({ where: { status: "PUBLISHED" }, select: { id: true } });
  const out: Record<string, Record<string, number>> = {};
  for (const { id } of items) {
    const where = { agendaItemId: id, notApplicable: false };
    const commitments = await db.commitment.count({ where });
    if (!commitments) continue;
    out[id] = {
      commitments,
      done: await db.commitment.count({ where: { ...where, status: "DONE" } }),
      inProgress: await db.commitment.count({ where: { ...where, status: "IN_PROGRESS" } }),
      planned: await db.commitment.count({ where: { ...where, status: "PLANNED" } }),
      notStarted: await db.commitment.count({ where: { ...where, status: "NOT_STARTED" } }),
      verified: await db.commitment.count({ where: { ...where, currentVerified: true } }),
    };
  }
  return out;
}

describe(`commitments, progress and scorecard (${provider})`, () => {
  let t: TestDb;
  let chair: TestActor;
  let bandung: DelegateActor;
  let metro: DelegateActor;
  let everyCity: string;
  let national: string;
  const base = agendaItemSchema.parse({ title: "ULD Ketenagakerjaan di setiap kota", description: "Setiap kota anggota membentuk ULD.", level: "EVERY_CITY", owner: "EACH_CITY", indicators: "", milestones: "2026-06-30: Perwal ULD terbit" });

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    chair = await t.db.user.findUniqueOrThrow({ where: { email: "ketua@pokja.example" } });
    const b = await t.db.user.findUniqueOrThrow({ where: { email: "delegasi.bandung@pokja.example" } });
    const m = await t.db.user.findUniqueOrThrow({ where: { email: "delegasi.metro@pokja.example" } });
    bandung = { id: b.id, role: b.role, cityId: b.cityId! };
    metro = { id: m.id, role: m.role, cityId: m.cityId! };
    everyCity = (await publishedItem(t.db, chair, base)).id;
    national = (await publishedItem(t.db, chair, { ...base, title: "Kampanye nasional kuota 2%", level: "NATIONAL", owner: "APEKSI", milestones: [] })).id;
  });
  afterAll(() => t.drop());

  it("commits exactly the member cities when an every-city item is published, and no one to a national item", async () => {
    const members = (await t.db.city.findMany({ where: { membershipStatus: "MEMBER" }, select: { id: true } })).map((c) => c.id).sort();
    const committed = (await t.db.commitment.findMany({ where: { agendaItemId: everyCity }, select: { cityId: true, kind: true } }));
    expect(committed.map((c) => c.cityId).sort()).toEqual(members);
    expect(new Set(committed.map((c) => c.kind))).toEqual(new Set(["REQUIRED"]));
    expect(await t.db.commitment.count({ where: { agendaItemId: national } })).toBe(0);
    // Unpublishing and publishing again creates no duplicates.
    const item = await t.db.agendaItem.findUniqueOrThrow({ where: { id: everyCity } });
    await setPublished(t.db, chair, everyCity, item.version, false);
    await setPublished(t.db, chair, everyCity, item.version + 1, true);
    expect(await t.db.commitment.count({ where: { agendaItemId: everyCity } })).toBe(members.length);
  });

  it("gives a city that joins later the current every-city commitments", async () => {
    const banjar = await t.db.city.findUniqueOrThrow({ where: { slug: "banjar" } });
    expect(await t.db.commitment.count({ where: { cityId: banjar.id } })).toBe(0);
    await changeMembership(t.db, chair, banjar.id, membershipChangeSchema.parse({ toStatus: "MEMBER", effectiveOn: "2026-11-01", reason: "Bergabung dalam rapat Apeksi." }));
    const got = await t.db.commitment.findMany({ where: { cityId: banjar.id }, select: { agendaItemId: true } });
    expect(got.map((c) => c.agendaItemId)).toEqual([everyCity]);
  });

  it("keeps every report as a timeline and shows the latest-dated one on the commitment", async () => {
    const c = await t.db.commitment.findUniqueOrThrow({ where: { agendaItemId_cityId: { agendaItemId: everyCity, cityId: bandung.cityId } } });
    const now = new Date("2026-11-28T03:00:00Z");
    await reportProgress(t.db, bandung, c.id, report({ version: String(c.version) }), now);
    await reportProgress(t.db, bandung, c.id, report({ status: "DONE", percent: "100", reportedOn: "2026-11-20", version: String(c.version + 1) }), now);
    // A late report about an earlier date joins the timeline without replacing the latest state.
    await reportProgress(t.db, bandung, c.id, report({ status: "PLANNED", percent: "10", reportedOn: "2026-09-01", version: String(c.version + 2) }), now);
    const after = await t.db.commitment.findUniqueOrThrow({ where: { id: c.id }, include: { reports: true } });
    expect(after.reports).toHaveLength(3);
    expect([after.status, after.percent, after.lastReportedOn?.toISOString().slice(0, 10)]).toEqual(["DONE", 100, "2026-11-20"]);
    expect(isOverdue(after, new Date("2026-06-30T00:00:00Z"), new Date("2026-11-28T00:00:00Z"))).toBe(false);
    expect(isOverdue({ status: "IN_PROGRESS", notApplicable: false }, new Date("2026-06-30T00:00:00Z"), new Date("2026-11-28T00:00:00Z"))).toBe(true);
  });

  it("refuses bad reports and stores nothing", async () => {
    for (const bad of [{ percent: "101" }, { percent: "-1" }, { status: "DONE", percent: "50" }, { status: "IN_PROGRESS", percent: "100" }, { summary: "kurang" }, { links: "javascript:alert(1)" }, { reportedOn: "2026-02-30" }]) {
      expect(progressReportSchema.safeParse({ ...report(), percent: String(report().percent), links: "", version: "1", ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
    const metroC = await t.db.commitment.findUniqueOrThrow({ where: { agendaItemId_cityId: { agendaItemId: everyCity, cityId: metro.cityId } } });
    const bandungC = await t.db.commitment.findUniqueOrThrow({ where: { agendaItemId_cityId: { agendaItemId: everyCity, cityId: bandung.cityId } } });
    const reportsBefore = await t.db.progressReport.count();
    // Metro's delegate reporting on Bandung's commitment, a future date, a stale version.
    expect((await refusal(reportProgress(t.db, metro, bandungC.id, report({ version: String(bandungC.version) })))).code).toBe("notFound");
    expect((await refusal(reportProgress(t.db, metro, metroC.id, report({ reportedOn: "2026-11-29", version: String(metroC.version) }), new Date("2026-11-28T10:00:00Z")))).code).toBe("reportedInFuture");
    expect((await refusal(reportProgress(t.db, metro, metroC.id, report({ version: String(metroC.version + 5) })))).code).toBe("changedMeanwhile");
    expect(await t.db.progressReport.count()).toBe(reportsBefore);
    expect(await t.db.commitment.findUniqueOrThrow({ where: { id: metroC.id } })).toEqual(metroC);
  });

  it("lets a city commit voluntarily to a national item once, and mark one not applicable", async () => {
    const voluntary = await commitVoluntarily(t.db, metro, national);
    expect(voluntary.kind).toBe("VOLUNTARY");
    expect((await refusal(commitVoluntarily(t.db, metro, national))).code).toBe("alreadyCommitted");
    await markNotApplicable(t.db, metro, voluntary.id, voluntary.version, "Kota sudah memenuhi kuota sejak 2024.");
    expect((await t.db.commitment.findUniqueOrThrow({ where: { id: voluntary.id } })).notApplicable).toBe(true);
  });

  it("rolls up implementation exactly as independent counts do, by item, city and region", async () => {
    const rollup = await implementation(t.db, {});
    expect(Object.fromEntries(rollup.byItem.map(({ agendaItemId, title: _title, ...rest }) => [agendaItemId, rest]))).toEqual(await independentByItem(t.db));
    const bandungRow = rollup.byCity.find((c) => c.slug === "bandung")!;
    expect(bandungRow).toMatchObject({ done: 1, commitments: await t.db.commitment.count({ where: { city: { slug: "bandung" }, notApplicable: false } }) });
    // Metro's not-applicable national commitment counts nowhere.
    expect(rollup.byItem.find((i) => i.agendaItemId === national)).toBeUndefined();
    for (const r of REGIONS) {
      const where = { notApplicable: false, agendaItem: { status: "PUBLISHED" as const }, city: { region: r } };
      const expected = await t.db.commitment.count({ where });
      expect(rollup.byRegion.find((x) => x.region === r)?.commitments ?? 0, r).toBe(expected);
      expect(rollup.byRegion.find((x) => x.region === r)?.done ?? 0, r).toBe(await t.db.commitment.count({ where: { ...where, status: "DONE" } }));
    }
    const jawa = await implementation(t.db, { region: "JAWA" });
    expect(jawa.byCity.every((c) => c.region === "JAWA")).toBe(true);
  });

  it("keeps a dated, sourced scorecard history and refuses impossible figures", async () => {
    const now = new Date("2026-11-28T03:00:00Z");
    for (const bad of [
      { indicator: "GOVERNMENT_EMPLOYMENT", asOf: "2026-10-01", source: "BKPSDM", employedWithDisability: "50", totalStaff: "40" },
      { indicator: "GOVERNMENT_EMPLOYMENT", asOf: "", source: "BKPSDM", employedWithDisability: "5", totalStaff: "400" },
      { indicator: "GOVERNMENT_EMPLOYMENT", asOf: "2026-10-01", source: "", employedWithDisability: "5", totalStaff: "400" },
      { indicator: "ULD", asOf: "2026-10-01", source: "Bagian Hukum", uldEstablished: "yes", uldDecree: "" },
      { indicator: "JOB_PLACEMENT", asOf: "2026-10-01", source: "Disnaker", periodStart: "2026-01-01", jobSeekersRegistered: "10", jobSeekersPlaced: "12" },
      { indicator: "NOPE", asOf: "2026-10-01", source: "x" },
    ]) expect(scorecardSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    const before = await t.db.scorecardEntry.count();
    const future = scorecardSchema.parse({ indicator: "ULD", asOf: "2026-12-01", source: "Bagian Hukum", uldEstablished: "no", uldDecree: "" });
    expect((await refusal(addScorecardEntry(t.db, bandung, future, now))).code).toBe("asOfInFuture");
    expect(await t.db.scorecardEntry.count()).toBe(before);
    await addScorecardEntry(t.db, bandung, scorecardSchema.parse({ indicator: "GOVERNMENT_EMPLOYMENT", asOf: "2025-12-31", source: "BKPSDM, Desember 2025", employedWithDisability: "120", totalStaff: "12000" }), now);
    await addScorecardEntry(t.db, bandung, scorecardSchema.parse({ indicator: "GOVERNMENT_EMPLOYMENT", asOf: "2026-06-30", source: "BKPSDM, Juni 2026", employedWithDisability: "180", totalStaff: "12000" }), now);
    const history = (await scorecardHistory(t.db, bandung.cityId)).filter((e) => e.indicator === "GOVERNMENT_EMPLOYMENT");
    expect(history.map((e) => [e.asOf.toISOString().slice(0, 10), e.employedWithDisability, e.source])).toEqual([["2026-06-30", 180, "BKPSDM, Juni 2026"], ["2025-12-31", 120, "BKPSDM, Desember 2025"]]);
  });

  it("reminds the delegates of cities whose latest report is older than the date, and no one else", async () => {
    const result = await sendReminders(t.db, chair, "2026-11-15");
    // Bandung reported its only every-city commitment done; Metro has never reported.
    expect(result.reached).toContain("Metro");
    expect(result.reached).not.toContain("Bandung");
    expect(await t.db.notification.count({ where: { userId: metro.id, kind: "progress.reminder" } })).toBe(1);
    expect(await t.db.notification.count({ where: { userId: bandung.id, kind: "progress.reminder" } })).toBe(0);
    // Every city counted as reached has an active delegate; the stale cities without one are named.
    const withDelegates = new Set((await t.db.user.findMany({ where: { role: "DELEGATE", active: true }, select: { city: { select: { name: true } } } })).map((u) => u.city?.name));
    expect(result.reached.every((c) => withDelegates.has(c))).toBe(true);
    expect(result.unreachable.some((c) => withDelegates.has(c))).toBe(false);
    expect(result.delegates).toBeGreaterThanOrEqual(result.reached.length);
  });

  it("names the cities nobody could be reminded in, when a city has no active delegate", async () => {
    await t.db.user.updateMany({ where: { cityId: metro.cityId, role: "DELEGATE" }, data: { active: false } });
    try {
      const result = await sendReminders(t.db, chair, "2026-11-15");
      expect(result.reached).not.toContain("Metro");
      expect(result.unreachable).toContain("Metro");
      expect(await t.db.notification.count({ where: { userId: metro.id, kind: "progress.reminder" } })).toBe(1); // only the earlier one
    } finally {
      await t.db.user.updateMany({ where: { cityId: metro.cityId, role: "DELEGATE" }, data: { active: true } });
    }
  });
});
