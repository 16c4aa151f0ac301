import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

  const at = (s: number) => new Date(Date.UTC(2026, 10, 28, 8, 0, s));

  it("slows down repeated failures, refuses even the right password while locked, then lets it in", async () => {
    const email = "delegasi.bandung@pokja.example";
    expect((await attemptSignIn(t.db, email, "salah", null, at(0))).outcome).toBe("invalid");
    expect((await attemptSignIn(t.db, email, "salah", null, at(1))).outcome).toBe("invalid");
    expect((await attemptSignIn(t.db, email, "salah", null, at(2))).outcome).toBe("invalid"); // third: 1 s lock
    expect(await attemptSignIn(t.db, email, DEMO_PASSWORD, null, at(2))).toEqual({ outcome: "locked", retryAfterSeconds: 1, long: false });
    expect((await attemptSignIn(t.db, email, DEMO_PASSWORD, null, at(4))).outcome).toBe("ok");
    // The success cleared this person's counter: the next typo is not slowed down.
    expect((await attemptSignIn(t.db, email, "salah", null, at(5))).outcome).toBe("invalid");
    expect((await attemptSignIn(t.db, email, DEMO_PASSWORD, null, at(5))).outcome).toBe("ok");
  });

  it("does not slow down another account's sign-in", async () => {
    for (let s = 0; s < 6; s++) await attemptSignIn(t.db, "dewan@pokja.example", "salah", null, at(10 + s * 60));
    expect((await attemptSignIn(t.db, "ketua@pokja.example", DEMO_PASSWORD, null, at(400))).outcome).toBe("ok");
  });

  it("locks an account for 15 minutes after ten failures from any addresses", async () => {
    const email = "admin@pokja.example";
    for (let i = 0; i < 10; i++) {
      // A new address each time: only the account counter sees them all.
      expect((await attemptSignIn(t.db, email, "salah", `10.0.0.${i}`, at(1000 + i * 70))).outcome).toBe("invalid");
    }
    const locked = await attemptSignIn(t.db, email, DEMO_PASSWORD, "10.9.9.9", at(1000 + 9 * 70 + 1));
    expect(locked).toMatchObject({ outcome: "locked", long: true });
    expect((await attemptSignIn(t.db, email, DEMO_PASSWORD, "10.9.9.9", at(1000 + 9 * 70 + 15 * 60 + 1))).outcome).toBe("ok");
  });

  it("keeps counters in the database, so a second instance sees the same lock", async () => {
    const email = "sekretariat@pokja.example";
    for (let i = 0; i < 3; i++) await attemptSignIn(t.db, email, "salah", null, at(3000 + i));
    const otherInstance = createDb(t.url);
    try {
      expect((await attemptSignIn(otherInstance, email, DEMO_PASSWORD, null, at(3002))).outcome).toBe("locked");
    } finally {
      await otherInstance.$disconnect();
    }
  });
});
