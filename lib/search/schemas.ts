// What a search asks: the words, optional filters, a page. Read from the address bar, so hostile
// until parsed: the words are limited in length (a message says so), a filter that is not one of the
// known values is dropped rather than trusted.
import { z } from "zod";
import { REGIONS, SEARCH_KINDS } from "@/lib/domain/enums";

export const MAX_QUERY_LENGTH = 200;
export const SEARCH_PAGE_SIZE = 20;
/** Pages beyond this are not offered: a search that needs them needs better words. */
export const MAX_SEARCH_PAGE = 50;

const id = z.string().regex(/^[a-z0-9]{1,40}$/i);

export const searchSchema = z.object({
  q: z.string().trim().max(MAX_QUERY_LENGTH, { error: "tooLong" }).default(""),
  kind: z.enum(SEARCH_KINDS).optional().catch(undefined),
  forum: id.optional().catch(undefined),
  theme: id.optional().catch(undefined),
  region: z.enum(REGIONS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(MAX_SEARCH_PAGE).catch(1).default(1),
});

export type SearchInput = z.infer<typeof searchSchema>;

/** The first value of each parameter of a page's searchParams, as the schema reads them. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}
