// Two people editing the same thing at the same moment: one save wins, the other is refused with what
// changed, and nothing is silently overwritten. On PostgreSQL the second editor uses a second client
// (a second instance of the portal); SQLite is one process, so there the race is between two requests.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAgendaItem, updateAgendaItem } from "@/lib/agenda/commands.server";
import { agendaItemSchema } from "@/lib/agenda/schemas";
import { reportProgress } from "@/lib/commitments/commands.server";
import { progressReportSchema } from "@/lib/commitments/schemas";
import { createDb, type Db } from "@/lib/db.server";
import { DomainError } from "@/lib/errors";
import { createProposal, saveProposal, VersionConflict } from "@/lib/proposals/commands.server";
import { draftSchema } from "@/lib/proposals/schemas";
import { createTestDb, provider, type TestDb } from "../support/db";
import { publishedItem } from "../support/agenda";
import { type DelegateActor, type TestActor } from "../support/actors";

async function race<T>(a: () => Promise<T>, b: () => Promise<T>) {
  const results = await Promise.allSettled([a(), b()]);
  return { won: results.filter((r) => r.status === "fulfilled"), lost: results.filter((r): r is PromiseRejectedResult => r.status === "rejected") };
}

describe(`concurrent edits (${provider})`, () => {
  let t: TestDb;
  let other: Db;
  let chair: TestActor;
  let secretariat: TestActor;
  let bandung: DelegateActor;

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    other = provider === "postgresql" ? createDb(t.url) : t.db;
    chair = await t.db.user.findUniqueOrThrow({ where: { email: "ketua@pokja.example" } });
    secretariat = await t.db.user.findUniqueOrThrow({ where: { email: "sekretariat@pokja.example" } });
    const b = await t.db.user.findUniqueOrThrow({ where: { email: "delegasi.bandung@pokja.example" } });
    bandung = { id: b.id, role: b.role, cityId: b.cityId! };
  });
  afterAll(async () => {
    if (other !== t.db) await other.$disconnect();
    await t.drop();
  });

  it("two saves of the same proposal: one wins, the other gets a conflict, both texts survive", async () => {
    const draft = await createProposal(t.db, bandung, draftSchema.parse({ title: "Draf bersama" }));
    for (let round = 0; round < 5; round++) {
      const current = await t.db.proposal.findUniqueOrThrow({ where: { id: draft.id } });
      const { won, lost } = await race(
        () => saveProposal(t.db, bandung, draft.id, current.version, draftSchema.parse({ title: `Versi Ani ${round}` })),
        () => saveProposal(other, bandung, draft.id, current.version, draftSchema.parse({ title: `Versi Budi ${round}` })),
      );
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0].reason).toBeInstanceOf(VersionConflict);
      const after = await t.db.proposal.findUniqueOrThrow({ where: { id: draft.id } });
      expect(after.version).toBe(current.version + 1);
      // The stored title is exactly the winner's, and the history has one version per successful save.
      expect([`Versi Ani ${round}`, `Versi Budi ${round}`]).toContain(after.title);
      expect(await t.db.proposalVersion.count({ where: { proposalId: draft.id, version: after.version } })).toBe(1);
    }
  });

  it("two edits of the same agenda item: one wins, the other is refused", async () => {
    const base = agendaItemSchema.parse({ title: "Bursa kerja inklusif", description: "Bursa kerja tahunan bersama.", level: "NATIONAL", owner: "POKJA", indicators: "", milestones: "" });
    const item = await createAgendaItem(t.db, chair, base);
    const { won, lost } = await race(
      () => updateAgendaItem(t.db, chair, item.id, item.version, { ...base, title: "Bursa kerja inklusif nasional" }),
      () => updateAgendaItem(other, secretariat, item.id, item.version, { ...base, title: "Bursa kerja inklusif daerah" }),
    );
    expect(won).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(DomainError);
    expect(lost[0].reason.code).toBe("itemChangedMeanwhile");
    const after = await t.db.agendaItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(after.version).toBe(item.version + 1);
    expect(await t.db.agendaItemVersion.count({ where: { agendaItemId: item.id, version: after.version } })).toBe(1);
  });

  it("two progress reports on the same commitment from the same form: one is stored, one refused", async () => {
    const every = agendaItemSchema.parse({ title: "ULD di setiap kota", description: "Setiap kota membentuk ULD.", level: "EVERY_CITY", owner: "EACH_CITY", indicators: "", milestones: "" });
    const item = await publishedItem(t.db, chair, every);
    const c = await t.db.commitment.findFirstOrThrow({ where: { agendaItemId: item.id, cityId: bandung.cityId } });
    const input = (summary: string) => progressReportSchema.parse({ status: "IN_PROGRESS", percent: "30", summary, evidence: "", links: "", reportedOn: "2026-11-01", version: String(c.version) });
    const { won, lost } = await race(
      () => reportProgress(t.db, bandung, c.id, input("Laporan dari rapat pagi.")),
      () => reportProgress(other, bandung, c.id, input("Laporan dari rapat siang.")),
    );
    expect(won).toHaveLength(1);
    expect(lost[0].reason.code).toBe("changedMeanwhile");
    expect(await t.db.progressReport.count({ where: { commitmentId: c.id } })).toBe(1);
  });
});
