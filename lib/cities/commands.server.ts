// Writes to cities. Each command runs in one transaction and records an audit event with it.
import { recordAudit } from "@/lib/audit/audit.server";
import { ensureCommitmentsForCity } from "@/lib/commitments/commands.server";
import type { Db, Tx } from "@/lib/db.server";
import { DomainError, isUniqueViolation } from "@/lib/errors";
import { dateOnlyToUtc } from "@/lib/format/zones";
import { MEMBERSHIP_TRANSITIONS } from "./constants";
import type { CityInput, MembershipChangeInput } from "./schemas";
import { assertCan, type Actor as PolicyActor } from "@/lib/policy/policy";
import { reindex, reindexCity } from "@/lib/search/index.server";

type Actor = NonNullable<PolicyActor>;

async function assertNameAndSlugFree(tx: Tx, input: CityInput, exceptId?: string) {
  // Names are compared without regard to case ("bandung" is Bandung), on both providers.
  const sameName = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "City" WHERE LOWER("name") = LOWER(${input.name})`;
  if (sameName.some((c) => c.id !== exceptId)) throw new DomainError("nameTaken", "name");
  const sameSlug = await tx.city.findUnique({ where: { slug: input.slug }, select: { id: true } });
  if (sameSlug && sameSlug.id !== exceptId) throw new DomainError("slugTaken", "slug");
}

const cityData = (input: CityInput) => ({
  name: input.name,
  slug: input.slug,
  province: input.province,
  region: input.region,
  timeZone: input.timeZone,
  latitude: input.latitude ?? null,
  longitude: input.longitude ?? null,
});

export async function createCity(db: Db, actor: Actor, input: CityInput, today = new Date()) {
  assertCan(actor, "city.create");
  try {
    return await db.$transaction(async (tx) => {
      await assertNameAndSlugFree(tx, input);
      const status = input.membershipStatus ?? "INVITED";
      const city = await tx.city.create({
        data: {
          ...cityData(input),
          membershipStatus: status,
          membershipChanges: {
            create: { fromStatus: null, toStatus: status, effectiveOn: dateOnlyToUtc(today.toISOString().slice(0, 10)), reason: "Kota ditambahkan ke portal", changedById: actor.id },
          },
        },
      });
      await recordAudit(tx, { actorId: actor.id, action: "city.create", entityType: "City", entityId: city.id, after: city });
      await reindex(tx, { kind: "CITY", id: city.id });
      return city;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("slugTaken", "slug"); // lost a race with another writer
    throw error;
  }
}

export async function updateCity(db: Db, actor: Actor, cityId: string, input: CityInput) {
  assertCan(actor, "city.update");
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.city.findUnique({ where: { id: cityId } });
      if (!before) throw new DomainError("cityNotFound");
      await assertNameAndSlugFree(tx, input, cityId);
      const after = await tx.city.update({ where: { id: cityId }, data: cityData(input) });
      await recordAudit(tx, { actorId: actor.id, action: "city.update", entityType: "City", entityId: cityId, before, after });
      // Its name and region are also in the search rows of its proposals, forums and commitments.
      await reindexCity(tx, cityId);
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("slugTaken", "slug");
    throw error;
  }
}

/**
 * Moves a city to another membership status (e.g. invited → member) with a reason and the date it
 * takes effect; the city's status and its history change together or not at all.
 */
export async function changeMembership(db: Db, actor: Actor, cityId: string, input: MembershipChangeInput) {
  assertCan(actor, "city.changeMembership");
  return db.$transaction(async (tx) => {
    const city = await tx.city.findUnique({ where: { id: cityId } });
    if (!city) throw new DomainError("cityNotFound");
    if (city.membershipStatus === input.toStatus) throw new DomainError("sameStatus", "toStatus");
    if (!MEMBERSHIP_TRANSITIONS[city.membershipStatus].includes(input.toStatus)) throw new DomainError("transitionNotAllowed", "toStatus");
    const effectiveOn = dateOnlyToUtc(input.effectiveOn);
    const latest = await tx.membershipChange.findFirst({ where: { cityId }, orderBy: { effectiveOn: "desc" }, select: { effectiveOn: true } });
    if (latest && effectiveOn < latest.effectiveOn) {
      throw new DomainError("effectiveBeforeLatest", "effectiveOn", { date: latest.effectiveOn.toISOString().slice(0, 10) });
    }
    // Conditional update: if another steward changed the status meanwhile, nothing matches.
    const updated = await tx.city.updateMany({ where: { id: cityId, membershipStatus: city.membershipStatus }, data: { membershipStatus: input.toStatus } });
    if (updated.count !== 1) throw new DomainError("changedMeanwhile");
    const change = await tx.membershipChange.create({
      data: { cityId, fromStatus: city.membershipStatus, toStatus: input.toStatus, effectiveOn, reason: input.reason, changedById: actor.id },
    });
    // A city joining later takes on the every-city items already published.
    if (input.toStatus === "MEMBER") await ensureCommitmentsForCity(tx, cityId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "city.changeMembership",
      entityType: "City",
      entityId: cityId,
      before: { membershipStatus: city.membershipStatus },
      after: { membershipStatus: input.toStatus, effectiveOn: input.effectiveOn, reason: input.reason },
    });
    await reindex(tx, { kind: "CITY", id: cityId });
    return change;
  });
}
