// The one place that decides what a user may do. Pure: no database, no React; every server action,
// route handler and page that reads non-public data asks `can` (or `assertCan`) first.

export type Role = "DELEGATE" | "CHAIR" | "SECRETARIAT" | "BOARD" | "ADMIN";
export type Actor = { id: string; role: Role | string; cityId: string | null } | null;

/** What an action is about: the city that owns it (and its status), or the role being granted. */
export type Resource = { cityId?: string | null; status?: string; role?: string } | undefined;

const STEWARDS: readonly string[] = ["CHAIR", "SECRETARIAT", "ADMIN"];
const READERS: readonly string[] = ["CHAIR", "SECRETARIAT", "ADMIN", "BOARD"];

type Rule = (actor: NonNullable<Actor>, resource: Resource) => boolean;
const stewards: Rule = (a) => STEWARDS.includes(a.role);
const readers: Rule = (a) => READERS.includes(a.role);
/** A delegate acting on their own city's proposals. */
const ownCityDelegate: Rule = (a, r) => a.role === "DELEGATE" && Boolean(a.cityId) && r?.cityId === a.cityId;
/** A delegate acting for their city on another city's proposal. */
const otherCityDelegate: Rule = (a, r) => a.role === "DELEGATE" && Boolean(a.cityId) && Boolean(r?.cityId) && r?.cityId !== a.cityId;
const REVIEWERS: readonly string[] = ["CHAIR", "SECRETARIAT"];
const SUBMITTED_STATUSES = ["SUBMITTED", "REVISION_REQUESTED", "ACCEPTED", "REJECTED", "MERGED"] as const;

/**
 * Which statuses of ANOTHER city's proposals a reader may see — the one visibility rule every page,
 * export and open-data file follows. Never a draft (it is the city's until submitted). A withdrawn
 * proposal was taken back by its city before any decision: the working group's reviewers, who received
 * it, keep seeing its record; other cities, the board and admins do not (reports count it as a number,
 * never by title).
 */
export function proposalStatusesVisibleTo(actor: Actor): readonly string[] {
  if (!actor) return [];
  if (REVIEWERS.includes(actor.role)) return [...SUBMITTED_STATUSES, "WITHDRAWN"];
  if (actor.role === "DELEGATE" && !actor.cityId) return [];
  return SUBMITTED_STATUSES;
}

export const rules = {
  "city.create": stewards,
  "city.update": stewards,
  "city.changeMembership": stewards,
  "forum.create": stewards,
  "forum.update": stewards,
  "forum.setSubmissionWindow": stewards,
  "manage.view": stewards,
  "audit.view": (a) => a.role === "CHAIR" || a.role === "ADMIN",
  "user.view": (a) => a.role === "ADMIN" || a.role === "SECRETARIAT",
  // The secretariat invites delegates, board members and colleagues; only an admin grants chair or admin.
  "user.invite": (a, r) => a.role === "ADMIN" || (a.role === "SECRETARIAT" && ["DELEGATE", "BOARD", "SECRETARIAT"].includes(r?.role ?? "")),
  "user.manage": (a) => a.role === "ADMIN",
  "account.update": () => true,
  "proposal.workspace": (a) => a.role === "DELEGATE" && Boolean(a.cityId),
  "proposal.create": ownCityDelegate,
  "proposal.edit": ownCityDelegate,
  "proposal.submit": ownCityDelegate,
  "proposal.withdraw": ownCityDelegate,
  "proposal.delete": ownCityDelegate,
  // A city sees all its own proposals; others see what proposalStatusesVisibleTo allows them.
  "proposal.view": (a, r) => ownCityDelegate(a, r) || proposalStatusesVisibleTo(a).includes(r?.status ?? ""),
  "proposal.endorse": otherCityDelegate,
  // Consolidation is the working group's own work: its chair and secretariat.
  "review.view": (a) => a.role === "CHAIR" || a.role === "SECRETARIAT",
  "review.decide": (a) => a.role === "CHAIR" || a.role === "SECRETARIAT",
  "agenda.manage": (a) => a.role === "CHAIR" || a.role === "SECRETARIAT",
  "reports.view": readers,
  // A city's commitments and scorecard: its own delegates write; the working group and the board read.
  "commitment.view": (a, r) => ownCityDelegate(a, r) || readers(a, r),
  "commitment.commit": (a) => a.role === "DELEGATE" && Boolean(a.cityId),
  "commitment.report": ownCityDelegate,
  "scorecard.update": ownCityDelegate,
  "progress.remind": (a) => a.role === "CHAIR" || a.role === "SECRETARIAT",
} satisfies Record<string, Rule>;

export type Action = keyof typeof rules;
export const ACTIONS = Object.keys(rules) as Action[];

export function can(actor: Actor, action: Action, resource?: Resource): boolean {
  if (!actor) return false;
  return rules[action](actor, resource);
}

export class ForbiddenError extends Error {
  constructor(readonly action: Action) {
    super(`forbidden: ${action}`);
  }
}

export function assertCan(actor: Actor, action: Action, resource?: Resource): asserts actor is NonNullable<Actor> {
  if (!can(actor, action, resource)) throw new ForbiddenError(action);
}
