// Installs the Debian packages the test suite needs, or fails naming them. Never skips silently.
import { spawnSync } from "node:child_process";

type Need = { pkg: string; provides: string };
let updated = false;

export function ensureDebianPackages(needs: Need[]): void {
  if (needs.length === 0) return;
  const names = needs.map((n) => `${n.pkg} (${n.provides})`).join(", ");
  if (process.getuid?.() !== 0) {
    throw new Error(`Missing: ${names}. Install with: sudo apt-get install -y ${needs.map((n) => n.pkg).join(" ")}`);
  }
  console.log(`[provision] installing Debian packages: ${needs.map((n) => n.pkg).join(" ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const install = () =>
    spawnSync("apt-get", ["install", "-y", "-q", ...needs.map((n) => n.pkg)], { stdio: "inherit", env });
  let result = updated ? install() : { status: 1 };
  if (result.status !== 0) {
    spawnSync("apt-get", ["update", "-q"], { stdio: "inherit", env });
    updated = true;
    result = install();
  }
  if (result.status !== 0) throw new Error(`apt-get could not install: ${names}`);
}
