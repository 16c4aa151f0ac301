// Validates API answers against the OpenAPI document the API serves, with a JSON Schema validator.
// The validator at hand is Ajv 6 (in node_modules through ESLint; nothing was installed for this),
// which speaks draft-07, while OpenAPI 3.1 schemas are JSON Schema 2020-12. The two agree exactly on
// the keywords below, so `assertDraft7Compatible` first checks that the document uses no other: with
// that, Ajv 6's verdict is the one a 2020-12 validator would give.
import Ajv from "ajv";
import { expect } from "vitest";
import type { OpenApiDocument } from "../../lib/api/openapi";

/** Keywords that mean the same in draft-07 and 2020-12 (assertions and annotations). */
const SHARED_KEYWORDS = new Set([
  "type", "properties", "required", "additionalProperties", "items", "enum", "const", "anyOf", "oneOf", "allOf", "$ref",
  "pattern", "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems",
  "description", "title", "default", "examples",
]);
/** Beside $ref, draft-07 ignores every keyword: only annotations may stand there. */
const ANNOTATIONS = new Set(["$ref", "description", "title", "default", "examples"]);

export function assertDraft7Compatible(schema: unknown, where = "#"): void {
  if (typeof schema !== "object" || schema === null) throw new Error(`${where}: not a schema`);
  const node = schema as Record<string, unknown>;
  for (const key of Object.keys(node)) expect(SHARED_KEYWORDS.has(key), `${where}: keyword ${key}`).toBe(true);
  if ("$ref" in node) for (const key of Object.keys(node)) expect(ANNOTATIONS.has(key), `${where}: ${key} beside $ref`).toBe(true);
  // items must be one schema (an array of schemas means different things in the two drafts).
  if ("items" in node) expect(Array.isArray(node.items), `${where}: tuple items`).toBe(false);
  for (const [name, sub] of Object.entries((node.properties ?? {}) as Record<string, unknown>)) assertDraft7Compatible(sub, `${where}/properties/${name}`);
  for (const key of ["anyOf", "oneOf", "allOf"] as const) (node[key] as unknown[] | undefined)?.forEach((sub, i) => assertDraft7Compatible(sub, `${where}/${key}/${i}`));
  if (typeof node.items === "object") assertDraft7Compatible(node.items, `${where}/items`);
  if (typeof node.additionalProperties === "object") assertDraft7Compatible(node.additionalProperties, `${where}/additionalProperties`);
}

export type Validator = (path: string, status: number, body: unknown) => void;

/**
 * A validator for answers of `document`: the schema of `status` for the operation at `path` (as
 * the document's paths say), resolved through its $refs into components.schemas.
 */
export function validatorFor(document: OpenApiDocument): Validator {
  for (const [id, schema] of Object.entries(document.components.schemas)) assertDraft7Compatible(schema, `#/components/schemas/${id}`);
  const ajv = new Ajv({ allErrors: true, format: "full" });
  ajv.addSchema({ $id: "openapi.json", components: document.components }, "openapi.json");
  return (path, status, body) => {
    const operation = (document.paths as Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> } }>)[path];
    expect(operation, `no operation ${path} in the document`).toBeDefined();
    const response = operation.get.responses[String(status)];
    expect(response, `${path} documents no ${status}`).toBeDefined();
    const [, media] = Object.entries(response.content ?? {})[0] ?? [];
    expect(media?.schema.$ref, `${path} ${status}: no schema`).toMatch(/^#\/components\/schemas\//);
    const validate = ajv.getSchema(`openapi.json${media!.schema.$ref}`);
    expect(validate, `${media!.schema.$ref} does not resolve`).toBeDefined();
    const valid = validate!(body);
    expect(valid ? [] : ajv.errorsText(validate!.errors, { separator: "\n" }).split("\n"), `${path} ${status}`).toEqual([]);
  };
}
