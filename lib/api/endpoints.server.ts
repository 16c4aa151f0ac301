// The open-data API's endpoints (v1), each a GET handler for its route in app/api/v1: the query
// schema it checks and the read it answers with. A path parameter that cannot name a record is not
// found, exactly like an unknown or unpublished one.
import { endpoint } from "./http.server";
import { openApiDocument } from "./openapi";
import { apiAgendaItem, apiAgendaItems, apiCities, apiCity, apiEdition, apiEditions, apiForum, apiForums } from "./queries.server";
import { agendaItemQuery, agendaItemsQuery, citiesQuery, cityQuery, forumsQuery, langQuery, pagedQuery, pathParams } from "./schemas";

const notFound = { status: "notFound" } as const;

export const agendaItemsEndpoint = endpoint(agendaItemsQuery, (q) => apiAgendaItems(q));
export const agendaItemEndpoint = endpoint(agendaItemQuery, async (q, { id }: { id: string }) =>
  pathParams.id.safeParse(id).success ? apiAgendaItem(id, q.lang, q.verified) : notFound);

export const citiesEndpoint = endpoint(citiesQuery, (q) => apiCities(q));
export const cityEndpoint = endpoint(cityQuery, async (q, { slug }: { slug: string }) =>
  pathParams.slug.safeParse(slug).success ? apiCity(slug, q.lang, q.verified) : notFound);

export const forumsEndpoint = endpoint(forumsQuery, (q) => apiForums(q));
export const forumEndpoint = endpoint(langQuery, async (q, { slug }: { slug: string }) =>
  pathParams.slug.safeParse(slug).success ? apiForum(slug, q.lang) : notFound);

export const editionsEndpoint = endpoint(pagedQuery, (q) => apiEditions(q));
export const editionEndpoint = endpoint(pagedQuery, async (q, { year }: { year: string }) =>
  pathParams.year.safeParse(year).success ? apiEdition(Number(year), q) : notFound);

export const openApiEndpoint = endpoint(langQuery, async (q) => ({ status: "document" as const, body: openApiDocument(q.lang) }));
