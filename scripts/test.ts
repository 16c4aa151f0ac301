// npm test: every suite, against real parts. Provisions what it needs (Debian's chromium, poppler-utils
// and PostgreSQL when missing and running as root), or fails naming what is missing; never skips.
//   typecheck → lint → Vitest (unit, SQLite, PostgreSQL) → Playwright in chromium (JS and no-JS)
//   → a short load-and-crash run on both databases
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ensureDebianPackages } from "./lib/provision.ts";
import { startTestPostgres, type PgCluster } from "./lib/postgres.ts";

type Step = { name: string; ok: boolean; seconds: number };
const steps: Step[] = [];
const bin = (pkg: string, file: string) => path.join("node_modules", pkg, file);

function run(name: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const ok = result.status === 0;
  steps.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  return ok;
}

function counts(): { passed: number; failed: number; skipped: number } {
  let passed = 0, failed = 0, skipped = 0;
  try {
    const v = JSON.parse(readFileSync(".tmp/vitest-results.json", "utf8"));
    passed += v.numPassedTests;
    failed += v.numFailedTests;
    skipped += v.numPendingTests + v.numTodoTests;
  } catch { /* the step itself is reported as failed */ }
  try {
    const p = JSON.parse(readFileSync(".tmp/playwright-results.json", "utf8"));
    passed += p.stats.expected + p.stats.flaky;
    failed += p.stats.unexpected;
    skipped += p.stats.skipped;
  } catch { /* idem */ }
  try {
    for (const r of JSON.parse(readFileSync(".tmp/soak-results.json", "utf8")).results) {
      if (r.ok) passed++;
      else failed++;
    }
  } catch { /* idem */ }
  return { passed, failed, skipped };
}

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  mkdirSync(".tmp", { recursive: true });
  for (const f of [".tmp/vitest-results.json", ".tmp/playwright-results.json", ".tmp/soak-results.json"]) rmSync(f, { force: true });

  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromium)) ensureDebianPackages([{ pkg: "chromium", provides: "the browser for the Playwright suite" }]);
  if (!existsSync(chromium)) throw new Error(`chromium not found at ${chromium} (set CHROMIUM_PATH)`);
  // The document tests render every official PDF to page images (tests/support/documents.ts).
  if (spawnSync("pdftoppm", ["-v"]).error) ensureDebianPackages([{ pkg: "poppler-utils", provides: "pdftoppm, which renders the official PDFs to page images in the document tests" }]);

  const cluster: PgCluster = startTestPostgres();
  console.log(`[postgresql] test server ${cluster.startedHere ? "started" : "already running"}: ${cluster.adminUrl}`);
  const env = { TEST_POSTGRES_URL: cluster.adminUrl, CHROMIUM_PATH: chromium };
  try {
    run("typecheck (tsc)", [bin("typescript", "bin/tsc"), "--noEmit"]);
    run("lint (eslint)", [bin("eslint", "bin/eslint.js"), "--max-warnings=0", "."]);
    run("unit and integration tests on SQLite and PostgreSQL (vitest)", [bin("vitest", "vitest.mjs"), "run"], env);
    run("end-to-end tests in chromium, with and without JavaScript (playwright)", [bin("@playwright/test", "cli.js"), "test"], env);
    // The short version of `npm run test:soak`: load with a SIGKILL halfway, on both databases.
    run("reliability: load and crash on SQLite and PostgreSQL, short (scripts/soak.ts)", [bin("tsx", "dist/cli.mjs"), "scripts/soak.ts", "--seconds", "6", "--delegates", "20", "--readers", "5", "--out", ".tmp/soak-results.json"], env);
  } finally {
    cluster.stop();
  }

  const { passed, failed, skipped } = counts();
  console.log("\n━━ summary ━━");
  for (const s of steps) console.log(`${s.ok ? "PASS" : "FAIL"}  ${s.name} (${s.seconds}s)`);
  if (skipped) console.log(`${skipped} test(s) were skipped: a skipped test counts as a failure here.`);
  console.log(`tests: ${passed} passed, ${failed + skipped} failed`);
  if (steps.some((s) => !s.ok) || failed || skipped || passed === 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`npm test: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
