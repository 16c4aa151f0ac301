// GET /api/v1/editions/{year}: one edition with a page of its frozen items. Open data, public (docs/open-data.md); everything but routing is in lib/api.
import { editionEndpoint } from "@/lib/api/endpoints.server";
import { preflight } from "@/lib/api/http.server";

export const dynamic = "force-dynamic";

export const GET = editionEndpoint;
export const HEAD = editionEndpoint;
export const OPTIONS = preflight;
