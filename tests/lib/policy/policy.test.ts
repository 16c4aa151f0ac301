import { describe, expect, it } from "vitest";
import { ACTIONS, can, type Action } from "@/lib/policy/policy";

// The permission matrix: every action × every role (and anonymous). Adding an action without
// deciding it here fails this test.
const roles = ["DELEGATE", "CHAIR", "SECRETARIAT", "BOARD", "ADMIN"] as const;
const matrix: Record<Action, readonly (typeof roles)[number][]> = {
  "city.create": ["CHAIR", "SECRETARIAT", "ADMIN"],
  "city.update": ["CHAIR", "SECRETARIAT", "ADMIN"],
  "city.changeMembership": ["CHAIR", "SECRETARIAT", "ADMIN"],
  "forum.create": ["CHAIR", "SECRETARIAT", "ADMIN"],
  "forum.update": ["CHAIR", "SECRETARIAT", "ADMIN"],
  "forum.setSubmissionWindow": ["CHAIR", "SECRETARIAT", "ADMIN"],
  "manage.view": ["CHAIR", "SECRETARIAT", "ADMIN"],
  "audit.view": ["CHAIR", "ADMIN"],
  "reports.view": ["CHAIR", "SECRETARIAT", "BOARD", "ADMIN"],
};

describe("policy", () => {
  it("decides every action for every role", () => {
    expect(Object.keys(matrix).sort()).toEqual([...ACTIONS].sort());
    for (const action of ACTIONS) {
      for (const role of roles) {
        const actor = { id: "u1", role, cityId: role === "DELEGATE" ? "metro" : null };
        expect(can(actor, action), `${role} ${action}`).toBe(matrix[action].includes(role));
      }
    }
  });

  it("refuses everything to anonymous visitors and to unknown roles", () => {
    for (const action of ACTIONS) {
      expect(can(null, action)).toBe(false);
      expect(can({ id: "u", role: "GUEST", cityId: null }, action)).toBe(false);
    }
  });

  it("lets the board change nothing", () => {
    const board = { id: "b", role: "BOARD", cityId: null };
    expect(ACTIONS.filter((a) => can(board, a))).toEqual(["reports.view"]);
  });
});
