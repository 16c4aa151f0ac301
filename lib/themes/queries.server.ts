// The proposal themes (the chair's list, in the chair's order): the one place they are read.
import { getDb, type Db } from "@/lib/db.server";

const SELECT = { id: true, nameId: true, nameEn: true } as const;

/** Themes a new proposal or agenda item may take. */
export async function activeThemes(db: Db = getDb()) {
  return db.theme.findMany({ where: { active: true }, orderBy: { position: "asc" }, select: SELECT });
}

/** Every theme, retired ones too: filters must still find what was filed under them. */
export async function allThemes(db: Db = getDb()) {
  return db.theme.findMany({ orderBy: { position: "asc" }, select: SELECT });
}
