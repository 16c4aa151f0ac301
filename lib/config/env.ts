// The portal's settings from the environment, checked once at start-up. Every variable is optional
// for a local install (`npm start` needs none); a malformed one stops start-up with one line that
// names it and never repeats a secret.
import { z } from "zod";
import { parseDatabaseUrl } from "@/lib/db/url";

const optional = (schema: z.ZodType) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());
/** A whole number in a range; the message quotes what was given (these settings are never secret). */
const int = (min: number, max: number, name: string) => {
  const error = (issue: { input?: unknown }) => `${name} must be a number from ${min} to ${max}, not '${String(issue.input).slice(0, 20)}'`;
  return z.string().trim().regex(/^\d+$/, { error }).transform(Number).pipe(z.number().min(min, { error }).max(max, { error }));
};

export const envSchema = z
  .object({
    PORT: optional(int(1, 65535, "PORT")),
    DATABASE_URL: optional(z.string().superRefine((v, ctx) => {
      try {
        parseDatabaseUrl(v);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
      }
    })),
    DATABASE_POOL_SIZE: optional(int(1, 500, "DATABASE_POOL_SIZE")),
    NEXTAUTH_SECRET: optional(z.string().min(32, { error: "NEXTAUTH_SECRET must be at least 32 characters (e.g. `openssl rand -base64 32`)" })),
    NEXTAUTH_URL: optional(z.url({ protocol: /^https?$/, error: "NEXTAUTH_URL must be the portal's public address, e.g. https://pokja.apeksi.or.id" })),
    SMTP_URL: optional(z.string().regex(/^smtps?:\/\/[^\s]+$/, { error: "SMTP_URL must look like smtp://user:password@host:587 or smtps://…" })),
    SMTP_FROM: optional(z.string().regex(/^([^<>]*<)?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?$/, { error: "SMTP_FROM must be an address, e.g. Portal Pokja <no-reply@apeksi.or.id>" })),
    // How many reverse proxies stand in front of the portal (0: none, it reads the socket's address).
    TRUST_PROXY: optional(int(0, 10, "TRUST_PROXY (the number of reverse proxies in front of the portal)")),
    DEMO_ACCOUNTS: optional(z.enum(["on", "off"], { error: "DEMO_ACCOUNTS must be on or off" })),
    // Evidence files: the largest file in megabytes, and how many files one record may hold.
    ATTACHMENT_MAX_MB: optional(int(1, 100, "ATTACHMENT_MAX_MB (the largest evidence file, in megabytes)")),
    ATTACHMENT_MAX_FILES: optional(int(1, 100, "ATTACHMENT_MAX_FILES (files one record may hold)")),
    // The open-data API's requests per minute per client address (0: no limit; lib/api/settings.ts).
    API_RATE_LIMIT: optional(int(0, 100000, "API_RATE_LIMIT (open-data API requests per minute per address)")),
    LOG_LEVEL: optional(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { error: "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent" })),
  })
  // A portal served over HTTPS is a real deployment: it must bring its own secret, shared by all
  // its instances, rather than one generated on one machine.
  .superRefine((env, ctx) => {
    if (typeof env.NEXTAUTH_URL === "string" && env.NEXTAUTH_URL.startsWith("https://") && !env.NEXTAUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: "NEXTAUTH_SECRET is required when NEXTAUTH_URL is https:// (a production deployment)" });
    }
  });

type Env = z.infer<typeof envSchema>;

/** The first problem as one line, or the parsed settings. */
export function checkEnv(env: Record<string, string | undefined>): { ok: true; env: Env } | { ok: false; message: string } {
  const parsed = envSchema.safeParse(env);
  if (parsed.success) return { ok: true, env: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, message: issue.message };
}
