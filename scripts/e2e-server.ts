// The server Playwright tests against: a fresh, seeded SQLite database and the production build.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "./lib/build.ts";
import { prepareDatabase } from "./lib/database.ts";

const port = process.env.E2E_PORT ?? "3100";
const file = path.join(".tmp", "e2e.db");
mkdirSync(".tmp", { recursive: true });
for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });

const env = {
  ...process.env,
  NODE_ENV: "production" as const,
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: `file:./${file}`,
  NEXTAUTH_SECRET: "e2e-only-secret-not-for-production",
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
};
Object.assign(process.env, env);
await prepareDatabase(env.DATABASE_URL, { demoAccounts: true });
buildIfNeeded();
const child = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-H", "127.0.0.1", "-p", port], {
  stdio: "inherit",
  env,
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
