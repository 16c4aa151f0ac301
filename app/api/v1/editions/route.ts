// GET /api/v1/editions: the frozen editions of the national agenda. Open data, public (docs/open-data.md); everything but routing is in lib/api.
import { editionsEndpoint } from "@/lib/api/endpoints.server";
import { preflight } from "@/lib/api/http.server";

export const dynamic = "force-dynamic";

export const GET = editionsEndpoint;
export const HEAD = editionsEndpoint;
export const OPTIONS = preflight;
