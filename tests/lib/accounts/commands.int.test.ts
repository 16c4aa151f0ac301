import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  acceptInvitation, changeOwnPassword, changeUserRole, inviteUser, issuePasswordReset, resetPassword, setUserActive,
} from "@/lib/accounts/commands.server";
import { authenticate } from "@/lib/auth/authenticate.server";
import { DomainError } from "@/lib/errors";
import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import { createTestDb, provider, type TestDb } from "../../support/db";
import { actorFor, type TestActor } from "../../support/actors";
import { invitationByToken } from "@/lib/accounts/queries.server";

/** Links as the portal would build them; no SMTP in tests, so nothing is mailed. */
const LINKS = { origin: "http://portal.test", locale: "id" };

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

describe(`account commands (${provider})`, () => {
  let t: TestDb;
  let admin: TestActor;
  let secretariat: TestActor;
  let metroId: string;
  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    admin = await actorFor(t.db, "admin@pokja.example");
    secretariat = await actorFor(t.db, "sekretariat@pokja.example");
    metroId = (await t.db.city.findUniqueOrThrow({ where: { slug: "metro" } })).id;
  });
  afterAll(() => t.drop());

  it("invites a delegate, who creates the account once with the link; the token is stored only as a hash", async () => {
    const { invitation, token } = await inviteUser(t.db, secretariat, { email: "disnaker@metrokota.go.id", role: "DELEGATE", cityId: metroId }, LINKS);
    expect(invitation.tokenHash).not.toContain(token);
    expect((await invitationByToken(token, new Date(), t.db)).status).toBe("valid");
    const user = await acceptInvitation(t.db, token, { name: "Sri Wahyuni", password: "kopi tubruk di alun-alun" });
    expect(user).toMatchObject({ email: "disnaker@metrokota.go.id", role: "DELEGATE", cityId: metroId, active: true });
    expect(await authenticate(t.db, "disnaker@metrokota.go.id", "kopi tubruk di alun-alun")).not.toBeNull();
    expect((await invitationByToken(token, new Date(), t.db)).status).toBe("used");
    expect(await refusal(acceptInvitation(t.db, token, { name: "Orang Lain", password: "kata sandi yang lain" }))).toBe("invitationUsed");
    const audit = await t.db.auditEvent.findMany({ where: { action: { in: ["user.invite", "user.acceptInvitation"] } } });
    expect(audit).toHaveLength(2);
    expect(audit.map((a) => `${a.before}${a.after}`).join()).not.toMatch(/kopi tubruk|passwordHash|tokenHash/);
  });

  it("refuses expired, forged and superseded links, and an email that already has an account", async () => {
    const now = new Date();
    const { token: old } = await inviteUser(t.db, admin, { email: "dewan2@apeksi.example", role: "BOARD", cityId: undefined }, LINKS, now);
    const { token: fresh } = await inviteUser(t.db, admin, { email: "dewan2@apeksi.example", role: "BOARD", cityId: undefined }, LINKS, now);
    expect((await invitationByToken(old, new Date(), t.db)).status).toBe("revoked");
    expect(await refusal(acceptInvitation(t.db, old, { name: "Dewan", password: "kata sandi panjang sekali" }))).toBe("invitationInvalid");
    const later = new Date(now.getTime() + 8 * 24 * 3600 * 1000);
    expect((await invitationByToken(fresh, later, t.db)).status).toBe("expired");
    expect(await refusal(acceptInvitation(t.db, fresh, { name: "Dewan", password: "kata sandi panjang sekali" }, later))).toBe("invitationExpired");
    expect((await invitationByToken("forged-token", new Date(), t.db)).status).toBe("unknown");
    expect(await refusal(acceptInvitation(t.db, "forged-token", { name: "X", password: "kata sandi panjang sekali" }))).toBe("invitationInvalid");
    expect(await refusal(inviteUser(t.db, admin, { email: "ketua@pokja.example", role: "CHAIR", cityId: undefined }, LINKS))).toBe("emailTaken");
    expect(await refusal(inviteUser(t.db, admin, { email: "baru@kota.go.id", role: "DELEGATE", cityId: "no-such-city" }, LINKS))).toBe("cityUnknown");
  });

  it("deactivates and reactivates a user; an admin cannot deactivate or demote themselves", async () => {
    const board = await t.db.user.findUniqueOrThrow({ where: { email: "dewan@pokja.example" } });
    await setUserActive(t.db, admin, board.id, false);
    expect(await authenticate(t.db, board.email, DEMO_PASSWORD)).toBeNull();
    await setUserActive(t.db, admin, board.id, true);
    expect(await authenticate(t.db, board.email, DEMO_PASSWORD)).not.toBeNull();
    expect(await refusal(setUserActive(t.db, admin, admin.id, false))).toBe("cannotDeactivateSelf");
    expect(await refusal(changeUserRole(t.db, admin, admin.id, { role: "BOARD", cityId: undefined }))).toBe("cannotDemoteSelf");
  });

  it("moves a delegate to another city and records before and after", async () => {
    const delegate = await t.db.user.findUniqueOrThrow({ where: { email: "delegasi.metro@pokja.example" } });
    const bandung = await t.db.city.findUniqueOrThrow({ where: { slug: "bandung" } });
    await changeUserRole(t.db, admin, delegate.id, { role: "DELEGATE", cityId: bandung.id });
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: delegate.id, action: "user.changeRole" } });
    expect(JSON.parse(audit.before!)).toEqual({ role: "DELEGATE", cityId: metroId });
    expect(JSON.parse(audit.after!)).toEqual({ role: "DELEGATE", cityId: bandung.id });
    expect(await refusal(changeUserRole(t.db, admin, delegate.id, { role: "DELEGATE", cityId: undefined }))).toBe("cityUnknown");
  });

  it("resets a password with a one-time link that ends earlier sessions", async () => {
    const chair = await t.db.user.findUniqueOrThrow({ where: { email: "ketua@pokja.example" } });
    const { token } = await issuePasswordReset(t.db, admin, chair.id, LINKS);
    const after = await resetPassword(t.db, token, "teh manis hangat pagi");
    expect(after.passwordChangedAt.getTime()).toBeGreaterThan(chair.passwordChangedAt.getTime());
    expect(await authenticate(t.db, chair.email, "teh manis hangat pagi")).not.toBeNull();
    expect(await authenticate(t.db, chair.email, DEMO_PASSWORD)).toBeNull();
    expect(await refusal(resetPassword(t.db, token, "lagi lagi lagi lagi"))).toBe("resetUsed");
  });

  it("changes one's own password only with the current one", async () => {
    const sec = await t.db.user.findUniqueOrThrow({ where: { email: "sekretariat@pokja.example" } });
    expect(await refusal(changeOwnPassword(t.db, sec, "wrong", "sangat baru sekali"))).toBe("currentWrong");
    await changeOwnPassword(t.db, sec, DEMO_PASSWORD, "sangat baru sekali");
    expect(await authenticate(t.db, sec.email, "sangat baru sekali")).not.toBeNull();
  });
});
