import { NextResponse, type NextRequest } from "next/server";
import { defaultLocale, isLocale, LANG_PARAM, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, LOCALE_HEADER } from "@/lib/i18n/config";
import { newNonce, securityHeaders } from "@/lib/security/headers";

const REQUEST_ID = /^[A-Za-z0-9._-]{8,80}$/;

/**
 * Every request: security headers with a fresh script nonce (Next reads it from the request's CSP
 * header and puts it on its inline scripts), the requested path for server components (the language
 * switch returns the visitor to the same page, also without JavaScript) and a request id for the logs.
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const headers = securityHeaders({
    nonce,
    dev: process.env.NODE_ENV === "development",
    https: (process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
  });
  // Links keep their language (docs/decisions/0003): ?lang= names the page's language and becomes the
  // visitor's remembered one; a page opened in another language than the default without it is sent
  // to its address with it, so that the address a reader copies opens in what they read.
  const named = request.nextUrl.searchParams.get(LANG_PARAM);
  const remembered = request.cookies.get(LOCALE_COOKIE)?.value;
  if (!named && isLocale(remembered) && remembered !== defaultLocale && isPageLoad(request)) {
    const target = request.nextUrl.clone();
    target.searchParams.set(LANG_PARAM, remembered);
    const redirect = NextResponse.redirect(target, 307);
    for (const [k, v] of Object.entries(headers)) redirect.headers.set(k, v);
    return redirect;
  }
  const forwarded = new Headers(request.headers);
  forwarded.delete(LOCALE_HEADER);
  if (isLocale(named)) forwarded.set(LOCALE_HEADER, named);
  forwarded.set("x-pokja-path", request.nextUrl.pathname + request.nextUrl.search);
  // An upstream id is kept only when it is a plain token (no header or log injection).
  const upstream = forwarded.get("x-request-id");
  const requestId = upstream && REQUEST_ID.test(upstream) ? upstream : crypto.randomUUID();
  forwarded.set("x-request-id", requestId);
  forwarded.set("x-nonce", nonce);
  forwarded.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  response.headers.set("x-request-id", requestId);
  if (isLocale(named) && named !== remembered) {
    response.cookies.set(LOCALE_COOKIE, named, { path: "/", maxAge: LOCALE_COOKIE_MAX_AGE, sameSite: "lax", httpOnly: false });
  }
  return response;
}

/**
 * A browser loading a page as a whole (typing, a bookmark, a link without JavaScript): not a form
 * post, not the app's own fetches between pages (which keep the address up to date themselves,
 * components/i18n/LanguageInAddress.tsx), not the API or files.
 */
function isPageLoad(request: NextRequest): boolean {
  return request.method === "GET" && request.headers.get("sec-fetch-dest") === "document" && !request.headers.has("rsc")
    && !request.nextUrl.pathname.startsWith("/api/");
}

// Uploads and downloads skip the proxy: Next buffers a proxied request's body in memory (up to its
// limit), which a 10 MB file must never be; their route handlers set their own security headers.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/uploads|api/attachments/).*)"],
};
