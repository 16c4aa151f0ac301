// GET /api/v1/openapi.json: the OpenAPI 3.1 document of this API. Open data, public (docs/open-data.md); everything but routing is in lib/api.
import { openApiEndpoint } from "@/lib/api/endpoints.server";
import { preflight } from "@/lib/api/http.server";

export const dynamic = "force-dynamic";

export const GET = openApiEndpoint;
export const HEAD = openApiEndpoint;
export const OPTIONS = preflight;
