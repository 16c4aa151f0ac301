import { NextResponse, type NextRequest } from "next/server";
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
  const forwarded = new Headers(request.headers);
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
  return response;
}

// Uploads and downloads skip the proxy: Next buffers a proxied request's body in memory (up to its
// limit), which a 10 MB file must never be; their route handlers set their own security headers.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/uploads|api/attachments/).*)"],
};
