// A forum's participation, kept by the stewards: each city's place (invited, attended, absent, or not
// involved) and the people on its attendance list; through the commands, the real server actions and
// the page queries that show them.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { form, nextHeadersMock, nextIntlServerMock, outcome, signInAs } from "../../support/request";

vi.mock("next/headers", () => nextHeadersMock());
vi.mock("next-intl/server", () => nextIntlServerMock());

import { DomainError } from "@/lib/errors";
import { addParticipant, createForum, removeParticipant, setCityParticipation, updateParticipant } from "@/lib/forums/commands.server";
import { forumFormSchema, noteFieldOf, participantFormSchema, participationFormSchema, statusFieldOf } from "@/lib/forums/schemas";
import { ForbiddenError } from "@/lib/policy/policy";
import { createTestDb, provider, type TestDb } from "../../support/db";
import { actorFor, type TestActor } from "../../support/actors";

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return { code: (error as DomainError).code, field: (error as DomainError).field };
}

const idle = { status: "idle" as const, errors: {}, values: {} };

describe(`forum participation (${provider})`, () => {
  let t: TestDb;
  let secretariat: TestActor;
  let delegate: TestActor;
  let board: TestActor;
  let forum: { id: string; slug: string };
  let city: Record<"metro" | "bandung" | "ambon" | "palu" | "jambi", string>;
  const participation = (raw: Record<string, string>) => participationFormSchema.parse(raw);

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    process.env.DATABASE_URL = t.url;
    (await import("@/lib/db.server")).resetDbForTests();
    secretariat = await actorFor(t.db, "sekretariat@pokja.example");
    delegate = await actorFor(t.db, "delegasi.metro@pokja.example");
    board = await actorFor(t.db, "dewan@pokja.example");
    forum = await createForum(t.db, secretariat, forumFormSchema.parse({ title: "Forum Uji Keikutsertaan", venue: "Balai Kota Ambon", startsOn: "2026-05-05", endsOn: "2026-05-05", objectives: "" }));
    const ids = async (slug: string) => (await t.db.city.findUniqueOrThrow({ where: { slug } })).id;
    city = { metro: await ids("metro"), bandung: await ids("bandung"), ambon: await ids("ambon"), palu: await ids("palu"), jambi: await ids("jambi") };
  });
  afterAll(async () => {
    await (await import("@/lib/db.server")).getDb().$disconnect();
    await t.drop();
  });

  const places = async () =>
    Object.fromEntries((await t.db.forumAttendance.findMany({ where: { forumId: forum.id } })).map((a) => [a.cityId, { status: a.status, note: a.note }]));
  const audits = (action: string) => t.db.auditEvent.findMany({ where: { entityId: forum.id, action }, orderBy: { createdAt: "asc" } });

  describe("cities", () => {
    it("sets each city's place with its note, audited once with what changed", async () => {
      const result = await setCityParticipation(t.db, secretariat, forum.id, participation({
        [statusFieldOf(city.metro)]: "ATTENDED", [noteFieldOf(city.metro)]: "",
        [statusFieldOf(city.palu)]: "INVITED", [noteFieldOf(city.palu)]: "  Diundang sebagai kota yang berpeluang bergabung  ",
        [statusFieldOf(city.ambon)]: "ABSENT", [noteFieldOf(city.ambon)]: "Berhalangan karena cuaca",
        [statusFieldOf(city.bandung)]: "", [noteFieldOf(city.bandung)]: "",
      }));
      expect(result).toMatchObject({ forum: { slug: forum.slug }, changed: 3 });
      expect(await places()).toEqual({
        [city.metro]: { status: "ATTENDED", note: null },
        [city.palu]: { status: "INVITED", note: "Diundang sebagai kota yang berpeluang bergabung" },
        [city.ambon]: { status: "ABSENT", note: "Berhalangan karena cuaca" },
      });
      const [event] = await audits("forum.setParticipation");
      expect(JSON.parse(event.before!)).toEqual([]);
      expect(JSON.parse(event.after!).map((r: { city: string; status: string }) => `${r.city}:${r.status}`).sort()).toEqual(["Ambon:ABSENT", "Metro:ATTENDED", "Palu:INVITED"]);
      expect(event.actorId).toBe(secretariat.id);
    });

    it("writes only what changed; not involved removes a city; cities the form does not name stay", async () => {
      const result = await setCityParticipation(t.db, secretariat, forum.id, participation({
        [statusFieldOf(city.metro)]: "ATTENDED", [noteFieldOf(city.metro)]: "",
        [statusFieldOf(city.palu)]: "ATTENDED", [noteFieldOf(city.palu)]: "Hadir sebagai kota yang berpeluang bergabung",
        [statusFieldOf(city.ambon)]: "", [noteFieldOf(city.ambon)]: "",
      }));
      expect(result.changed).toBe(2);
      expect(await places()).toEqual({
        [city.metro]: { status: "ATTENDED", note: null },
        [city.palu]: { status: "ATTENDED", note: "Hadir sebagai kota yang berpeluang bergabung" },
      });
      const latest = (await audits("forum.setParticipation")).at(-1)!;
      expect(JSON.parse(latest.before!).map((r: { city: string }) => r.city).sort()).toEqual(["Ambon", "Palu"]);
      expect(JSON.parse(latest.after!).map((r: { city: string }) => r.city)).toEqual(["Palu"]);
      // Saving the same again changes nothing and records nothing.
      const count = (await audits("forum.setParticipation")).length;
      expect((await setCityParticipation(t.db, secretariat, forum.id, participation({ [statusFieldOf(city.metro)]: "ATTENDED" }))).changed).toBe(0);
      expect(await audits("forum.setParticipation")).toHaveLength(count);
    });

    it("refuses a city that does not exist and stores nothing", async () => {
      const before = await places();
      expect(await refusal(setCityParticipation(t.db, secretariat, forum.id, participation({ [statusFieldOf(city.bandung)]: "ATTENDED", [statusFieldOf("cmxnotacity")]: "INVITED" })))).toEqual({ code: "cityUnknown", field: undefined });
      expect(await places()).toEqual(before);
      expect(await refusal(setCityParticipation(t.db, secretariat, "cmxnotaforum", []))).toMatchObject({ code: "forumNotFound" });
    });

    it("is the stewards' only: a delegate and the board are refused", async () => {
      for (const actor of [delegate, board]) {
        await expect(setCityParticipation(t.db, actor, forum.id, participation({ [statusFieldOf(city.metro)]: "ABSENT" }))).rejects.toBeInstanceOf(ForbiddenError);
      }
      expect((await places())[city.metro].status).toBe("ATTENDED");
    });
  });

  describe("people", () => {
    let firstId: string;

    it("adds people at the end of the list, with or without a city, audited", async () => {
      const first = await addParticipant(t.db, secretariat, forum.id, participantFormSchema.parse({ name: "Richard Louhenapessy", jobTitle: "Wali Kota Ambon", office: "Pemerintah Kota Ambon", cityId: city.ambon, status: "INVITED" }));
      const second = await addParticipant(t.db, secretariat, forum.id, participantFormSchema.parse({ name: "Peserta Mitra", jobTitle: "Penasihat program", office: "GIZ", cityId: "", status: "ATTENDED" }));
      firstId = first.participant.id;
      expect([first.participant.position, second.participant.position]).toEqual([1, 2]);
      expect(second.participant.cityId).toBeNull();
      expect(first.forum.slug).toBe(forum.slug);
      expect(await audits("forum.addParticipant")).toHaveLength(2);
    });

    it("changes a person's entry and keeps their place in the list", async () => {
      const { participant } = await updateParticipant(t.db, secretariat, firstId, participantFormSchema.parse({ name: "Richard Louhenapessy", jobTitle: "Wali Kota Ambon", office: "Pemerintah Kota Ambon", cityId: city.ambon, status: "ABSENT" }));
      expect(participant).toMatchObject({ status: "ABSENT", position: 1 });
      const [event] = await audits("forum.updateParticipant");
      expect(JSON.parse(event.before!).status).toBe("INVITED");
      expect(JSON.parse(event.after!).status).toBe("ABSENT");
    });

    it("refuses an unknown city at its field, and a delegate altogether", async () => {
      const input = participantFormSchema.parse({ name: "Siapa Saja", jobTitle: "Staf", office: "Dinas", cityId: "cmxnotacity", status: "ATTENDED" });
      expect(await refusal(addParticipant(t.db, secretariat, forum.id, input))).toEqual({ code: "cityUnknown", field: "cityId" });
      expect(await refusal(updateParticipant(t.db, secretariat, firstId, input))).toEqual({ code: "cityUnknown", field: "cityId" });
      await expect(addParticipant(t.db, delegate, forum.id, { ...input, cityId: undefined })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(removeParticipant(t.db, delegate, firstId)).rejects.toBeInstanceOf(ForbiddenError);
      expect(await t.db.forumParticipant.count({ where: { forumId: forum.id } })).toBe(2);
    });

    it("removes a person, keeping what was removed in the audit log; a second removal is refused", async () => {
      await removeParticipant(t.db, secretariat, firstId);
      expect(await t.db.forumParticipant.findUnique({ where: { id: firstId } })).toBeNull();
      const [event] = await audits("forum.removeParticipant");
      expect(JSON.parse(event.before!)).toMatchObject({ id: firstId, name: "Richard Louhenapessy" });
      expect(await refusal(removeParticipant(t.db, secretariat, firstId))).toMatchObject({ code: "participantNotFound" });
      // The next person still goes to the end of the list.
      const { participant } = await addParticipant(t.db, secretariat, forum.id, participantFormSchema.parse({ name: "Peserta Ketiga", jobTitle: "Staf", office: "Sekretariat Apeksi", status: "ATTENDED" }));
      expect(participant.position).toBe(3);
    });
  });

  describe("pages", () => {
    it("the forum page lists cities by their place and the people in order; the list counts attended and invited", async () => {
      const { forumPage, forumsPage } = await import("@/lib/forums/queries.server");
      await setCityParticipation(t.db, secretariat, forum.id, participation({ [statusFieldOf(city.bandung)]: "INVITED", [noteFieldOf(city.bandung)]: "Calon anggota", [statusFieldOf(city.ambon)]: "ABSENT" }));
      const page = (await forumPage(forum.slug))!;
      expect(page.cities.ATTENDED.map((c) => c.name)).toEqual(["Metro", "Palu"]);
      expect(page.cities.INVITED.map((c) => [c.name, c.note])).toEqual([["Bandung", "Calon anggota"]]);
      expect(page.cities.ABSENT.map((c) => c.name)).toEqual(["Ambon"]);
      expect(page.participants.map((p) => p.name)).toEqual(["Peserta Mitra", "Peserta Ketiga"]);
      expect((await forumsPage()).find((f) => f.id === forum.id)!.cities).toEqual({ ATTENDED: 2, INVITED: 1, ABSENT: 1 });
      expect(await forumPage("no-such-forum")).toBeNull();
    });

    it("a city page lists each forum with the city's place in it", async () => {
      const { cityPage } = await import("@/lib/cities/queries.server");
      const bandung = (await cityPage("bandung"))!;
      expect(bandung.forums.find((f) => f.slug === forum.slug)).toMatchObject({ status: "INVITED", note: "Calon anggota" });
      expect((await cityPage("ambon"))!.forums.find((f) => f.slug === forum.slug)).toMatchObject({ status: "ABSENT" });
      expect((await cityPage("jambi"))!.forums.find((f) => f.slug === forum.slug)).toBeUndefined();
    });

    it("the stewards' page has every city with its place, and is refused to others; a person is found only under their forum", async () => {
      const { participationForStewards, participantForStewards } = await import("@/lib/forums/queries.server");
      const page = await participationForStewards(secretariat, forum.slug);
      if (page.status !== "ok") throw new Error(page.status);
      expect(page.value.cities).toHaveLength(await t.db.city.count());
      expect(page.value.cities.find((c) => c.id === city.bandung)).toMatchObject({ status: "INVITED", note: "Calon anggota" });
      expect(page.value.cities.find((c) => c.slug === "jambi")).toMatchObject({ status: null, note: null });
      expect(page.value.participants.map((p) => p.position)).toEqual([2, 3]);
      expect((await participationForStewards(delegate, forum.slug)).status).toBe("forbidden");
      expect((await participationForStewards(null, forum.slug)).status).toBe("forbidden");
      expect((await participationForStewards(secretariat, "no-such-forum")).status).toBe("notFound");
      const person = page.value.participants[0];
      expect((await participantForStewards(secretariat, forum.slug, person.id)).status).toBe("ok");
      expect((await participantForStewards(secretariat, "forum-konsolidasi-malang-2023", person.id)).status).toBe("notFound");
      expect((await participantForStewards(board, forum.slug, person.id)).status).toBe("forbidden");
    });
  });

  describe("server actions", () => {
    it("say a refusal next to the city's field and keep everything typed", async () => {
      const actions = await import("@/lib/forums/actions");
      await signInAs(secretariat.id);
      const long = "x".repeat(501);
      const result = await outcome(() => actions.setCityParticipationAction(forum.id, idle, form({
        [statusFieldOf(city.metro)]: "ATTENDED", [noteFieldOf(city.metro)]: long,
        [statusFieldOf(city.jambi)]: "", [noteFieldOf(city.jambi)]: "Catatan tanpa status",
        [statusFieldOf(city.palu)]: "MAYBE",
      })));
      const state = result.value!;
      expect(state.status).toBe("error");
      expect(state.errors).toEqual({
        [noteFieldOf(city.metro)]: "Catatan paling banyak 500 karakter",
        [noteFieldOf(city.jambi)]: expect.stringContaining("Catatan hanya disimpan"),
        [statusFieldOf(city.palu)]: "Pilih keikutsertaan dari daftar",
      });
      expect(state.values[noteFieldOf(city.metro)]).toBe(long);
      expect(state.values[noteFieldOf(city.jambi)]).toBe("Catatan tanpa status");
      expect((await outcome(() => actions.setCityParticipationAction(forum.id, idle, form({ [statusFieldOf(city.metro)]: "ABSENT" })))).redirect)
        .toBe(`/manage/forums/${forum.slug}/participation?saved=cities`);
    });

    it("add a person or say what is missing at the field; a delegate is refused", async () => {
      const actions = await import("@/lib/forums/actions");
      await signInAs(secretariat.id);
      const missing = (await outcome(() => actions.addParticipantAction(forum.id, idle, form({ name: "Nama Lengkap", jobTitle: "", office: "Dinas Tenaga Kerja", cityId: "", status: "ATTENDED" })))).value!;
      expect(missing.errors).toEqual({ jobTitle: "Masukkan jabatan peserta" });
      expect(missing.values).toMatchObject({ name: "Nama Lengkap", office: "Dinas Tenaga Kerja", status: "ATTENDED" });
      const added = await outcome(() => actions.addParticipantAction(forum.id, idle, form({ name: "Nama Lengkap", jobTitle: "Kepala Dinas", office: "Dinas Tenaga Kerja", cityId: city.metro, status: "ATTENDED" })));
      expect(added.redirect).toBe(`/manage/forums/${forum.slug}/participation?saved=added`);
      await signInAs(delegate.id);
      const refused = (await outcome(() => actions.addParticipantAction(forum.id, idle, form({ name: "Nama Lain", jobTitle: "Staf", office: "Dinas", status: "ATTENDED" })))).value!;
      expect(refused.formError).toBeTruthy();
      expect(await t.db.forumParticipant.count({ where: { forumId: forum.id, name: "Nama Lain" } })).toBe(0);
    });
  });
});
