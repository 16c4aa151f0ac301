// The one place that decides what a user may do. Pure: no database, no React; every server action,
// route handler and page that reads non-public data asks `can` (or `assertCan`) first.

export type Role = "DELEGATE" | "CHAIR" | "SECRETARIAT" | "BOARD" | "ADMIN";
export type Actor = { id: string; role: Role | string; cityId: string | null } | null;

/** What an action is about: the city that owns it, or the role being granted, when that matters. */
export type Resource = { cityId?: string | null; role?: string } | undefined;

const STEWARDS: readonly string[] = ["CHAIR", "SECRETARIAT", "ADMIN"];
const READERS: readonly string[] = ["CHAIR", "SECRETARIAT", "ADMIN", "BOARD"];

type Rule = (actor: NonNullable<Actor>, resource: Resource) => boolean;
const stewards: Rule = (a) => STEWARDS.includes(a.role);
const readers: Rule = (a) => READERS.includes(a.role);

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
  "reports.view": readers,
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
