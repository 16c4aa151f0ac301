// npm start: database ready (migrated; seeded when new), build when the sources changed, then serve.
//   --dev         next dev instead of a production build
//   --build-only  prepare and build, do not serve
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { checkEnv } from "../lib/config/env.ts";
import { DEFAULT_DATABASE_URL, parseDatabaseUrl } from "../lib/db/url.ts";
import { ensureLocalSecret } from "./lib/secret.ts";
import { DEMO_PASSWORD, demoAccounts } from "../lib/seed/demo-accounts.ts";
import { buildIfNeeded } from "./lib/build.ts";
import { describeDatabase, explainDatabaseError, prepareDatabase } from "./lib/database.ts";
import { startServer, stopOnSignals } from "./lib/server.ts";

const args = new Set(process.argv.slice(2));
const dev = args.has("--dev");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOSTNAME ?? "0.0.0.0";

function fail(message: string): never {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

async function main() {
  const settings = checkEnv(process.env);
  if (!settings.ok) fail(settings.message);
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.DATABASE_URL ||= DEFAULT_DATABASE_URL;
  const url = process.env.DATABASE_URL;
  try {
    parseDatabaseUrl(url);
  } catch (error) {
    fail((error as Error).message);
  }
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT must be a number from 1 to 65535, not '${process.env.PORT}'`);
  process.env.NEXTAUTH_SECRET = ensureLocalSecret();
  process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;
  if (!existsSync(path.join("generated", "sqlite", "client.ts"))) {
    spawnSync(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/generate.ts"], { stdio: "inherit" });
  }

  const demo = process.env.DEMO_ACCOUNTS !== "off";
  try {
    const { applied, seeded } = await prepareDatabase(url, { demoAccounts: demo });
    console.log(`[database] ${describeDatabase(url)}: ${applied.length ? `applied ${applied.length} migration(s)` : "schema up to date"}${seeded ? ", seeded" : ""}`);
  } catch (error) {
    fail(`database ${describeDatabase(url)} is not usable: ${explainDatabaseError(url, error)}`);
  }

  if (!dev) {
    try {
      buildIfNeeded();
    } catch (error) {
      fail((error as Error).message);
    }
  }
  if (args.has("--build-only")) return;

  // The server runs in this process: a SIGTERM or SIGINT to it (from systemd, Docker, a plain kill
  // or Ctrl-C) stops the portal gracefully (scripts/lib/server.ts).
  if (!dev) Object.assign(process.env, { NODE_ENV: "production" });
  let server;
  try {
    server = await startServer({ port, hostname: host, dev });
  } catch (error) {
    fail(`could not serve on ${host}:${port}: ${(error as Error).message}`);
  }
  stopOnSignals(server);
  announce();
}

function announce() {
  const lines = [
    "",
    `Portal Pokja Kota Inklusif is running: http://localhost:${port}`,
  ];
  if (process.env.DEMO_ACCOUNTS !== "off") {
    lines.push(`Demo accounts (password for all: ${DEMO_PASSWORD}):`);
    for (const a of demoAccounts) lines.push(`  ${a.role.padEnd(11)} ${a.email}`);
  }
  console.log(lines.join("\n") + "\n");
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
