// GET /api/v1/agenda-items: published and closed agenda items, a page at a time. Open data, public (docs/open-data.md); everything but routing is in lib/api.
import { agendaItemsEndpoint } from "@/lib/api/endpoints.server";
import { preflight } from "@/lib/api/http.server";

export const dynamic = "force-dynamic";

export const GET = agendaItemsEndpoint;
export const HEAD = agendaItemsEndpoint;
export const OPTIONS = preflight;
