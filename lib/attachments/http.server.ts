// The upload endpoint's side of HTTP: is the request from the portal's own pages (a route handler has
// no built-in cross-site check, unlike a server action), and what to answer — JSON for the page's
// script, a redirect for a plain form (back to the record, or to the form with the reason and what
// was typed).
import { getTranslations } from "next-intl/server";
import { translateKey } from "@/lib/i18n/dynamic";
import { logger } from "@/lib/log/logger.server";
import { securityHeaders } from "@/lib/security/headers";
import type { UploadOutcome } from "./upload.server";

/**
 * The request comes from a page of this portal: its Origin (or, failing that, Sec-Fetch-Site) names
 * this host, as the browser or the reverse proxy in front of it sees it, or the public address.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return request.headers.get("sec-fetch-site") === "same-origin";
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const hosts = [request.headers.get("x-forwarded-host"), request.headers.get("host")].filter(Boolean) as string[];
  if (process.env.NEXTAUTH_URL) {
    try {
      hosts.push(new URL(process.env.NEXTAUTH_URL).host);
    } catch {
      // A malformed setting is refused at start-up (lib/config/env.ts).
    }
  }
  return hosts.some((h) => h.split(",")[0].trim().toLowerCase() === host.toLowerCase());
}

const headersOf = () => {
  const h = securityHeaders({ nonce: "none", dev: false, https: (process.env.NEXTAUTH_URL ?? "").startsWith("https://") });
  return { ...h, "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'", "Cache-Control": "no-store" };
};

const wantsJson = (request: Request) => (request.headers.get("accept") ?? "").includes("application/json");

/** The upload form's address for a record, with the reason and what was typed when refused. */
export function uploadFormPath(outcome: Extract<UploadOutcome, { ok: false }>): string {
  if (!outcome.ref) return "/dashboard";
  const q = new URLSearchParams({ on: outcome.ref.on, id: outcome.ref.id });
  if (outcome.ref.replaces) q.set("replaces", outcome.ref.replaces);
  q.set("error", outcome.code);
  if (outcome.fileName) q.set("file", outcome.fileName.slice(0, 200));
  if (outcome.description) q.set("description", outcome.description.slice(0, 600));
  return `/attachments/new?${q}`;
}

/** The record's page after files were stored: it says how many, at the record's files. */
function storedPath(outcome: Extract<UploadOutcome, { ok: true }>): string {
  const [path, hash] = outcome.href.split("#");
  return `${path}?uploaded=${outcome.count}&record=${encodeURIComponent(outcome.ref.id)}#${hash ?? "attachments"}`;
}

export async function uploadResponse(request: Request, outcome: UploadOutcome): Promise<Response> {
  const headers = headersOf();
  // One log line per upload, like every form: how it ended, never the file or its name.
  logger().info({ reqId: request.headers.get("x-request-id") ?? undefined, path: "/api/uploads", form: "attachments", outcome: outcome.ok ? "ok" : "refused", detail: outcome.ok ? `${outcome.ref.on}:${outcome.count}` : outcome.code }, "form");
  // A post from another site is not sent back into the portal: it is refused, and says why.
  if (!outcome.ok && outcome.code === "crossSite" && !wantsJson(request)) {
    const t = await getTranslations("attachments.errors");
    return new Response(t("crossSite"), { status: 403, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
  }
  if (wantsJson(request)) {
    if (outcome.ok) return Response.json({ ok: true, href: storedPath(outcome), count: outcome.count }, { headers });
    const t = await getTranslations("attachments.errors");
    const message = translateKey(t, outcome.code, outcome.code, { max: 0, file: outcome.fileName ?? "", ...outcome.values });
    const status = outcome.code === "notAllowed" || outcome.code === "crossSite" ? 403 : outcome.code === "tooBig" ? 413 : 422;
    return Response.json({ ok: false, code: outcome.code, message, fileName: outcome.fileName ?? null }, { status, headers });
  }
  const target = outcome.ok ? storedPath(outcome) : uploadFormPath(outcome);
  // A path on this portal, relative to whatever address the browser used (behind a proxy too).
  return new Response(null, { status: 303, headers: { ...headers, Location: target } });
}
