// Opaque cursors for keyset pagination: base64url of [list, sort key, id]. Naming the list means a
// cursor of one list is refused by another instead of silently skipping rows; the sort key and id
// are the last row of the previous page, so a page never repeats or skips a row that stays put.

export type CursorKey = string | number;
export type Cursor = { key: CursorKey; id: string };

export function encodeCursor(list: string, key: CursorKey, id: string): string {
  return Buffer.from(JSON.stringify([list, key, id]), "utf8").toString("base64url");
}

/** The position a cursor names, or null when it is not one of this list's cursors. */
export function decodeCursor(list: string, raw: string): Cursor | null {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 3 || value[0] !== list) return null;
  const [, key, id] = value as unknown[];
  if (typeof id !== "string" || id.length === 0 || id.length > 100) return null;
  if (typeof key === "number" ? !Number.isFinite(key) : typeof key !== "string" || key.length > 100) return null;
  return { key: key as CursorKey, id };
}
