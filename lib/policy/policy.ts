// The one place that decides what a user may do. Pure: no database, no React. Page reads ask it in
// lib/<domain>/queries.server.ts, writes ask it inside their transaction about the row they read
// (lib/<domain>/commands.server.ts), and forms use it to decide what to show.
import type { ProposalStatus, Role } from "@/lib/domain/enums";

export type { Role };
export type Actor = { id: string; role: Role; cityId: string | null } | null;

/** What an action is about: the city that owns it (and its status), the role being granted, or who wrote it. */
export type Resource = { cityId?: string | null; status?: string; role?: Role; authorId?: string | null } | undefined;

const STEWARDS: readonly Role[] = ["CHAIR", "SECRETARIAT", "ADMIN"];
const READERS: readonly Role[] = ["CHAIR", "SECRETARIAT", "ADMIN", "BOARD"];
const REVIEWERS: readonly Role[] = ["CHAIR", "SECRETARIAT"];
const SUBMITTED_STATUSES: readonly ProposalStatus[] = ["SUBMITTED", "REVISION_REQUESTED", "ACCEPTED", "REJECTED", "MERGED"];

/**
 * Which statuses of ANOTHER city's proposals a reader may see — the one visibility rule every page,
 * export and open-data file follows. Never a draft (it is the city's until submitted). A withdrawn
 * proposal was taken back by its city before any decision: the working group's reviewers, who received
 * it, keep seeing its record; other cities, the board and admins do not (reports count it as a number,
 * never by title).
 */
export function proposalStatusesVisibleTo(actor: Actor): readonly ProposalStatus[] {
  if (!actor) return [];
  if (REVIEWERS.includes(actor.role)) return [...SUBMITTED_STATUSES, "WITHDRAWN"];
  if (actor.role === "DELEGATE" && !actor.cityId) return [];
  return SUBMITTED_STATUSES;
}

type Rule = (actor: NonNullable<Actor>, resource: Resource) => boolean;
const stewards: Rule = (a) => STEWARDS.includes(a.role);
const readers: Rule = (a) => READERS.includes(a.role);
const reviewers: Rule = (a) => REVIEWERS.includes(a.role);
/** A delegate acting on their own city's records. */
const ownCityDelegate: Rule = (a, r) => a.role === "DELEGATE" && Boolean(a.cityId) && r?.cityId === a.cityId;
/** A delegate acting for their city on another city's proposal. */
const otherCityDelegate: Rule = (a, r) => a.role === "DELEGATE" && Boolean(a.cityId) && Boolean(r?.cityId) && r?.cityId !== a.cityId;
const cityDelegate: Rule = (a) => a.role === "DELEGATE" && Boolean(a.cityId);
/** The working group: its cities' delegates, its chair and its secretariat. */
const members: Rule = (a, r) => cityDelegate(a, r) || reviewers(a, r);
/** The working group and the board that reads its work. */
const membersAndBoard: Rule = (a, r) => members(a, r) || a.role === "BOARD";
/** The one who wrote it. */
const author: Rule = (a, r) => Boolean(r?.authorId) && r?.authorId === a.id;

