// GET /api/v1/agenda-items/{id}: one published or closed agenda item. Open data, public (docs/open-data.md); everything but routing is in lib/api.
import { agendaItemEndpoint } from "@/lib/api/endpoints.server";
import { preflight } from "@/lib/api/http.server";

export const dynamic = "force-dynamic";

export const GET = agendaItemEndpoint;
export const HEAD = agendaItemEndpoint;
export const OPTIONS = preflight;
