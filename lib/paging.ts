// One way to page a list: the page number from a URL (anything malformed is page 1), and the slice
// and page count the database is asked for. Every list page uses it.
import { z } from "zod";

const MAX_PAGE = 100_000;

/** `?page=` as a whole number from 1; malformed or absent is 1. */
export const pageParam = z.coerce.number().int().min(1).max(MAX_PAGE).catch(1);

export function readPage(raw: unknown): number {
  return pageParam.parse(raw);
}

/** What to ask the database for page `page` of `size` rows. */
export const slice = (page: number, size: number) => ({ skip: (page - 1) * size, take: size });

/** How many pages `total` rows make (at least one, so "page 1 of 1" reads right for an empty list). */
export const pageCount = (total: number, size: number) => Math.max(1, Math.ceil(total / size));
