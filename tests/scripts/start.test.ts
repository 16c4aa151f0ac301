import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// npm start's refusals: one clear line on stderr, a non-zero exit, no secret echoed.
function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts", "--build-only"], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr.trim() };
}

describe("npm start with a bad configuration", () => {
  it("names the accepted schemes when DATABASE_URL is of another kind", () => {
    const { status, stderr } = start({ DATABASE_URL: "mysql://root:hunter2@localhost/pokja" });
    expect(status).toBe(1);
    expect(stderr.split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^npm start: DATABASE_URL must start with file: \(SQLite\) or postgresql:\/\//);
    expect(stderr).not.toContain("hunter2");
  });

  it("says the PostgreSQL server cannot be reached, without the password", () => {
    const { status, stderr } = start({ DATABASE_URL: "postgresql://pokja:hunter2@127.0.0.1:9/pokja" });
    expect(status).toBe(1);
    expect(stderr.split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^npm start: database PostgreSQL postgresql:\/\/pokja:\*\*\*@127\.0\.0\.1:9\/pokja is not usable: cannot reach the PostgreSQL server at 127\.0\.0\.1:9 \(ECONNREFUSED\)$/);
    expect(stderr).not.toContain("hunter2");
  });

  it("refuses a PORT that is not a port number", () => {
    const { status, stderr } = start({ PORT: "eighty" });
    expect(status).toBe(1);
    expect(stderr).toBe("npm start: PORT must be a number from 1 to 65535, not 'eighty'");
  });
});