export const rules = {
  "city.create": stewards,
  "city.update": stewards,
  "city.changeMembership": stewards,
  // Cities and their membership are public facts (the directory, city pages and the open-data API).
  "city.view": () => true,
  "forum.create": stewards,
  "forum.update": stewards,
  "forum.setSubmissionWindow": stewards,
  // Who was invited to a forum, who attended and who did not: cities and people, kept by the stewards.
  "forum.manageParticipation": stewards,
  // A forum's own programme (sessions and speakers, in order) and its minutes, kept by the stewards.
  "forum.manageProgramme": stewards,
  // Forum pages are public, and so are their documents (minutes, presentations, attendance lists).
  "forum.view": () => true,
  "manage.view": stewards,
  "audit.view": (a) => a.role === "CHAIR" || a.role === "ADMIN",
  "user.view": (a) => a.role === "ADMIN" || a.role === "SECRETARIAT",
  // The secretariat invites delegates, board members and colleagues; only an admin grants chair or admin.
  "user.invite": (a, r) => a.role === "ADMIN" || (a.role === "SECRETARIAT" && (["DELEGATE", "BOARD", "SECRETARIAT"] as Role[]).includes(r?.role ?? "ADMIN")),
  "user.manage": (a) => a.role === "ADMIN",
  "proposal.workspace": cityDelegate,
  "proposal.create": ownCityDelegate,
  "proposal.edit": ownCityDelegate,
  "proposal.submit": ownCityDelegate,
  "proposal.withdraw": ownCityDelegate,
  "proposal.delete": ownCityDelegate,
  // A city sees all its own proposals; others see what proposalStatusesVisibleTo allows them.
  "proposal.view": (a, r) => ownCityDelegate(a, r) || (proposalStatusesVisibleTo(a) as readonly string[]).includes(r?.status ?? ""),
  "proposal.endorse": otherCityDelegate,
  // Files on a proposal are the city's while it may still change the proposal: a draft, or one sent
  // back for revision.
  "proposal.attach": (a, r) => ownCityDelegate(a, r) && (r?.status === "DRAFT" || r?.status === "REVISION_REQUESTED"),
  // The list of every city's sent proposals (each row still through proposal.view).
  "proposal.browse": membersAndBoard,
  // An agenda item: published ones are public, and so are those closed at the start of a cycle (an
  // edition still shows them); drafts are the chair's and secretariat's work.
  "agenda.view": (a, r) => r?.status === "PUBLISHED" || r?.status === "CLOSED" || reviewers(a, r),
  // Discussion is the working group's, not public: the board reads it; members write; authors edit
  // and withdraw their own words; the chair and secretariat may hide a comment with a reason.
  // Each thread is seen only by who may see its proposal or agenda item.
  "comment.view": membersAndBoard,
  "comment.post": members,
  "comment.edit": author,
  "comment.withdraw": author,
  "comment.hide": reviewers,
  // Consolidation is the working group's own work: its chair and secretariat.
  "review.view": reviewers,
  "review.decide": reviewers,
  "agenda.manage": reviewers,
  // The chair closes a year: freezes its agenda as an edition and starts the next cycle from it.
  "cycle.manage": (a) => a.role === "CHAIR",
  // Editions are the public record of each year's national agenda.
  "edition.view": () => true,
  "reports.view": readers,
  "dashboard.view": (a) => cityDelegate(a, undefined) || READERS.includes(a.role),
  // A city's commitments and scorecard: its own delegates write; the working group and the board read.
  "commitment.view": (a, r) => ownCityDelegate(a, r) || readers(a, r),
  "commitment.commit": cityDelegate,
  "commitment.report": ownCityDelegate,
  "scorecard.update": ownCityDelegate,
  // Evidence on a progress report or a scorecard figure: its city adds and replaces files until the
  // secretariat has verified the figure (a verified figure's evidence stays as it was checked).
  "evidence.attach": (a, r) => ownCityDelegate(a, r) && r?.status !== "VERIFIED",
  // The secretariat (and the chair) check the figures cities report against their evidence.
  "evidence.verify": reviewers,
  "progress.remind": reviewers,
} satisfies Record<string, Rule>;

export type Action = keyof typeof rules;
export const ACTIONS = Object.keys(rules) as Action[];

/** What a visitor who is not signed in may do: read published agenda items, forums, cities and editions. */
const publicRules: Partial<Record<Action, (resource: Resource) => boolean>> = {
  "city.view": () => true,
  "agenda.view": (r) => r?.status === "PUBLISHED" || r?.status === "CLOSED",
  "forum.view": () => true,
  "edition.view": () => true,
};

export function can(actor: Actor, action: Action, resource?: Resource): boolean {
  if (!actor) return publicRules[action]?.(resource) ?? false;
  return rules[action](actor, resource);
}

export class ForbiddenError extends Error {
  constructor(readonly action: Action) {
    super(`forbidden: ${action}`);
  }
}

/** A record the actor may not see, answered exactly like one that does not exist. */
export class NotFoundError extends Error {
  constructor() {
    super("not found");
  }
}

export function assertCan(actor: Actor, action: Action, resource?: Resource): asserts actor is NonNullable<Actor> {
  if (!can(actor, action, resource)) throw new ForbiddenError(action);
}

/** The city a delegate acts for in `action`; without one there is nothing they may do for a city. */
export function actingCity(actor: Actor, action: Action): string {
  if (!actor?.cityId) throw new ForbiddenError(action);
  return actor.cityId;
}

/**
 * For a write about one row, inside its transaction: a row that is missing or that the actor may not
 * `view` is not found (an id tells an outsider nothing); one they may see but not `action` is forbidden.
 */
export function assertRecordAccess<T>(actor: Actor, row: T | null | undefined, resource: (row: T) => Resource, view: Action, action: Action): asserts row is T {
  if (!row || !can(actor, view, resource(row))) throw new NotFoundError();
  if (!can(actor, action, resource(row))) throw new ForbiddenError(action);
}

/** What a page query answers about one record: the record, or why the visitor may not have it. */
export type Access<T> = { status: "ok"; value: T } | { status: "notFound" } | { status: "forbidden" };

export const granted = <T>(value: T): Access<T> => ({ status: "ok", value });
export const notFound: Access<never> = { status: "notFound" };
export const forbidden: Access<never> = { status: "forbidden" };

/** The access a page query grants: 404 for missing or unseen, 403 for seen but not `action`. */
export function access<T>(actor: Actor, row: T | null | undefined, resource: (row: T) => Resource, view: Action, action?: Action): Access<T> {
  if (!row || !can(actor, view, resource(row))) return { status: "notFound" };
  if (action && !can(actor, action, resource(row))) return { status: "forbidden" };
  return { status: "ok", value: row };
}
