// GET /api/v1/cities: the cities, a page at a time. Open data, public (docs/open-data.md); everything but routing is in lib/api.
import { citiesEndpoint } from "@/lib/api/endpoints.server";
import { preflight } from "@/lib/api/http.server";

export const dynamic = "force-dynamic";

export const GET = citiesEndpoint;
export const HEAD = citiesEndpoint;
export const OPTIONS = preflight;
