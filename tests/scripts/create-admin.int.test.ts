import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate.server";
import { createTestDb, provider, type TestDb } from "../support/db";

const run = (url: string, ...args: string[]) =>
  spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/create-admin.ts", ...args], {
    env: { ...process.env, DATABASE_URL: url }, encoding: "utf8", timeout: 60_000,
  });

describe(`npm run admin:create (${provider})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  it("creates an administrator whose printed one-time password works, once per address", async () => {
    const first = run(t.url, "Admin@Apeksi.example", "Siti", "Rahma");
    expect(first.status).toBe(0);
    const password = first.stdout.match(/One-time password \(change it after signing in\): (\S+)/)?.[1];
    expect(password).toBeTruthy();
    expect(await authenticate(t.db, "admin@apeksi.example", password!)).toMatchObject({ role: "ADMIN", name: "Siti Rahma" });
    expect(await t.db.auditEvent.count({ where: { action: "user.createAdmin" } })).toBe(1);
    const again = run(t.url, "admin@apeksi.example", "Siti Rahma");
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("exists already");
  });

  it("refuses a malformed email", () => {
    expect(run(t.url, "not-an-email", "Nama").status).toBe(64);
  });
});
