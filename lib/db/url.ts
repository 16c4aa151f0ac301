// Which database a DATABASE_URL names. Shared by the app and the scripts; no driver is loaded here.

export const DEFAULT_DATABASE_URL = "file:./data/portal.db";

type DatabaseTarget =
  | { provider: "sqlite"; url: string; file: string }
  | { provider: "postgresql"; url: string };

export class DatabaseUrlError extends Error {}

/** Parses DATABASE_URL; the message of a refusal never repeats credentials. */
export function parseDatabaseUrl(raw: string | undefined = process.env.DATABASE_URL): DatabaseTarget {
  const url = (raw ?? "").trim() || DEFAULT_DATABASE_URL;
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length);
    if (!file) throw new DatabaseUrlError("DATABASE_URL 'file:' names no file; use e.g. file:./data/portal.db");
    return { provider: "sqlite", url, file };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new DatabaseUrlError("DATABASE_URL is not a valid postgresql:// URL");
    }
    if (!parsed.hostname || parsed.pathname.length < 2) {
      throw new DatabaseUrlError("DATABASE_URL must name a host and a database: postgresql://USER:PASSWORD@HOST:5432/DATABASE");
    }
    return { provider: "postgresql", url };
  }
  const scheme = url.split(":")[0];
  throw new DatabaseUrlError(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), not '${scheme.slice(0, 20)}:'`,
  );
}

/** The URL with its password masked, for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, "//$1:***@");
}
