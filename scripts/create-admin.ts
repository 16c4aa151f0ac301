// npm run admin:create -- EMAIL "FULL NAME": the first administrator of a database started without
// demo accounts. Prints a one-time random password to change at the first sign-in (My account).
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "../lib/audit/audit.server.ts";
import { hashPassword } from "../lib/auth/password.server.ts";
import { createDb } from "../lib/db.server.ts";

const [emailArg, ...nameParts] = process.argv.slice(2);
const parsed = z.object({ email: z.email().transform((v) => v.toLowerCase()), name: z.string().trim().min(2).max(120) })
  .safeParse({ email: emailArg, name: nameParts.join(" ") });
if (!parsed.success) {
  console.error('usage: npm run admin:create -- EMAIL "FULL NAME"');
  process.exit(64);
}
const db = createDb();
try {
  const password = randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(password);
  const user = await db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: parsed.data.email } })) throw new Error(`an account for ${parsed.data.email} exists already`);
    const created = await tx.user.create({ data: { email: parsed.data.email, name: parsed.data.name, role: "ADMIN", passwordHash } });
    await recordAudit(tx, { actorId: null, action: "user.createAdmin", entityType: "User", entityId: created.id, after: { email: created.email, name: created.name, role: "ADMIN" } });
    return created;
  });
  console.log(`Administrator ${user.email} created. One-time password (change it after signing in): ${password}`);
} catch (error) {
  console.error(`admin:create: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
