// A request whose address cannot be read (a malformed percent escape such as /proposals/%E0%A4%A)
// is answered by the portal's own server with 400 and this page, in the visitor's language, with the
// same security headers as every page, before Next.js tries to decode it.
import en from "@/lib/i18n/messages/en.json";
import id from "@/lib/i18n/messages/id.json";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { problemType } from "@/lib/api/problem-type";

/**
 * Whether the path holds a percent escape that does not decode. (Query values Next.js reads
 * leniently, and every filter is checked by its schema.)
 */
export function isMalformedUrl(url: string | undefined): boolean {
  if (!url) return true;
  try {
    decodeURIComponent(url.split("?", 1)[0]);
    return false;
  } catch {
    return true;
  }
}

export function localeFromCookie(cookie: string | undefined): "id" | "en" {
  const match = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=(id|en)(?:;|$)`).exec(cookie ?? "");
  return match?.[1] === "en" ? "en" : "id";
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function badRequestPage(locale: "id" | "en"): string {
  const m = (locale === "en" ? en : id).errors;
  const site = (locale === "en" ? en : id).meta.siteName;
  return `<!DOCTYPE html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(m.badRequestTitle)} · ${escape(site)}</title></head>
<body style="font-family: system-ui, sans-serif; margin: 0; color: #1b1f24; line-height: 1.5">
<header style="background: #083a54; color: #fff; padding: 1rem 1.5rem; border-bottom: 4px solid #0b4f71"><a href="/" style="color: #fff; font-weight: bold">${escape(site)}</a></header>
<main style="padding: 2rem 1.5rem; max-width: 42rem">
<h1>${escape(m.badRequestTitle)}</h1>
<p>${escape(m.badRequestBody)}</p>
<p><a href="/" style="color: #0b4f71">${escape(m.backHome)}</a></p>
</main>
</body>
</html>
`;
}

/** Whether the address is the open-data API's, whose errors are problem+json rather than a page. */
export const isApiPath = (url: string | undefined) => /^\/api\/v1(?:[/?]|$)/.test(url ?? "");

/** The same refusal for the open-data API, told as its other errors are (lib/api), in `?lang=`. */
export function badRequestProblem(url: string): string {
  const locale = /[?&]lang=en(?:&|$)/.test(url) ? "en" : "id";
  const m = (locale === "en" ? en : id).openDataApi.problem;
  return JSON.stringify({ type: problemType("invalid-parameter"), title: m["invalid-parameter"], status: 400, code: "invalid-parameter" });
}
