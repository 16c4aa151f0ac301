import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, loggablePath } from "@/lib/log/logger.server";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
  return { logger: createLogger(stream, "info"), lines };
}

describe("logs", () => {
  it("are one JSON object per line with level, time and request id", () => {
    const { logger, lines } = capture();
    logger.info({ reqId: "r-123", action: "proposal.submit", outcome: "ok" }, "form");
    const entry = JSON.parse(lines[0]);
    expect(entry).toMatchObject({ level: "info", reqId: "r-123", action: "proposal.submit", outcome: "ok", msg: "form", service: "portal-pokja" });
    expect(new Date(entry.time).toString()).not.toBe("Invalid Date");
  });

  it("never contain passwords, tokens, cookies, e-mail addresses or names, however nested", () => {
    const { logger, lines } = capture();
    logger.warn({ password: "Rahasia-123", user: { email: "siti@kota.example", name: "Siti Rahma" }, headers: { cookie: "next-auth.session-token=abc" }, input: { token: "t0k3n", values: { newPassword: "x" } } }, "attempt");
    const text = lines.join("");
    for (const secret of ["Rahasia-123", "siti@kota.example", "Siti Rahma", "session-token=abc", "t0k3n"]) expect(text).not.toContain(secret);
    expect(text).toContain("[redacted]");
  });

  it("log paths without one-time tokens or query strings", () => {
    expect(loggablePath("/reset-password/9f8e7d6c5b4a?x=1")).toBe("/reset-password/:token");
    expect(loggablePath("/invitation/abcdef")).toBe("/invitation/:token");
    expect(loggablePath("/review?q=Bandung%20ULD")).toBe("/review");
  });
});
