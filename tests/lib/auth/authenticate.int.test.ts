import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate.server";
import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import { createTestDb, provider, type TestDb } from "../../support/db";

describe(`authenticate (${provider})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
  });
  afterAll(() => t.drop());

  it("accepts a demo account with its password, whatever the email's case", async () => {
    const user = await authenticate(t.db, "Ketua@Pokja.example", DEMO_PASSWORD);
    expect(user).toMatchObject({ email: "ketua@pokja.example", role: "CHAIR" });
  });

  it("refuses a wrong password and an unknown email alike", async () => {
    expect(await authenticate(t.db, "ketua@pokja.example", "wrong")).toBeNull();
    expect(await authenticate(t.db, "nobody@pokja.example", DEMO_PASSWORD)).toBeNull();
  });

  it("refuses a deactivated account even with the right password", async () => {
    await t.db.user.update({ where: { email: "dewan@pokja.example" }, data: { active: false } });
    expect(await authenticate(t.db, "dewan@pokja.example", DEMO_PASSWORD)).toBeNull();
  });
});
