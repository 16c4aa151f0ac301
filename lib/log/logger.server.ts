// Structured JSON logs (pino), one line per event, with the request id. Passwords, tokens, cookies,
// e-mail addresses and names never reach a log line: they are redacted by key wherever they appear,
// and paths that carry a token are logged with the token replaced.
import pino, { type DestinationStream, type Logger } from "pino";

const SECRET_KEYS = ["password", "newPassword", "currentPassword", "confirm", "passwordHash", "token", "secret", "cookie", "authorization", "email", "name", "comment", "reason"];

export function createLogger(destination?: DestinationStream, level = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino(
    {
      level,
      base: { service: "portal-pokja" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: [...SECRET_KEYS, ...SECRET_KEYS.map((k) => `*.${k}`), ...SECRET_KEYS.map((k) => `*.*.${k}`)], censor: "[redacted]" },
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

const holder = globalThis as unknown as { __pokjaLogger?: Logger };
export function logger(): Logger {
  holder.__pokjaLogger ??= createLogger();
  return holder.__pokjaLogger;
}

/** A path safe to log: one-time tokens replaced, query string (filters, search text) dropped. */
export function loggablePath(path: string): string {
  return path.split("?")[0].replace(/^\/(invitation|reset-password)\/[^/]+/, "/$1/:token").slice(0, 200);
}
