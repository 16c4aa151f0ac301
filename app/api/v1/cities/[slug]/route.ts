// GET /api/v1/cities/{slug}: one city with its history, forums and scorecard. Open data, public (docs/open-data.md); everything but routing is in lib/api.
import { cityEndpoint } from "@/lib/api/endpoints.server";
import { preflight } from "@/lib/api/http.server";

export const dynamic = "force-dynamic";

export const GET = cityEndpoint;
export const HEAD = cityEndpoint;
export const OPTIONS = preflight;
