// The server Playwright tests against: a fresh, seeded SQLite database and the production build,
// served by the portal's own server as `npm start` serves it.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "./lib/build.ts";
import { prepareDatabase } from "./lib/database.ts";
import { startServer, stopOnSignals } from "./lib/server.ts";

const port = Number(process.env.E2E_PORT ?? "3100");
const file = path.join(".tmp", "e2e.db");
mkdirSync(".tmp", { recursive: true });
for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });

Object.assign(process.env, {
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: `file:./${file}`,
  NEXTAUTH_SECRET: "e2e-only-secret-not-for-production",
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
});
await prepareDatabase(process.env.DATABASE_URL!, { demoAccounts: true });
buildIfNeeded();
const server = await startServer({ port, hostname: "127.0.0.1" });
stopOnSignals(server);
console.log(`[e2e] serving on ${server.url}`);
