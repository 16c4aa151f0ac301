import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccounts } from "@/lib/seed/demo-accounts";
import { isEmpty, seedDatabase } from "@/lib/seed/seed.server";
import { createTestDb, provider, type TestDb } from "../../support/db";

describe(`seed (${provider})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  it("creates one demo account per role and is idempotent", async () => {
    expect(await isEmpty(t.db)).toBe(true);
    await seedDatabase(t.db, { demoAccounts: true });
    await seedDatabase(t.db, { demoAccounts: true });
    expect(await t.db.user.count()).toBe(demoAccounts.length);
    const roles = (await t.db.user.findMany({ select: { role: true }, distinct: ["role"] })).map((u) => u.role).sort();
    expect(roles).toEqual(["ADMIN", "BOARD", "CHAIR", "DELEGATE", "SECRETARIAT"]);
    expect(await isEmpty(t.db)).toBe(false);
  });
});
