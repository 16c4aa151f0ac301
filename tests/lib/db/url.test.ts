import { describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL, parseDatabaseUrl, redactUrl } from "@/lib/db/url";

describe("parseDatabaseUrl", () => {
  it("defaults to the embedded SQLite file", () => {
    expect(parseDatabaseUrl(undefined)).toEqual({ provider: "sqlite", url: DEFAULT_DATABASE_URL, file: "./data/portal.db" });
    expect(parseDatabaseUrl("  ")).toMatchObject({ provider: "sqlite" });
  });

  it("recognises PostgreSQL URLs of both spellings", () => {
    expect(parseDatabaseUrl("postgresql://u:p@db.example:5432/pokja").provider).toBe("postgresql");
    expect(parseDatabaseUrl("postgres://u@localhost/pokja").provider).toBe("postgresql");
  });

  it("refuses other schemes with one line that names the accepted ones", () => {
    expect(() => parseDatabaseUrl("mysql://root:secret@localhost/x")).toThrow(/file: \(SQLite\) or postgresql:\/\//);
    expect(() => parseDatabaseUrl("mysql://root:secret@localhost/x")).not.toThrow(/secret/);
  });

  it("refuses a PostgreSQL URL without a database name", () => {
    expect(() => parseDatabaseUrl("postgresql://u:p@localhost")).toThrow(/name a host and a database/);
  });

  it("masks passwords in messages", () => {
    expect(redactUrl("postgresql://pokja:s3cr3t@db:5432/pokja")).toBe("postgresql://pokja:***@db:5432/pokja");
  });
});
