import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { LOCAL_SECRET_FILE } from "../../lib/auth/secret.server.ts";

/** NEXTAUTH_SECRET from the environment, else the local one, generated on first use (mode 600). */
export function ensureLocalSecret(file = LOCAL_SECRET_FILE): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}
