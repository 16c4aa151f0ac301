import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db.server";
import { parseDatabaseUrl } from "@/lib/db/url";
import { prepareDatabase } from "../../scripts/lib/database";
import { createTestDb, provider, type TestDb } from "../support/db";

describe(`npm start's database preparation (${provider})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb({ blank: true }); // as on a fresh clone: no file, or an empty database
  });
  afterAll(() => t.drop());

  it("creates, migrates and seeds a new database, then reuses it without seeding again", async () => {
    const first = await prepareDatabase(t.url, { demoAccounts: true });
    expect(first.seeded).toBe(true);
    expect(first.applied.length).toBeGreaterThan(0);
    const target = parseDatabaseUrl(t.url);
    if (target.provider === "sqlite") expect(existsSync(`${target.file}.partial`)).toBe(false);

    const db = createDb(t.url);
    const users = await db.user.count();
    await db.user.deleteMany({ where: { role: "BOARD" } }); // a second seed would put it back
    await db.$disconnect();

    const second = await prepareDatabase(t.url, { demoAccounts: true });
    expect(second).toEqual({ applied: [], seeded: false });
    const again = createDb(t.url);
    expect(await again.user.count()).toBe(users - 1);
    await again.$disconnect();
  });
});
