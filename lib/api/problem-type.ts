// A problem's `type` (RFC 9457): its entry on the API's documentation page. Dependency-free, so the
// portal's own server can name it too when it refuses a malformed API address (lib/http/bad-request.ts).
export const problemType = (code: string) => `/open-data/api#problem-${code}`;
