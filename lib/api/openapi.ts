// The open-data API's OpenAPI 3.1 document, generated from the zod schemas of schemas.ts with zod's
// own JSON Schema output (z.toJSONSchema): the operations below name their query schema and their
// response schema, and nothing about a field is written twice. Texts come from the catalogues, in the
// language asked for. Pure: no database, so the documentation page renders from the same document.
import { z } from "zod";
import { labelsFor } from "./labels";
import {
  AgendaItemList, AgendaItemResponse, agendaItemQuery, agendaItemsQuery, API_BASE, apiRegistry, citiesQuery, CityList, CityResponse, cityQuery, EditionList,
  EditionResponse, ForumList, ForumResponse, forumsQuery, langQuery, pagedQuery, pathParams, type ApiLang, type ProblemCode,
} from "./schemas";
import { MAX_AGE_SECONDS, RATE_WINDOW_SECONDS } from "./settings";

export const API_VERSION = "1.0.0";

type PathParam = keyof typeof pathParams;
export type Operation = {
  id: string;
  path: string;
  tag: "agenda" | "cities" | "forums" | "editions" | "document";
  query: z.ZodObject;
  pathParam?: PathParam;
  /** Null for the document itself (an OpenAPI document, not one of ours). */
  response: z.ZodType | null;
  /** A request to try, for the documentation page. */
  example: string;
};

export const OPERATIONS: readonly Operation[] = [
  { id: "listAgendaItems", path: "/agenda-items", tag: "agenda", query: agendaItemsQuery, response: AgendaItemList, example: "/agenda-items?limit=5" },
  { id: "getAgendaItem", path: "/agenda-items/{id}", tag: "agenda", query: agendaItemQuery, pathParam: "id", response: AgendaItemResponse, example: "/agenda-items/{id}?lang=en" },
  { id: "listCities", path: "/cities", tag: "cities", query: citiesQuery, response: CityList, example: "/cities?region=JAWA&limit=10" },
  { id: "getCity", path: "/cities/{slug}", tag: "cities", query: cityQuery, pathParam: "slug", response: CityResponse, example: "/cities/metro?lang=en" },
  { id: "listForums", path: "/forums", tag: "forums", query: forumsQuery, response: ForumList, example: "/forums" },
  { id: "getForum", path: "/forums/{slug}", tag: "forums", query: langQuery, pathParam: "slug", response: ForumResponse, example: "/forums/forum-konsolidasi-malang-2023" },
  { id: "listEditions", path: "/editions", tag: "editions", query: pagedQuery, response: EditionList, example: "/editions" },
  { id: "getEdition", path: "/editions/{year}", tag: "editions", query: pagedQuery, pathParam: "year", response: EditionResponse, example: "/editions/2023?limit=10" },
  { id: "getOpenApiDocument", path: "/openapi.json", tag: "document", query: langQuery, response: null, example: "/openapi.json?lang=en" },
];

/** Every parameter the API knows, in the order the documentation lists them. */
export const PARAMETER_NAMES = ["lang", "limit", "cursor", "status", "level", "cycle", "forum", "theme", "region", "membership", "verified", "id", "slug", "year"] as const;
type ParameterName = (typeof PARAMETER_NAMES)[number];

/** The HTTP status of each problem. */
export const PROBLEM_STATUS: Record<ProblemCode, number> = { "invalid-parameter": 400, "not-found": 404, "rate-limited": 429, "internal-error": 500 };

export { problemType } from "./problem-type";

type JsonSchema = Record<string, unknown>;
/** JSON Schema of a schema in the document: its dialect is the document's (OpenAPI 3.1), so no $schema or $id of its own. */
const bare = ({ $schema: _schema, $id: _id, ...rest }: JsonSchema): JsonSchema => rest;

/** The components.schemas of the document: every named schema of schemas.ts. */
export function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiRegistry, { uri: (id) => `#/components/schemas/${id}` }) as { schemas: Record<string, JsonSchema> };
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, bare(schema)]));
}

/** The schema name of a registered response schema. */
export const componentId = (schema: z.ZodType) => apiRegistry.get(schema)?.id ?? null;

export type Parameter = { name: ParameterName; in: "query" | "path"; required: boolean; description: string; schema: JsonSchema };

