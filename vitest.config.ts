import path from "node:path";
import { defineConfig } from "vitest/config";

// Three projects: pure unit tests, and every *.int.test.ts twice, on SQLite and on PostgreSQL.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    // The same as next.config.js's experimental.authInterrupts, so pages can answer forbidden() in tests.
    env: { LOG_LEVEL: "silent", __NEXT_EXPERIMENTAL_AUTH_INTERRUPTS: "true" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks", // better-sqlite3 is a native addon: one process per file
    reporters: ["default", ["json", { outputFile: ".tmp/vitest-results.json" }]],
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/**/*.test.ts"], exclude: ["tests/**/*.int.test.ts", "tests/e2e/**"] } },
      {
        extends: true,
        test: { name: "sqlite", include: ["tests/**/*.int.test.ts"], env: { TEST_DB_PROVIDER: "sqlite" }, globalSetup: ["tests/support/global-setup.ts"] },
      },
      {
        extends: true,
        test: { name: "postgresql", include: ["tests/**/*.int.test.ts"], env: { TEST_DB_PROVIDER: "postgresql" }, globalSetup: ["tests/support/global-setup.ts"] },
      },
    ],
  },
});
