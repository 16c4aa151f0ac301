import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeMembership, createCity, updateCity } from "@/lib/cities/commands.server";
import { membershipCounts } from "@/lib/cities/queries.server";
import { cityFormSchema } from "@/lib/cities/schemas";
import { DomainError } from "@/lib/errors";
import { createTestDb, provider, type TestDb } from "../../support/db";
import { actorFor, type TestActor } from "../../support/actors";

const input = (over: Record<string, string> = {}) =>
  cityFormSchema.parse({ name: "Palangka Raya", province: "Kalimantan Tengah", region: "KALIMANTAN", timeZone: "WIB", ...over });

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return { code: (error as DomainError).code, field: (error as DomainError).field };
}

describe(`city commands (${provider})`, () => {
  let t: TestDb;
  let chair: TestActor;
  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    chair = await actorFor(t.db, "ketua@pokja.example");
  });
  afterAll(() => t.drop());

  it("creates a city with its first history entry and an audit event", async () => {
    const city = await createCity(t.db, chair, input());
    expect(city).toMatchObject({ slug: "palangka-raya", membershipStatus: "INVITED" });
    expect(await t.db.membershipChange.count({ where: { cityId: city.id } })).toBe(1);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: city.id, action: "city.create" } });
    expect(audit.actorId).toBe(chair.id);
    expect(JSON.parse(audit.after!)).toMatchObject({ name: "Palangka Raya" });
  });

  it("refuses a duplicate name (whatever its case) or slug and stores nothing", async () => {
    const before = await t.db.city.count();
    const audits = await t.db.auditEvent.count();
    expect(await refusal(createCity(t.db, chair, input({ name: "bandung", slug: "bandung-baru" })))).toEqual({ code: "nameTaken", field: "name" });
    expect(await refusal(createCity(t.db, chair, input({ name: "Kota Bandung Raya", slug: "bandung" })))).toEqual({ code: "slugTaken", field: "slug" });
    expect(await t.db.city.count()).toBe(before);
    expect(await t.db.auditEvent.count()).toBe(audits);
  });

  it("updates a city and records before and after", async () => {
    const metro = await t.db.city.findUniqueOrThrow({ where: { slug: "metro" } });
    await updateCity(t.db, chair, metro.id, input({ name: "Metro", slug: "metro", province: "Lampung", region: "SUMATERA", latitude: "-5.1", longitude: "105.3" }));
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: metro.id, action: "city.update" } });
    expect(JSON.parse(audit.before!).latitude).toBeCloseTo(-5.1131);
    expect(JSON.parse(audit.after!).latitude).toBe(-5.1);
    expect(await refusal(updateCity(t.db, chair, metro.id, input({ name: "Bandung" })))).toEqual({ code: "nameTaken", field: "name" });
  });

  it("moves Malang from invited to member: status, history and audit together; the count becomes 29", async () => {
    const malang = await t.db.city.findUniqueOrThrow({ where: { slug: "malang" } });
    expect((await membershipCounts(t.db, {})).MEMBER).toBe(28);
    await changeMembership(t.db, chair, malang.id, { toStatus: "MEMBER", effectiveOn: "2023-06-01", reason: "Keputusan rapat Pokja" });
    expect((await t.db.city.findUniqueOrThrow({ where: { id: malang.id } })).membershipStatus).toBe("MEMBER");
    const history = await t.db.membershipChange.findMany({ where: { cityId: malang.id }, orderBy: { effectiveOn: "asc" } });
    expect(history.map((h) => [h.fromStatus, h.toStatus])).toEqual([[null, "INVITED"], ["INVITED", "MEMBER"]]);
    expect(history[1]).toMatchObject({ changedById: chair.id, reason: "Keputusan rapat Pokja" });
    expect(await t.db.auditEvent.count({ where: { entityId: malang.id, action: "city.changeMembership" } })).toBe(1);
    expect(await membershipCounts(t.db, {})).toEqual({ MEMBER: 29, INVITED: 8, LEFT: 0 }); // 7 seeded + Palangka Raya
    expect(await membershipCounts(t.db, { region: "JAWA" })).toEqual({ MEMBER: 11, INVITED: 4, LEFT: 0 });
  });

  it("refuses a change to the same status, a disallowed transition, or a date before the last change; stores nothing", async () => {
    const batu = await t.db.city.findUniqueOrThrow({ where: { slug: "batu" } });
    const metro = await t.db.city.findUniqueOrThrow({ where: { slug: "metro" } });
    const changes = await t.db.membershipChange.count();
    expect(await refusal(changeMembership(t.db, chair, metro.id, { toStatus: "MEMBER", effectiveOn: "2024-01-01", reason: "tetap anggota" }))).toEqual({ code: "sameStatus", field: "toStatus" });
    expect(await refusal(changeMembership(t.db, chair, metro.id, { toStatus: "INVITED", effectiveOn: "2024-01-01", reason: "turun status" }))).toEqual({ code: "transitionNotAllowed", field: "toStatus" });
    expect(await refusal(changeMembership(t.db, chair, batu.id, { toStatus: "MEMBER", effectiveOn: "2023-01-01", reason: "tanggal mundur" }))).toEqual({ code: "effectiveBeforeLatest", field: "effectiveOn" });
    expect(await t.db.membershipChange.count()).toBe(changes);
    expect((await t.db.city.findUniqueOrThrow({ where: { id: batu.id } })).membershipStatus).toBe("INVITED");
  });
});
