// Builds the Next.js app only when its inputs changed since the last build (content hash), so a
// second `npm start` starts at once.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const INPUTS = [
  "app", "components", "lib", "public", "generated", "proxy.ts", "next.config.js", "postcss.config.mjs",
  "tsconfig.json", "package-lock.json", "prisma/schema.prisma",
];
const STAMP = path.join(".next", "pokja-build-hash");

function hashTree(hash: ReturnType<typeof createHash>, p: string) {
  if (!existsSync(p)) return;
  if (statSync(p).isDirectory()) {
    for (const entry of readdirSync(p).sort()) hashTree(hash, path.join(p, entry));
  } else {
    hash.update(p).update("\0").update(readFileSync(p)).update("\0");
  }
}

export function sourceHash(): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) hashTree(hash, input);
  return hash.digest("hex");
}

export function buildIsCurrent(): boolean {
  return existsSync(path.join(".next", "BUILD_ID")) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === sourceHash();
}

export function buildIfNeeded(): void {
  if (buildIsCurrent()) {
    console.log("[build] up to date");
    return;
  }
  console.log("[build] building the portal (next build)…");
  // An interrupted build must never look current: the stamp goes first and returns only on success.
  rmSync(STAMP, { force: true });
  const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error("next build failed (see above)");
  writeFileSync(STAMP, sourceHash());
}
