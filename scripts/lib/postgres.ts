// A throw-away PostgreSQL cluster for tests and for creating PostgreSQL migrations. Uses Debian's
// server binaries; installs them with apt when missing and running as root, otherwise fails naming
// the package. TEST_POSTGRES_URL (an admin connection to a server of your own) skips all of this.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureDebianPackages } from "./provision.ts";

export type PgCluster = { adminUrl: string; stop(): void; startedHere: boolean };

function binDir(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => existsSync(path.join(root, v, "bin", "initdb"))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], "bin") : undefined;
}

const isRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL binary as the cluster's owner: postgres refuses to run as root. */
function runPg(bin: string, args: string[], quiet = true) {
  const [cmd, argv] = isRoot ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  const result = spawnSync(cmd, argv, { encoding: "utf8", stdio: quiet ? "pipe" : "inherit" });
  if (result.status !== 0) throw new Error(`${path.basename(bin)} failed: ${result.stderr || result.stdout}`);
  return result.stdout;
}

export function startTestPostgres(): PgCluster {
  if (process.env.TEST_POSTGRES_URL) return { adminUrl: process.env.TEST_POSTGRES_URL, stop() {}, startedHere: false };
  let bin = binDir();
  if (!bin) {
    ensureDebianPackages([{ pkg: "postgresql", provides: "PostgreSQL server (initdb, pg_ctl)" }]);
    bin = binDir();
    if (!bin) throw new Error("PostgreSQL server binaries not found under /usr/lib/postgresql after installing 'postgresql'");
  }
  // One cluster per checkout, kept between runs so repeated test runs start fast.
  const key = createHash("sha1").update(process.cwd()).digest("hex").slice(0, 10);
  const dir = path.join(tmpdir(), `pokja-test-pg-${key}`);
  const data = path.join(dir, "data");
  const port = 54000 + (parseInt(key.slice(0, 4), 16) % 900);
  if (!existsSync(path.join(data, "PG_VERSION"))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(data, { recursive: true });
    if (isRoot) {
      const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
      const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
      chownSync(dir, uid, gid);
      chownSync(data, uid, gid);
    }
    // Trust on loopback only: a disposable cluster that holds nothing but test data.
    runPg(path.join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
    writeFileSync(path.join(dir, "created-by"), "npm test\n");
  }
  const running = existsSync(path.join(data, "postmaster.pid"))
    && spawnSync(isRoot ? "runuser" : path.join(bin, "pg_ctl"), isRoot ? ["-u", "postgres", "--", path.join(bin, "pg_ctl"), "-D", data, "status"] : ["-D", data, "status"]).status === 0;
  let startedHere = false;
  if (!running) {
    rmSync(path.join(data, "postmaster.pid"), { force: true });
    runPg(path.join(bin, "pg_ctl"), [
      "-D", data, "-l", path.join(dir, "server.log"), "-w", "-t", "60",
      "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
      "start",
    ]);
    startedHere = true;
  }
  const adminUrl = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  return {
    adminUrl,
    startedHere,
    stop() {
      if (startedHere) runPg(path.join(bin, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
    },
  };
}

/** `postgresql://…/name` on the same server as `adminUrl`. */
export function databaseUrl(adminUrl: string, name: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

export function readServerLog(): string {
  const key = createHash("sha1").update(process.cwd()).digest("hex").slice(0, 10);
  try {
    return readFileSync(path.join(tmpdir(), `pokja-test-pg-${key}`, "server.log"), "utf8");
  } catch {
    return "";
  }
}
