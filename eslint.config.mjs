import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layers of docs/decisions/0011-layers.md, held by the linter: routes and UI never reach the
// database or the generated client; they read through lib/<domain>/queries.server.ts, which asks the
// policy, and write through lib/<domain>/actions.ts.
const DATABASE = [
  { group: ["@/lib/db.server", "**/lib/db.server", "@/lib/db.server.ts"], message: "Routes and components read through lib/<domain>/queries.server.ts (which asks the policy), never the database client." },
  { group: ["@/generated/*", "**/generated/*", "@prisma/*", "pg", "better-sqlite3"], message: "Routes and components never touch the database or the generated Prisma client; domain types come from lib/domain/enums.ts." },
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "generated/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", ".tmp/**"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: DATABASE }],
      "no-restricted-syntax": ["error", { selector: "CallExpression[callee.name='getDb']", message: "Routes and components read through lib/<domain>/queries.server.ts, never getDb()." }],
    },
  },
  {
    // lib/ is the domain: no React, no UI.
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", {
        // React's request-scoped cache (one read of the signed-in user per request) is server plumbing, not UI.
        paths: [{ name: "react", allowImportNames: ["cache"], message: "lib/ holds the domain, not UI: no React here (only its request cache)." }],
        patterns: [{ group: ["react-dom", "react/*", "@/components/*"], message: "lib/ holds the domain, not UI: no React here." }],
      }],
    },
  },
];

export default config;
