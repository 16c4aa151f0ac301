// The one rule for where the portal sends a browser after signing in, switching language or any
// other action that carries a "come back to" value: a path on the portal's own origin, or "/".

/** Characters a URL path, query and fragment may hold as written (RFC 3986), percent escapes included. */
const URL_CHARACTERS = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/?%#]*$/;
const BASE = "http://portal.invalid";

/**
 * `raw` as a same-origin path ("/proposals/x?saved=1"), or "/" for anything else: another host
 * ("//evil", "/\evil", "https://…"), control characters, whitespace of any kind, backslashes,
 * non-ASCII text or malformed escapes. The result is resolved against the portal's own origin, so
 * what a browser does with it is what this function checked.
 */
export function safeDestination(raw: unknown): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2048) return "/";
  if (!raw.startsWith("/") || raw.startsWith("//") || !URL_CHARACTERS.test(raw)) return "/";
  let url: URL;
  try {
    url = new URL(raw, BASE);
    decodeURI(url.pathname); // a malformed escape (%E0%A4%A) is not a place to go back to
  } catch {
    return "/";
  }
  if (url.origin !== BASE) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("//") ? "/" : path;
}
