// Arranging a published agenda item for tests. An item is published only with at least one source
// proposal (docs/decisions/0007-agenda-provenance.md), so the item rests on a submitted proposal of
// one city, made here for the purpose.
import { mergeProposals, setPublished } from "../../lib/agenda/commands.server";
import type { AgendaItemInput } from "../../lib/agenda/schemas";
import type { Db } from "../../lib/db.server";
import { type TestActor } from "./actors";

export async function sourceProposal(db: Db, citySlug = "ambon", title = "Usulan sumber untuk butir agenda uji") {
  const city = await db.city.findUniqueOrThrow({ where: { slug: citySlug } });
  return db.proposal.create({
    data: {
      cityId: city.id, title, status: "SUBMITTED", submittedAt: new Date(), scope: "CITY_ACTION_PLAN", targetGroups: "PHYSICAL", timeframe: "SHORT",
      problem: "Pencari kerja penyandang disabilitas belum mendapat layanan khusus.", action: "Membentuk layanan khusus di dinas tenaga kerja kota.",
      leadAgency: "Dinas Tenaga Kerja", indicators: "Layanan berjalan pada akhir tahun",
    },
  });
}

/** A draft item merged from a fresh proposal of `citySlug`. */
export async function draftItem(db: Db, chair: TestActor, input: AgendaItemInput, citySlug = "ambon") {
  const proposal = await sourceProposal(db, citySlug, `Usulan sumber: ${input.title}`);
  const { item } = await mergeProposals(db, chair, [proposal.id], { newItem: input });
  return db.agendaItem.findUniqueOrThrow({ where: { id: item.id } });
}

/** A published item merged from a fresh proposal of `citySlug`. */
export async function publishedItem(db: Db, chair: TestActor, input: AgendaItemInput, citySlug = "ambon") {
  const item = await draftItem(db, chair, input, citySlug);
  await setPublished(db, chair, item.id, item.version, true);
  return db.agendaItem.findUniqueOrThrow({ where: { id: item.id } });
}
