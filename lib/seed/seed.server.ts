// Idempotent seed: running it again changes nothing that is already there.
import { hashPassword } from "@/lib/auth/password.server";
import type { Db } from "@/lib/db.server";
import { DEMO_PASSWORD, demoAccounts } from "./demo-accounts";

export type SeedOptions = { demoAccounts: boolean };

export async function seedDatabase(db: Db, options: SeedOptions): Promise<void> {
  if (options.demoAccounts) await seedDemoAccounts(db);
}

async function seedDemoAccounts(db: Db) {
  const existing = new Set(
    (await db.user.findMany({ where: { email: { in: demoAccounts.map((a) => a.email) } }, select: { email: true } })).map((u) => u.email),
  );
  const missing = demoAccounts.filter((a) => !existing.has(a.email));
  if (!missing.length) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(
    missing.map((a) => db.user.create({ data: { email: a.email, name: a.name, role: a.role, passwordHash } })),
  );
}

/** True when the database holds no users yet: `npm start` seeds only then. */
export async function isEmpty(db: Db): Promise<boolean> {
  return (await db.user.count()) === 0;
}
