// What the maps colour by. Pure, so the buckets are tested without a database.

/** Implementation share buckets: no commitment, none done, 1–49 %, 50–99 %, all done. */
export const IMPLEMENTATION_BUCKETS = ["none", "zero", "some", "most", "all"] as const;
export type ImplementationBucket = (typeof IMPLEMENTATION_BUCKETS)[number];

/** Compares fractions, not rounded percentages: 199 of 200 is "most", never "all". */
export function implementationBucket(done: number, commitments: number): ImplementationBucket {
  if (commitments <= 0) return "none";
  if (done <= 0) return "zero";
  if (done >= commitments) return "all";
  return done * 2 < commitments ? "some" : "most";
}

/** An agenda item's cities: those whose proposals it consolidates, those that endorsed one, the rest. */
export const BACKING_ROLES = ["proposer", "endorser", "other"] as const;
export type BackingRole = (typeof BACKING_ROLES)[number];

type Place = { slug: string; name: string; latitude: number | null; longitude: number | null };
type Participating = { slug: string; name: string };
type Implementing = { slug: string; name: string; done: number; commitments: number };

/**
 * One row per city on the board's map: the member cities the report counts (its region filter) and any
 * other city with counted commitments, with its share done and bucket. Sorted by name.
 */
export function implementationMap(members: Participating[], byCity: Implementing[], places: Place[]) {
  const where = new Map(places.map((p) => [p.slug, p]));
  const rows = new Map<string, { slug: string; name: string; done: number; commitments: number }>();
  for (const m of members) rows.set(m.slug, { slug: m.slug, name: m.name, done: 0, commitments: 0 });
  for (const c of byCity) rows.set(c.slug, { slug: c.slug, name: c.name, done: c.done, commitments: c.commitments });
  return [...rows.values()]
    .map((r) => ({ ...r, latitude: where.get(r.slug)?.latitude ?? null, longitude: where.get(r.slug)?.longitude ?? null, bucket: implementationBucket(r.done, r.commitments) }))
    .sort((a, b) => a.name.localeCompare(b.name, "id"));
}
