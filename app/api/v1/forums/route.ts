// GET /api/v1/forums: the forums, newest first, a page at a time. Open data, public (docs/open-data.md); everything but routing is in lib/api.
import { forumsEndpoint } from "@/lib/api/endpoints.server";
import { preflight } from "@/lib/api/http.server";

export const dynamic = "force-dynamic";

export const GET = forumsEndpoint;
export const HEAD = forumsEndpoint;
export const OPTIONS = preflight;
