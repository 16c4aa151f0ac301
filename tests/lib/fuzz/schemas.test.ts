// Every zod schema of the portal, driven with random and hostile input: parsing never throws, and
// whatever it accepts stays within the bounds the database and the pages rely on.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as accounts from "@/lib/accounts/schemas";
import * as agenda from "@/lib/agenda/schemas";
import { publicAgendaFilterSchema } from "@/lib/agenda/public.server";
import { auditFilterSchema } from "@/lib/audit/queries.server";
import * as auth from "@/lib/auth/schemas";
import * as cities from "@/lib/cities/schemas";
import * as commitments from "@/lib/commitments/schemas";
import { envSchema } from "@/lib/config/env";
import * as forums from "@/lib/forums/schemas";
import * as proposals from "@/lib/proposals/schemas";
import * as reports from "@/lib/reports/schemas";
import * as review from "@/lib/review/schemas";
import type { z } from "zod";
import { containsForbiddenCharacters } from "@/lib/forms/text";
import { hostileRecord } from "./hostile";

const schemas: Record<string, z.ZodType> = {
  ...Object.fromEntries(Object.entries({ ...accounts, ...agenda, ...auth, ...cities, ...commitments, ...forums, ...proposals, ...reports, ...review }).filter(([k, v]) => k.endsWith("Schema") && typeof (v as z.ZodType)?.safeParse === "function")),
  publicAgendaFilterSchema, auditFilterSchema, envSchema,
} as Record<string, z.ZodType>;

/** Longest string anywhere in a parsed value. */
function longest(value: unknown): number {
  if (typeof value === "string") return value.length;
  if (Array.isArray(value)) return Math.max(0, ...value.map(longest));
  if (value && typeof value === "object") return Math.max(0, ...Object.values(value).map(longest));
  return 0;
}

/** Every string anywhere in a parsed value. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

/** Schemas of what people type and the portal stores (not URL filters or settings). */
const STORED = (name: string) => !/filter|env|export|intent|reorder|merge|signIn/i.test(name);

function keysOf(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown>; def?: { options?: { shape: Record<string, unknown> }[] } });
  if (shape.shape) return Object.keys(shape.shape);
  const options = shape.def?.options;
  return options ? [...new Set(options.flatMap((o) => Object.keys(o.shape ?? {})))] : ["value"];
}

describe("every schema under hostile input", () => {
  it("covers the portal's schemas", () => {
    expect(Object.keys(schemas).length).toBeGreaterThanOrEqual(30);
  });

  for (const [name, schema] of Object.entries(schemas)) {
    it(`${name} never throws, and what it accepts is bounded`, () => {
      fc.assert(
        fc.property(hostileRecord(keysOf(schema)), (input) => {
          const result = schema.safeParse(input);
          if (!result.success) return;
          expect(longest(result.data)).toBeLessThanOrEqual(12_000);
          // Nothing invisible or deceptive is ever stored (lib/forms/text.ts).
          if (STORED(name)) for (const s of strings(result.data)) expect(containsForbiddenCharacters(s), JSON.stringify(s)).toBe(false);
        }),
        { numRuns: 150 },
      );
    });
  }
});
