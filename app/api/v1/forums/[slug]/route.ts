// GET /api/v1/forums/{slug}: one forum with its programme and participation. Open data, public (docs/open-data.md); everything but routing is in lib/api.
import { forumEndpoint } from "@/lib/api/endpoints.server";
import { preflight } from "@/lib/api/http.server";

export const dynamic = "force-dynamic";

export const GET = forumEndpoint;
export const HEAD = forumEndpoint;
export const OPTIONS = preflight;
