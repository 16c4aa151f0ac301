import { NextResponse, type NextRequest } from "next/server";

/**
 * Passes the requested path to server components (the language switch returns the visitor to the
 * same page, also without JavaScript) and gives each request an id for the logs.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-pokja-path", request.nextUrl.pathname + request.nextUrl.search);
  if (!headers.has("x-request-id")) headers.set("x-request-id", crypto.randomUUID());
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/health).*)"],
};
