import { describe, expect, it } from "vitest";
import { PROPOSAL_STATUSES, ROLES, type ProposalStatus, type Role } from "@/lib/domain/enums";
import { ACTIONS, can, proposalStatusesVisibleTo, type Action, type Actor, type Resource } from "@/lib/policy/policy";

// The permission matrix: every action × every role × the resource's context. A new action without
// a row here fails the first test.
type Context = "ownCity" | "otherCity" | "noCity";
const CONTEXTS: Context[] = ["ownCity", "otherCity", "noCity"];
const STEWARDS: Role[] = ["CHAIR", "SECRETARIAT", "ADMIN"];

const resourceFor = (context: Context): Resource =>
  context === "ownCity" ? { cityId: "metro" } : context === "otherCity" ? { cityId: "bandung" } : undefined;

/** Expected answer for a role in a context; the same for every context unless the rule says so. */
const matrix: Record<Action, (role: Role, context: Context) => boolean> = {
  "city.create": (r) => STEWARDS.includes(r),
  "city.update": (r) => STEWARDS.includes(r),
  "city.changeMembership": (r) => STEWARDS.includes(r),
  "city.view": () => true,
  "forum.create": (r) => STEWARDS.includes(r),
  "forum.update": (r) => STEWARDS.includes(r),
  "forum.setSubmissionWindow": (r) => STEWARDS.includes(r),
  "forum.manageParticipation": (r) => STEWARDS.includes(r),
  "forum.manageProgramme": (r) => STEWARDS.includes(r),
  "forum.view": () => true,
  "manage.view": (r) => STEWARDS.includes(r),
  "audit.view": (r) => r === "CHAIR" || r === "ADMIN",
  "reports.view": (r) => r !== "DELEGATE",
  "user.view": (r) => r === "ADMIN" || r === "SECRETARIAT",
  "user.invite": (r) => r === "ADMIN", // without a granted role only an admin may; see the next test
  "user.manage": (r) => r === "ADMIN",
  "proposal.workspace": (r) => r === "DELEGATE",
  "proposal.create": (r, c) => r === "DELEGATE" && c === "ownCity",
  "proposal.edit": (r, c) => r === "DELEGATE" && c === "ownCity",
  "proposal.submit": (r, c) => r === "DELEGATE" && c === "ownCity",
  "proposal.withdraw": (r, c) => r === "DELEGATE" && c === "ownCity",
  "proposal.delete": (r, c) => r === "DELEGATE" && c === "ownCity",
  // Without a status the resource is treated as a draft: only its own city sees it.
  "proposal.view": (r, c) => r === "DELEGATE" && c === "ownCity",
  "proposal.endorse": (r, c) => r === "DELEGATE" && c === "otherCity",
  // Without a status (neither a draft nor sent back for revision) nobody attaches; see below.
  "proposal.attach": () => false,
  "evidence.attach": (r, c) => r === "DELEGATE" && c === "ownCity",
  "evidence.verify": (r) => r === "CHAIR" || r === "SECRETARIAT",
  "review.view": (r) => r === "CHAIR" || r === "SECRETARIAT",
  "review.decide": (r) => r === "CHAIR" || r === "SECRETARIAT",
  "agenda.manage": (r) => r === "CHAIR" || r === "SECRETARIAT",
  "cycle.manage": (r) => r === "CHAIR",
  "edition.view": () => true,
  "commitment.view": (r, c) => (r === "DELEGATE" ? c === "ownCity" : true),
  "commitment.commit": (r) => r === "DELEGATE",
  "commitment.report": (r, c) => r === "DELEGATE" && c === "ownCity",
  "scorecard.update": (r, c) => r === "DELEGATE" && c === "ownCity",
  "progress.remind": (r) => r === "CHAIR" || r === "SECRETARIAT",
  "proposal.browse": (r) => r !== "ADMIN",
  "dashboard.view": () => true,
  // Without a status the resource is a draft item: only its stewards.
  "agenda.view": (r) => r === "CHAIR" || r === "SECRETARIAT",
  "comment.view": (r) => r !== "ADMIN",
  "comment.post": (r) => r === "DELEGATE" || r === "CHAIR" || r === "SECRETARIAT",
  // Nobody is the author of a resource that names none; see the next tests.
  "comment.edit": () => false,
  "comment.withdraw": () => false,
  "comment.hide": (r) => r === "CHAIR" || r === "SECRETARIAT",
};

