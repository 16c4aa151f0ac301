// Sign-in throttling against a real database: failures slow down the address that makes them, an
// account is never locked against its owner, counters are shared by instances and never lose a count.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountFailures, ATTACK_THRESHOLD, recordFailure, throttleKeys } from "@/lib/accounts/throttle.server";
import { issuePasswordReset, resetPassword } from "@/lib/accounts/commands.server";
import { signInAlerts } from "@/lib/accounts/queries.server";
import { attemptSignIn } from "@/lib/auth/authenticate.server";
import { createDb } from "@/lib/db.server";
import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import { createTestDb, provider, type TestDb } from "../../support/db";

describe(`sign-in throttling (${provider})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
  });
  afterAll(() => t.drop());

  const at = (s: number) => new Date(Date.UTC(2026, 10, 28, 8, 0, 0) + s * 1000);

  it("slows down repeated failures from one address, refuses even the right password from it meanwhile, then lets it in", async () => {
    const email = "delegasi.bandung@pokja.example";
    const me = "10.1.1.1";
    expect((await attemptSignIn(t.db, email, "salah", me, at(0))).outcome).toBe("invalid");
    expect((await attemptSignIn(t.db, email, "salah", me, at(1))).outcome).toBe("invalid");
    expect((await attemptSignIn(t.db, email, "salah", me, at(2))).outcome).toBe("invalid"); // third: 1 s wait
    expect(await attemptSignIn(t.db, email, DEMO_PASSWORD, me, at(2))).toEqual({ outcome: "locked", retryAfterSeconds: 1, long: false });
    expect((await attemptSignIn(t.db, email, DEMO_PASSWORD, me, at(4))).outcome).toBe("ok");
    // The success cleared this address's counter for this account: the next typo is not slowed down.
    expect((await attemptSignIn(t.db, email, "salah", me, at(5))).outcome).toBe("invalid");
    expect((await attemptSignIn(t.db, email, DEMO_PASSWORD, me, at(5))).outcome).toBe("ok");
  });

  it("never locks an account: thousands of failures from one address, then the owner signs in at once from another", async () => {
    const email = "ketua@pokja.example";
    const attacker = "203.0.113.66";
    const chair = await t.db.user.findUniqueOrThrow({ where: { email } });
    // The attacker ignores the waits (as a script would); every failure is still counted.
    for (let i = 0; i < 2000; i++) await recordFailure(t.db, email, attacker, at(100));
    expect(await accountFailures(t.db, email, at(100))).toBe(2000);
    expect(await attemptSignIn(t.db, email, DEMO_PASSWORD, "198.51.100.7", at(101))).toMatchObject({ outcome: "ok" });
    // The failing address stays slowed down, for this account and for any other.
    expect(await attemptSignIn(t.db, email, DEMO_PASSWORD, attacker, at(101))).toMatchObject({ outcome: "locked", long: true });
    expect(await attemptSignIn(t.db, "dewan@pokja.example", DEMO_PASSWORD, attacker, at(101))).toMatchObject({ outcome: "locked" });
    // The owner was told, once.
    expect(await t.db.notification.count({ where: { userId: chair.id, kind: "account.signInFailures" } })).toBeLessThanOrEqual(1);
  });

  it("tells the owner once when an account is being guessed at from many addresses, and slows each of them", async () => {
    const email = "admin@pokja.example";
    const admin = await t.db.user.findUniqueOrThrow({ where: { email } });
    for (let i = 0; i < ATTACK_THRESHOLD + 5; i++) {
      // A new address each time: only the account counter sees them all.
      expect((await attemptSignIn(t.db, email, "salah", `10.0.0.${i}`, at(1000 + i))).outcome).toBe("invalid");
    }
    expect(await t.db.notification.count({ where: { userId: admin.id, kind: "account.signInFailures" } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { action: "auth.accountUnderAttack", entityId: admin.id } })).toBe(1);
    // Admins see it on their page.
    expect((await signInAlerts(t.db, at(1020))).find((a) => a.email === email)).toMatchObject({ failures: ATTACK_THRESHOLD + 5, user: { id: admin.id } });
    // Under attack, an address that fails once already waits before its next try...
    expect(await attemptSignIn(t.db, email, DEMO_PASSWORD, "10.0.0.14", at(1000 + 14))).toMatchObject({ outcome: "locked" });
    // ...while the owner, from an address that has not failed, gets in at once.
    expect((await attemptSignIn(t.db, email, DEMO_PASSWORD, "10.9.9.9", at(1020))).outcome).toBe("ok");
  });

  it("records every attempt in the audit log with the address and outcome, never the password", async () => {
    const events = await t.db.auditEvent.findMany({ where: { action: { startsWith: "auth.signIn" } }, select: { action: true, after: true } });
    const actions = new Set(events.map((e) => e.action));
    expect(actions).toEqual(new Set(["auth.signInFailed", "auth.signInSucceeded", "auth.signInThrottled"]));
    for (const e of events) {
      expect(e.after).not.toContain("salah");
      expect(e.after).not.toContain(DEMO_PASSWORD);
      expect(JSON.parse(e.after!)).toHaveProperty("address");
    }
  });

  it("restores access with a completed reset, also for the address that was slowed down", async () => {
    const email = "sekretariat@pokja.example";
    const user = await t.db.user.findUniqueOrThrow({ where: { email } });
    const admin = await t.db.user.findUniqueOrThrow({ where: { email: "admin@pokja.example" } });
    const mine = "10.7.7.7";
    for (let i = 0; i < 8; i++) await attemptSignIn(t.db, email, "salah", mine, at(2000 + i * 300));
    expect((await attemptSignIn(t.db, email, DEMO_PASSWORD, mine, at(2000 + 7 * 300))).outcome).toBe("locked");
    const { token } = await issuePasswordReset(t.db, admin, user.id, { origin: "http://portal.test", locale: "id" });
    await resetPassword(t.db, token, "kata sandi baru yang panjang");
    expect((await attemptSignIn(t.db, email, "kata sandi baru yang panjang", mine, at(2000 + 7 * 300))).outcome).toBe("ok");
  });

  it("keeps counters in the database, so a second instance sees the same wait", async () => {
    const email = "dewan@pokja.example";
    const address = "10.3.3.3";
    for (let i = 0; i < 3; i++) await attemptSignIn(t.db, email, "salah", address, at(3000 + i));
    const otherInstance = createDb(t.url);
    try {
      expect((await attemptSignIn(otherInstance, email, DEMO_PASSWORD, address, at(3002))).outcome).toBe("locked");
    } finally {
      await otherInstance.$disconnect();
    }
  });

  it("starts counting afresh once a failure is older than the 15-minute window", async () => {
    const email = "delegasi.semarang@pokja.example";
    await recordFailure(t.db, email, "10.5.5.5", at(5000));
    expect((await recordFailure(t.db, email, "10.5.5.5", at(5000 + 14 * 60))).pairFailures).toBe(2);
    expect((await recordFailure(t.db, email, "10.5.5.5", at(5000 + 16 * 60))).pairFailures).toBe(1);
  });

  it("loses no count when two instances record failures at the same moment", async () => {
    const email = "delegasi.metro@pokja.example";
    const instances = [t.db, createDb(t.url)];
    try {
      await Promise.all(Array.from({ length: 20 }, (_, i) => recordFailure(instances[i % 2], email, `10.4.4.${i % 3}`, at(4000))));
      const rows = await t.db.signInThrottle.findMany({ where: { key: { in: [throttleKeys(email, null).account, throttleKeys(email, "10.4.4.0").pair] } } });
      const byKey = Object.fromEntries(rows.map((r) => [r.key, r.failures]));
      expect(byKey[throttleKeys(email, null).account]).toBe(20);
      expect(byKey[throttleKeys(email, "10.4.4.0").pair]).toBe(7);
    } finally {
      await instances[1].$disconnect();
    }
  });
});