/** An operation's parameters, as the document and the documentation page show them. */
export function operationParameters(op: Operation, lang: ApiLang): Parameter[] {
  const { t } = labelsFor(lang);
  const describe = (name: ParameterName) => t(`params.${name}`);
  const path: Parameter[] = op.pathParam
    ? [{ name: op.pathParam, in: "path", required: true, description: describe(op.pathParam), schema: bare(z.toJSONSchema(pathParams[op.pathParam])) }]
    : [];
  const query = Object.entries(op.query.shape).map(([name, field]): Parameter => ({
    name: name as ParameterName,
    in: "query",
    required: !(field as z.ZodType).safeParse(undefined).success,
    description: describe(name as ParameterName),
    schema: bare(z.toJSONSchema(field as z.ZodType, { io: "input" })),
  }));
  return [...path, ...query];
}

const headerSchema = (description: string, schema: JsonSchema = { type: "string" }) => ({ description, schema });

/** The OpenAPI 3.1 document of API v1, its texts in `lang`; built once per language (it depends on nothing else). */
export function openApiDocument(lang: ApiLang): OpenApiDocument {
  const built = documents.get(lang) ?? buildDocument(lang);
  documents.set(lang, built);
  return built;
}

function buildDocument(lang: ApiLang) {
  const { t } = labelsFor(lang);
  const problem = (code: ProblemCode) => ({
    description: t(`problem.${code}`),
    content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
  });
  const common = {
    "Access-Control-Allow-Origin": { $ref: "#/components/headers/AccessControlAllowOrigin" },
    RateLimit: { $ref: "#/components/headers/RateLimit" },
    "RateLimit-Policy": { $ref: "#/components/headers/RateLimitPolicy" },
  };
  const paths = Object.fromEntries(OPERATIONS.map((op) => {
    const responses: Record<string, unknown> = {
      200: {
        description: t("responses.ok"),
        headers: { ...common, ETag: { $ref: "#/components/headers/ETag" }, "Cache-Control": { $ref: "#/components/headers/CacheControl" }, "Content-Language": { $ref: "#/components/headers/ContentLanguage" } },
        content: { "application/json": { schema: op.response ? { $ref: `#/components/schemas/${componentId(op.response)}` } : { type: "object", description: t("responses.document") } } },
      },
      304: { description: t("responses.notModified"), headers: { ...common, ETag: { $ref: "#/components/headers/ETag" }, "Cache-Control": { $ref: "#/components/headers/CacheControl" } } },
      400: problem("invalid-parameter"),
      ...(op.pathParam ? { 404: problem("not-found") } : {}),
      429: { ...problem("rate-limited"), headers: { ...common, "Retry-After": { $ref: "#/components/headers/RetryAfter" } } },
      500: problem("internal-error"),
    };
    return [op.path, {
      get: { operationId: op.id, tags: [op.tag], summary: t(`operations.${op.id}`), parameters: operationParameters(op, lang), responses },
      options: { operationId: `${op.id}Preflight`, tags: [op.tag], summary: t("operations.preflight"), responses: { 204: { description: t("responses.preflight") } } },
    }];
  }));
  return {
    openapi: "3.1.1",
    info: {
      title: t("documentTitle"),
      version: API_VERSION,
      description: t("documentDescription", { maxAge: MAX_AGE_SECONDS, window: RATE_WINDOW_SECONDS }),
      // The data's licence, as docs/open-data.md states it for every dataset.
      license: { name: "Creative Commons Attribution 4.0 International", identifier: "CC-BY-4.0" },
      contact: { name: t("contactName"), url: "/open-data/api" },
    },
    servers: [{ url: API_BASE }],
    tags: (["agenda", "cities", "forums", "editions", "document"] as const).map((name) => ({ name, description: t(`tags.${name}`) })),
    paths,
    components: {
      schemas: componentSchemas(),
      headers: {
        ETag: headerSchema(t("headers.etag")),
        CacheControl: headerSchema(t("headers.cacheControl", { maxAge: MAX_AGE_SECONDS })),
        ContentLanguage: headerSchema(t("headers.contentLanguage"), { type: "string", enum: ["id", "en"] }),
        AccessControlAllowOrigin: headerSchema(t("headers.cors"), { type: "string", const: "*" }),
        RateLimit: headerSchema(t("headers.rateLimit")),
        RateLimitPolicy: headerSchema(t("headers.rateLimitPolicy")),
        RetryAfter: headerSchema(t("headers.retryAfter"), { type: "integer", minimum: 1 }),
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildDocument>;
const documents = new Map<ApiLang, OpenApiDocument>();