describe("policy", () => {
  it("has a decision for every action", () => {
    expect(Object.keys(matrix).sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    it(`decides ${action} for every role and city context`, () => {
      for (const role of ROLES) {
        for (const context of CONTEXTS) {
          const actor = { id: "u1", role, cityId: role === "DELEGATE" ? "metro" : null };
          expect(can(actor, action, resourceFor(context)), `${role} / ${context}`).toBe(matrix[action](role, context));
        }
      }
    });
  }

  it("lets only a comment's author edit or withdraw it, whatever their role", () => {
    for (const role of ROLES) {
      const actor = { id: "u1", role, cityId: role === "DELEGATE" ? "metro" : null };
      for (const action of ["comment.edit", "comment.withdraw"] as const) {
        expect(can(actor, action, { authorId: "u1" }), `${role} own`).toBe(true);
        expect(can(actor, action, { authorId: "u2" }), `${role} other`).toBe(false);
        expect(can(actor, action, { authorId: null }), `${role} former user`).toBe(false);
      }
    }
  });

  it("shows a published agenda item to everyone signed in and a draft only to the chair and secretariat", () => {
    for (const role of ROLES) {
      const actor = { id: "u1", role, cityId: role === "DELEGATE" ? "metro" : null };
      expect(can(actor, "agenda.view", { status: "PUBLISHED" }), role).toBe(true);
      expect(can(actor, "agenda.view", { status: "DRAFT" }), role).toBe(role === "CHAIR" || role === "SECRETARIAT");
      // Closed at the start of a cycle: still part of the record an edition links to.
      expect(can(actor, "agenda.view", { status: "CLOSED" }), role).toBe(true);
    }
  });

  it("lets the secretariat invite delegates, board members and colleagues, but not chairs or admins", () => {
    const secretariat: Actor = { id: "s", role: "SECRETARIAT", cityId: null };
    const admin: Actor = { id: "a", role: "ADMIN", cityId: null };
    for (const role of ROLES) {
      expect(can(secretariat, "user.invite", { role }), role).toBe(["DELEGATE", "BOARD", "SECRETARIAT"].includes(role));
      expect(can(admin, "user.invite", { role }), role).toBe(true);
    }
  });

  it("shows a submitted proposal to every signed-in role, a draft only to its city, and a withdrawn one to its city and the reviewers", () => {
    for (const role of ROLES) {
      const actor = { id: "u1", role, cityId: role === "DELEGATE" ? "metro" : null };
      for (const status of ["SUBMITTED", "REVISION_REQUESTED", "ACCEPTED", "REJECTED", "MERGED"]) {
        expect(can(actor, "proposal.view", { cityId: "bandung", status }), `${role} ${status}`).toBe(true);
      }
      expect(can(actor, "proposal.view", { cityId: "bandung", status: "DRAFT" }), `${role} DRAFT`).toBe(false);
      expect(can(actor, "proposal.view", { cityId: "metro", status: "DRAFT" }), `${role} DRAFT own`).toBe(role === "DELEGATE");
      const reviewer = role === "CHAIR" || role === "SECRETARIAT";
      expect(can(actor, "proposal.view", { cityId: "bandung", status: "WITHDRAWN" }), `${role} WITHDRAWN`).toBe(reviewer);
      expect(can(actor, "proposal.view", { cityId: "metro", status: "WITHDRAWN" }), `${role} WITHDRAWN own`).toBe(reviewer || role === "DELEGATE");
      // The lists queries filter by say the same as the rule.
      for (const status of PROPOSAL_STATUSES) {
        expect(proposalStatusesVisibleTo(actor).includes(status as ProposalStatus)).toBe(can(actor, "proposal.view", { cityId: "bandung", status }));
      }
    }
    // A delegate whose city was taken away sees no other city's proposals either.
    expect(can({ id: "d", role: "DELEGATE", cityId: null }, "proposal.view", { cityId: "bandung", status: "SUBMITTED" })).toBe(false);
  });

  it("refuses everything to anonymous visitors but public reading, and everything to a role it does not know", () => {
    for (const action of ACTIONS) {
      expect(can(null, action), action).toBe(action === "forum.view" || action === "edition.view" || action === "city.view");
      // A role the database might one day hold that no rule names: nothing is allowed by accident,
      // beyond what any visitor may read.
      expect(can({ id: "u", role: "GUEST" as Role, cityId: null }, action)).toBe(action === "forum.view" || action === "edition.view" || action === "city.view");
    }
  });

  it("lets the board read and change nothing", () => {
    const board: Actor = { id: "b", role: "BOARD", cityId: null };
    // Reading: the reports, commitments, the list of proposals, the discussion and its own dashboard.
    expect(ACTIONS.filter((a) => can(board, a)).sort()).toEqual(["city.view", "comment.view", "commitment.view", "dashboard.view", "edition.view", "forum.view", "proposal.browse", "reports.view"]);
    expect(can(board, "agenda.view", { status: "PUBLISHED" })).toBe(true);
  });

  it("lets a visitor read published agenda items and forums, and nothing that is not published", () => {
    expect(can(null, "agenda.view", { status: "PUBLISHED" })).toBe(true);
    expect(can(null, "agenda.view", { status: "DRAFT" })).toBe(false);
    expect(can(null, "agenda.view", { status: "CLOSED" })).toBe(true);
    expect(can(null, "forum.view")).toBe(true);
    expect(can(null, "edition.view")).toBe(true);
    expect(can(null, "city.view")).toBe(true);
    expect(can(null, "cycle.manage")).toBe(false);
    expect(can(null, "proposal.view", { cityId: "metro", status: "ACCEPTED" })).toBe(false);
    expect(can(null, "commitment.view", { cityId: "metro" })).toBe(false);
  });

  it("lets a city attach files to its proposal only while it may change it, and evidence until it is verified", () => {
    const delegate: Actor = { id: "d", role: "DELEGATE", cityId: "metro" };
    for (const status of PROPOSAL_STATUSES) {
      expect(can(delegate, "proposal.attach", { cityId: "metro", status }), status).toBe(status === "DRAFT" || status === "REVISION_REQUESTED");
      expect(can(delegate, "proposal.attach", { cityId: "bandung", status }), status).toBe(false);
    }
    for (const status of ["UNVERIFIED", "NEEDS_CLARIFICATION", "VERIFIED"]) {
      expect(can(delegate, "evidence.attach", { cityId: "metro", status }), status).toBe(status !== "VERIFIED");
      expect(can(delegate, "evidence.attach", { cityId: "bandung", status }), status).toBe(false);
    }
  });
});
