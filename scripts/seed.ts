// npm run db:seed — seeds DATABASE_URL (idempotent). DEMO_ACCOUNTS=off leaves out the demo accounts.
import { createDb } from "../lib/db.server.ts";
import { seedDatabase } from "../lib/seed/seed.server.ts";

const db = createDb();
try {
  await seedDatabase(db, { demoAccounts: process.env.DEMO_ACCOUNTS !== "off" });
  console.log("Seed complete.");
} catch (error) {
  console.error(`seed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
