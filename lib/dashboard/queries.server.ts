// What each role sees first after signing in: the work waiting for them. Every count is computed by
// the database; lists are short (the oldest or most urgent few) and link to the full page.
import { signInAlerts } from "@/lib/accounts/queries.server";
import { suggestedClusters } from "@/lib/agenda/queries.server";
import { cityCommitmentsPage } from "@/lib/commitments/queries.server";
import { getDb, type Db } from "@/lib/db.server";
import { todayIn } from "@/lib/format/zones";
import { can, type Actor } from "@/lib/policy/policy";
import { boardReport } from "@/lib/reports/queries.server";

const FEW = 5;
/** A commitment is "due soon" when its item's last milestone falls within this many days. */
const DUE_SOON_DAYS = 30;

async function delegateDashboard(db: Db, actor: NonNullable<Actor> & { cityId: string }, now: Date) {
  const [drafts, draftCount, revisions, commitments, windows, unread, unreadCount] = await Promise.all([
    db.proposal.findMany({ where: { cityId: actor.cityId, status: "DRAFT" }, orderBy: { updatedAt: "desc" }, take: FEW, select: { id: true, title: true, updatedAt: true } }),
    db.proposal.count({ where: { cityId: actor.cityId, status: "DRAFT" } }),
    db.proposal.findMany({
      where: { cityId: actor.cityId, status: "REVISION_REQUESTED" },
      orderBy: { updatedAt: "asc" },
      select: {
        id: true, title: true,
        events: { where: { type: "REVISION_REQUESTED" }, orderBy: { createdAt: "desc" }, take: 1, select: { comment: true, createdAt: true, actor: { select: { name: true } } } },
      },
    }),
    cityCommitmentsPage(actor),
    db.forum.findMany({
      where: { submissionOpensAt: { lte: now }, submissionClosesAt: { gt: now } },
      orderBy: { submissionClosesAt: "asc" },
      select: { slug: true, title: true, titleEn: true, submissionClosesAt: true, hostCity: { select: { timeZone: true } } },
    }),
    db.notification.findMany({ where: { userId: actor.id, readAt: null }, orderBy: { createdAt: "desc" }, take: FEW, select: { id: true, kind: true, params: true, createdAt: true } }),
    db.notification.count({ where: { userId: actor.id, readAt: null } }),
  ]);
  const city = commitments?.city ?? null;
  const today = commitments?.today ?? todayIn("WIB");
  const soon = new Date(today.getTime() + DUE_SOON_DAYS * 86_400_000);
  const open = (commitments?.commitments ?? []).filter((c) => !c.notApplicable && c.status !== "DONE" && c.lastDueOn);
  return {
    role: "delegate" as const,
    city,
    drafts: { rows: drafts, total: draftCount },
    revisions: revisions.map((p) => ({ id: p.id, title: p.title, note: p.events[0] ?? null })),
    overdue: open.filter((c) => c.lastDueOn! < today).map((c) => ({ id: c.id, title: c.item.title, dueOn: c.lastDueOn! })),
    dueSoon: open.filter((c) => c.lastDueOn! >= today && c.lastDueOn! <= soon).map((c) => ({ id: c.id, title: c.item.title, dueOn: c.lastDueOn! })),
    windows,
    unread: { total: unreadCount, kinds: unread.map((n) => n.kind) },
  };
}

async function stewardDashboard(db: Db) {
  const today = todayIn("WIB");
  const [waiting, oldest, clusters, noDelegate, noSubmission, members, overdue] = await Promise.all([
    db.proposal.count({ where: { status: "SUBMITTED" } }),
    db.proposal.findMany({
      where: { status: "SUBMITTED" }, orderBy: [{ submittedAt: "asc" }, { id: "asc" }], take: FEW,
      select: { id: true, title: true, submittedAt: true, endorsementCount: true, city: { select: { name: true, timeZone: true } } },
    }),
    suggestedClusters(db),
    db.city.findMany({
      where: { membershipStatus: "MEMBER", users: { none: { role: "DELEGATE", active: true } } },
      orderBy: { name: "asc" }, select: { name: true, slug: true },
    }),
    db.city.findMany({
      where: { membershipStatus: "MEMBER", proposals: { none: { status: { not: "DRAFT" } } } },
      orderBy: { name: "asc" }, select: { name: true, slug: true },
    }),
    db.city.count({ where: { membershipStatus: "MEMBER" } }),
    // Overdue: the item's last milestone has passed and the city is not done (lib/commitments isOverdue).
    db.commitment.count({
      where: {
        notApplicable: false, status: { not: "DONE" },
        agendaItem: { status: "PUBLISHED", milestones: { some: { dueOn: { lt: today } }, none: { dueOn: { gte: today } } } },
      },
    }),
  ]);
  return { role: "steward" as const, waiting, oldest, clusters: clusters.length, members, noDelegate, noSubmission, overdue };
}

async function boardDashboard(db: Db) {
  const report = await boardReport(db, {});
  const totals = report.implementation.byRegion.reduce((s, r) => ({ done: s.done + r.done, commitments: s.commitments + r.commitments }), { done: 0, commitments: 0 });
  return { role: "board" as const, headline: report.headline, implementation: totals };
}

async function adminDashboard(db: Db, now: Date) {
  const [invitations, alerts, inactive] = await Promise.all([
    db.invitation.findMany({
      where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      orderBy: { expiresAt: "asc" }, take: FEW,
      select: { id: true, email: true, role: true, expiresAt: true, city: { select: { name: true } } },
    }),
    signInAlerts(db, now),
    db.invitation.count({ where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } } }),
  ]);
  return { role: "admin" as const, invitations: { rows: invitations, total: inactive }, alerts };
}

/** The signed-in user's dashboard, by role; null for anyone without one. */
export async function dashboardFor(actor: Actor, now = new Date()) {
  if (!actor || !can(actor, "dashboard.view")) return null;
  const db = getDb();
  if (actor.role === "DELEGATE" && actor.cityId) return delegateDashboard(db, { ...actor, cityId: actor.cityId }, now);
  if (actor.role === "CHAIR" || actor.role === "SECRETARIAT") return stewardDashboard(db);
  if (actor.role === "BOARD") return boardDashboard(db);
  if (actor.role === "ADMIN") return adminDashboard(db, now);
  return null;
}
export type Dashboard = NonNullable<Awaited<ReturnType<typeof dashboardFor>>>;
