// Reads for the secretariat's verification work: the queue (counted and listed by the database) and
// one figure with its evidence.
import { attachmentsOn, NO_FILES } from "@/lib/attachments/queries.server";
import { getDb } from "@/lib/db.server";
import { access, can, granted, type Actor } from "@/lib/policy/policy";
import { VERIFICATION_STATES, type FigureKind, type VerificationState } from "./schemas";

const QUEUE_SIZE = 200;
const current = { where: { replacedAt: null } } as const;

/** Figures in one state, oldest first (the longest waiting at the top), with how many in each state. */
export async function verificationQueue(actor: Actor, state: VerificationState) {
  if (!can(actor, "evidence.verify")) return null;
  const db = getDb();
  const [reports, entries, reportCounts, entryCounts] = await Promise.all([
    db.progressReport.findMany({
      where: { verification: state }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: QUEUE_SIZE,
      select: {
        id: true, status: true, percent: true, reportedOn: true, createdAt: true, verifiedAt: true, verificationNote: true,
        commitment: { select: { id: true, city: { select: { name: true } }, agendaItem: { select: { title: true } } } },
        _count: { select: { attachments: current } },
      },
    }),
    db.scorecardEntry.findMany({
      where: { verification: state }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: QUEUE_SIZE,
      select: {
        id: true, indicator: true, asOf: true, createdAt: true, verifiedAt: true, verificationNote: true,
        city: { select: { name: true } },
        _count: { select: { attachments: current } },
      },
    }),
    db.progressReport.groupBy({ by: ["verification"], _count: { _all: true } }),
    db.scorecardEntry.groupBy({ by: ["verification"], _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(VERIFICATION_STATES.map((s) => [s,
    (reportCounts.find((r) => r.verification === s)?._count._all ?? 0) + (entryCounts.find((r) => r.verification === s)?._count._all ?? 0),
  ])) as Record<VerificationState, number>;
  return { reports, entries, counts, limit: QUEUE_SIZE };
}

async function figureOf(kind: FigureKind, id: string) {
  const db = getDb();
  const verifiedBy = { select: { name: true } } as const;
  if (kind === "progressReport") {
    const r = await db.progressReport.findUnique({
      where: { id },
      include: { createdBy: { select: { name: true } }, verifiedBy, commitment: { select: { id: true, cityId: true, kind: true, city: { select: { name: true, slug: true, timeZone: true } }, agendaItem: { select: { id: true, title: true } } } } },
    });
    return r && { kind, cityId: r.commitment.cityId, report: r, entry: null };
  }
  const e = await db.scorecardEntry.findUnique({ where: { id }, include: { createdBy: { select: { name: true } }, verifiedBy, city: { select: { name: true, slug: true, timeZone: true } } } });
  return e && { kind, cityId: e.cityId, report: null, entry: e };
}

/** One figure for the secretariat: 404 for one the visitor may not see, 403 for one they may not verify. */
export async function verificationPage(actor: Actor, kind: FigureKind, id: string) {
  const result = access(actor, await figureOf(kind, id), (f) => ({ cityId: f.cityId }), "commitment.view", "evidence.verify");
  if (result.status !== "ok") return result;
  const files = (await attachmentsOn(getDb(), kind, [id])).get(id) ?? NO_FILES;
  return granted({ ...result.value, files });
}
