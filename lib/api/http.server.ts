// HTTP for the open-data API, so that every route handler in app/api/v1 is one line: the rate limit
// per client address, the query checked by its zod schema (400 as problem+json otherwise), a strong
// ETag of the body (304 for If-None-Match), public caching, and CORS for GET/HEAD/OPTIONS. Answers
// are the same for everyone (the API never reads a session), which is what makes them cacheable.
import { createHash } from "node:crypto";
import { z } from "zod";
import { getDb } from "@/lib/db.server";
import { CLIENT_ADDRESS_HEADER, normaliseAddress } from "@/lib/http/client-address";
import { logger } from "@/lib/log/logger.server";
import { labelsFor } from "./labels";
import { PROBLEM_STATUS, problemType } from "./openapi";
import { countRequest, type RateState } from "./rate-limit.server";
import type { ApiAnswer } from "./queries.server";
import { API_LANGS, type ApiLang, type ProblemBody, type ProblemCode } from "./schemas";
import { apiRateLimit, MAX_AGE_SECONDS, RATE_WINDOW_SECONDS } from "./settings";

const EXPOSED = ["ETag", "Content-Language", "RateLimit", "RateLimit-Policy", "Retry-After"].join(", ");
const CORS = { "Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": EXPOSED };

/** The answer to a CORS preflight: any origin may GET, without credentials. */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      // If-None-Match is not a CORS-safelisted header: a browser asks first before revalidating.
      "Access-Control-Allow-Headers": "Accept, Accept-Language, If-None-Match",
      "Access-Control-Max-Age": "86400",
      Allow: "GET, HEAD, OPTIONS",
      "Cache-Control": "public, max-age=86400",
    },
  });
}

/** IETF draft-ietf-httpapi-ratelimit-headers: the policy, and what is left of it in this window. */
function rateHeaders(rate: RateState | null): Record<string, string> {
  if (!rate) return {};
  return { "RateLimit-Policy": `"address";q=${rate.limit};w=${RATE_WINDOW_SECONDS}`, RateLimit: `"address";r=${rate.remaining};t=${rate.resetSeconds}` };
}

/** A strong validator: the same bytes, the same tag. */
export const etagOf = (body: string) => `"${createHash("sha256").update(body).digest("base64url")}"`;

/** If-None-Match matches with the weak comparison (RFC 9110 §13.1.2): W/ is ignored, * matches anything. */
export function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").map((v) => v.trim().replace(/^W\//, "")).some((v) => v === "*" || v === etag);
}

export function problem(code: ProblemCode, lang: ApiLang, extra: { detail?: string; errors?: ProblemBody["errors"]; headers?: Record<string, string> } = {}): Response {
  const { t } = labelsFor(lang);
  const body: ProblemBody = {
    type: problemType(code), title: t(`problem.${code}`), status: PROBLEM_STATUS[code], code,
    ...(extra.detail ? { detail: extra.detail } : {}), ...(extra.errors ? { errors: extra.errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { ...CORS, ...extra.headers, "Content-Type": "application/problem+json; charset=utf-8", "Content-Language": lang, "Cache-Control": "no-store" },
  });
}

/** A JSON answer with its ETag, or 304 when the client already holds these bytes. */
export function json(request: Request, value: unknown, lang: ApiLang, extraHeaders: Record<string, string> = {}): Response {
  const body = JSON.stringify(value);
  const etag = etagOf(body);
  const headers = { ...CORS, ...extraHeaders, ETag: etag, "Cache-Control": `public, max-age=${MAX_AGE_SECONDS}`, "Content-Language": lang };
  if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}

/** The language a problem is told in, before (or whatever) the query's check says. */
const langOf = (url: URL): ApiLang => {
  const asked = url.searchParams.get("lang");
  return (API_LANGS as readonly string[]).includes(asked ?? "") ? (asked as ApiLang) : "id";
};

type Context<P> = { params: Promise<P> };

/**
 * A GET handler: counts the request against the client's limit, checks the query with `schema`
 * (in the language asked for), runs `run` and answers its result.
 */
export function endpoint<S extends z.ZodObject, P = Record<string, never>>(
  schema: S, run: (query: z.infer<S>, params: P) => Promise<ApiAnswer<unknown> | { status: "document"; body: unknown }>,
) {
  return async function GET(request: Request, context?: Context<P>): Promise<Response> {
    const url = new URL(request.url);
    const lang = langOf(url);
    try {
      const limit = apiRateLimit();
      // The portal's own server sets this header on every request (lib/http/client-address.ts).
      const address = normaliseAddress(request.headers.get(CLIENT_ADDRESS_HEADER));
      const rate = limit > 0 ? await countRequest(getDb(), address, limit, RATE_WINDOW_SECONDS) : null;
      const limits = rateHeaders(rate);
      if (rate && !rate.allowed) {
        return problem("rate-limited", lang, {
          detail: labelsFor(lang).t("problem.rateLimitedDetail", { limit: rate.limit, window: RATE_WINDOW_SECONDS, retry: rate.resetSeconds }),
          headers: { ...limits, "Retry-After": String(rate.resetSeconds) },
        });
      }
      // One value per name: a repeated parameter counts by its last value, as URLSearchParams reads it.
      const parsed = schema.safeParse(Object.fromEntries(url.searchParams), { error: (lang === "en" ? z.locales.en() : z.locales.id()).localeError });
      if (!parsed.success) {
        return problem("invalid-parameter", lang, {
          headers: limits,
          errors: parsed.error.issues.map((issue) => ({ parameter: issue.path.map(String).join(".") || "query", code: issue.code, detail: issue.message })),
        });
      }
      const answer = await run(parsed.data, ((await context?.params) ?? {}) as P);
      if (answer.status === "notFound") return problem("not-found", lang, { headers: limits });
      if (answer.status === "badCursor") {
        return problem("invalid-parameter", lang, {
          headers: limits,
          errors: [{ parameter: "cursor", code: "invalid_cursor", detail: labelsFor(lang).t("problem.badCursor") }],
        });
      }
      return json(request, answer.body, lang, limits);
    } catch (error) {
      logger().error({ reqId: request.headers.get("x-request-id") ?? undefined, path: url.pathname, err: error }, "api");
      return problem("internal-error", lang);
    }
  };
}
