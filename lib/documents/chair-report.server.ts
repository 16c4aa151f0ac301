// The Pokja chair's report to the chair of Apeksi's board for one cycle (a working year): the forums of
// the cycle and who took part, the cycle's agenda edition (as frozen) or else its published items, and
// the implementation of those items by the cities, as charts and tables, with a signature block. Read
// by whoever may read the board's reports (lib/policy: reports.view). Reads the cycle tables directly;
// every figure is a GROUP BY or COUNT in the database.
import { getDb, type Db } from "@/lib/db.server";
import { PROGRESS_STATUSES, type ParticipationStatus, type ProgressStatus } from "@/lib/domain/enums";
import { formatCount, formatPercent } from "@/lib/format/numbers";
import { formatDate, type ZoneCode } from "@/lib/format/zones";
import type { Locale } from "@/lib/i18n/config";
import { parseYearParam } from "@/lib/cycles/schemas";
import { can, forbidden, granted, notFound, type Access, type Actor } from "@/lib/policy/policy";
import { share } from "@/lib/reports/schemas";
import { chartAlt, STACK, statusSeries } from "./charts";
import { OfficialDocument, STATUS_SERIES_COLORS } from "./layout.server";
import { pdfResponse } from "./response.server";
import { documentText, type DocumentText } from "./strings";

/** The forums of a cycle (every forum has one: its first day's year, ADR 0013). */
const forumsOf = (year: number) => ({ cycleYear: year });

/** The published items of a cycle. */
const itemsOf = (year: number) => ({ status: "PUBLISHED" as const, cycleYear: year });

type Counts = Record<ProgressStatus, number>;
const zero = (): Counts => Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, 0])) as Counts;
const sum = (c: Counts) => PROGRESS_STATUSES.reduce((n, s) => n + c[s], 0);

export async function chairReportData(db: Db, year: number) {
  const [cycle, edition, forums, members] = await Promise.all([
    db.cycle.findUnique({ where: { year }, select: { status: true } }),
    db.agendaEdition.findUnique({
      where: { cycleYear: year },
      select: {
        frozenAt: true, digest: true, note: true, noteEn: true,
        items: {
          orderBy: { position: "asc" },
          select: {
            agendaItemId: true, position: true, title: true, titleEn: true, level: true, commitmentCount: true, doneCount: true, inProgressCount: true,
            plannedCount: true, notStartedCount: true, averagePercent: true,
          },
        },
      },
    }),
    db.forum.findMany({
      where: forumsOf(year), orderBy: [{ startsOn: "asc" }, { id: "asc" }],
      select: { id: true, title: true, titleEn: true, venue: true, startsOn: true, endsOn: true },
    }),
    db.city.count({ where: { membershipStatus: "MEMBER" } }),
  ]);
  // Without a frozen edition, the cycle's agenda is its items published now.
  const live = edition ? [] : await db.agendaItem.findMany({ where: itemsOf(year), orderBy: [{ priority: "asc" }, { id: "asc" }], select: { id: true, title: true, titleEn: true, level: true } });
  const itemIds = edition ? edition.items.map((i) => i.agendaItemId).filter((id): id is string => id !== null) : live.map((i) => i.id);
  const forumIds = forums.map((f) => f.id);
  const applicable = { agendaItemId: { in: itemIds }, notApplicable: false };

  const [attendance, people, proposals, citiesPresent, byItem, averages, byCity] = await Promise.all([
    db.forumAttendance.groupBy({ by: ["forumId", "status"], where: { forumId: { in: forumIds } }, _count: { _all: true } }),
    db.forumParticipant.groupBy({ by: ["forumId", "status"], where: { forumId: { in: forumIds } }, _count: { _all: true } }),
    db.proposal.groupBy({ by: ["forumId"], where: { forumId: { in: forumIds }, status: { not: "DRAFT" } }, _count: { _all: true } }),
    db.forumAttendance.groupBy({ by: ["cityId"], where: { forumId: { in: forumIds }, status: "ATTENDED" } }),
    db.commitment.groupBy({ by: ["agendaItemId", "status"], where: applicable, _count: { _all: true } }),
    db.commitment.groupBy({ by: ["agendaItemId"], where: applicable, _avg: { percent: true } }),
    db.commitment.groupBy({ by: ["cityId", "status"], where: applicable, _count: { _all: true } }),
  ]);
  const cities = await db.city.findMany({ where: { id: { in: [...new Set(byCity.map((r) => r.cityId))] } }, select: { id: true, name: true } });

  const perForum = new Map(forumIds.map((id) => [id, { cities: { ATTENDED: 0, INVITED: 0, ABSENT: 0 } as Record<ParticipationStatus, number>, people: 0, proposals: 0 }]));
  for (const r of attendance) perForum.get(r.forumId)!.cities[r.status] = r._count._all;
  for (const r of people) if (r.status === "ATTENDED") perForum.get(r.forumId)!.people = r._count._all;
  for (const r of proposals) if (r.forumId) perForum.get(r.forumId)!.proposals = r._count._all;

  const itemCounts = new Map<string, Counts>();
  for (const r of byItem) (itemCounts.get(r.agendaItemId) ?? itemCounts.set(r.agendaItemId, zero()).get(r.agendaItemId)!)[r.status] = r._count._all;
  const average = new Map(averages.map((r) => [r.agendaItemId, r._avg.percent ?? 0]));
  const cityCounts = new Map<string, Counts>();
  for (const r of byCity) (cityCounts.get(r.cityId) ?? cityCounts.set(r.cityId, zero()).get(r.cityId)!)[r.status] = r._count._all;

  const agenda = edition
    ? edition.items.map((i) => ({
      id: i.agendaItemId, position: i.position, title: i.title, titleEn: i.titleEn, level: i.level,
      // As frozen with the edition.
      commitments: i.commitmentCount, averagePercent: i.averagePercent,
    }))
    : live.map((i, k) => {
      const c = itemCounts.get(i.id) ?? zero();
      return { id: i.id, position: k + 1, title: i.title, titleEn: i.titleEn, level: i.level, commitments: sum(c), averagePercent: average.get(i.id) ?? 0 };
    });
  return {
    year, known: Boolean(cycle || edition || forums.length || live.length), members,
    edition: edition ? { frozenAt: edition.frozenAt, digest: edition.digest, note: edition.note, noteEn: edition.noteEn } : null,
    forums: forums.map((f) => ({ ...f, ...perForum.get(f.id)! })),
    citiesPresent: citiesPresent.length,
    agenda,
    implementation: {
      byItem: agenda.filter((i) => i.id).map((i) => ({ title: i.title, titleEn: i.titleEn, position: i.position, counts: itemCounts.get(i.id!) ?? zero() })),
      byCity: cities.map((c) => ({ name: c.name, counts: cityCounts.get(c.id) ?? zero() }))
        .sort((a, b) => share(b.counts.DONE, sum(b.counts)) - share(a.counts.DONE, sum(a.counts)) || a.name.localeCompare(b.name)),
    },
  };
}
type ReportData = Awaited<ReturnType<typeof chairReportData>>;

/** Apeksi's seat, where the chair's report is signed. */
const PLACE: Record<Locale, string> = { id: "Jakarta", en: "Jakarta" };
const ZONE: ZoneCode = "WIB";

export function renderChairReport(data: ReportData, x: DocumentText, now: Date): ReadableStream<Uint8Array> {
  const { t, enumLabel, locale } = x;
  const title = t("chairReport.title", { year: data.year });
  const count = (n: number) => formatCount(n, locale);
  const today = x.day(now, ZONE);
  const statusColumns = STACK.map((s) => ({ header: enumLabel(`progressStatus.${s}`), numeric: true }));
  const totals = data.implementation.byItem.reduce((acc, r) => { STACK.forEach((s) => (acc[s] += r.counts[s])); return acc; }, zero());
  const total = sum(totals);
  const series = statusSeries(x);
  const statusRow = (c: Counts) => [...STACK.map((s) => count(c[s])), count(sum(c)), formatPercent(share(c.DONE, sum(c)), locale)];

  return OfficialDocument.stream({ title, subject: t("chairReport.subject", { year: data.year }), author: x.layout.short, locale, strings: x.layout }, (d) => {
    d.title(title);
    d.paragraph(t("chairReport.to"), { bold: true, after: 1 });
    d.paragraph(t("chairReport.from"), { after: 1 });
    d.paragraph(t("chairReport.subject", { year: data.year }), { after: 10 });
    d.paragraph(t("chairReport.opening", { year: data.year }), { after: 4 });

    // 1. Forums and participation.
    d.heading(`1. ${t("chairReport.forumsTitle")}`);
    if (data.forums.length === 0) d.paragraph(t("chairReport.noForums"));
    else {
      const people = data.forums.reduce((n, f) => n + f.people, 0);
      d.paragraph(t("chairReport.forumsSummary", { forums: data.forums.length, cities: data.citiesPresent, members: data.members, people }));
      const participation = (["ATTENDED", "INVITED", "ABSENT"] as const);
      const pSeries = participation.map((s, i) => ({ label: enumLabel(`participationStatus.${s}`), ...STATUS_SERIES_COLORS[[0, 2, 3][i]] }));
      const rows = data.forums.map((f) => ({ label: x.pick(f.title, f.titleEn), values: participation.map((s) => f.cities[s]) }));
      d.stackedBars({ caption: t("chairReport.participationChart"), alt: chartAlt(x, t("chairReport.participationChart"), pSeries, rows), series: pSeries, rows });
      d.table({
        caption: t("chairReport.forumsTable", { year: data.year }),
        columns: [
          { header: t("col.forum"), weight: 30 }, { header: t("col.date"), weight: 12 }, { header: t("col.venue"), weight: 16 },
          { header: t("col.citiesAttended"), numeric: true }, { header: t("col.citiesInvited"), numeric: true }, { header: t("col.citiesAbsent"), numeric: true },
          { header: t("col.peopleAttended"), numeric: true }, { header: t("col.proposals"), numeric: true },
        ],
        rows: data.forums.map((f) => [
          x.quote(f.title, f.titleEn),
          f.startsOn.getTime() === f.endsOn.getTime() ? formatDate(f.startsOn, locale) : t("dateRange", { from: formatDate(f.startsOn, locale), to: formatDate(f.endsOn, locale) }),
          f.venue, count(f.cities.ATTENDED), count(f.cities.INVITED), count(f.cities.ABSENT), count(f.people), count(f.proposals),
        ]),
      });
    }

    // 2. The agenda of the cycle.
    d.heading(`2. ${t("chairReport.agendaTitle", { year: data.year })}`);
    if (data.edition) {
      d.paragraph(t("chairReport.editionFrozen", { year: data.year, date: x.day(data.edition.frozenAt, ZONE), count: data.agenda.length }));
      d.paragraph(t("chairReport.digest", { digest: data.edition.digest }), { size: 8, color: "#4a5361" });
      const note = x.pick(data.edition.note ?? "", data.edition.noteEn);
      if (note) d.paragraph(t("chairReport.note", { note }));
    } else d.paragraph(data.agenda.length ? t("chairReport.editionOpen", { year: data.year, date: today, count: data.agenda.length }) : t("chairReport.noItems", { year: data.year }));
    if (data.agenda.length) {
      d.table({
        caption: t("chairReport.agendaTitle", { year: data.year }), keyColumns: 2,
        columns: [
          { header: t("col.number"), numeric: true }, { header: t("col.agendaItem"), weight: 40 }, { header: t("col.level"), weight: 12 },
          { header: t("col.commitments"), numeric: true }, { header: t("col.averagePercent"), numeric: true },
        ],
        rows: data.agenda.map((i) => [String(i.position), x.quote(i.title, i.titleEn), enumLabel(`agendaLevel.${i.level}`), count(i.commitments), formatPercent(i.averagePercent, locale)]),
      });
    }

    // 3. Implementation, now.
    d.heading(`3. ${t("chairReport.implementationTitle")}`);
    if (total === 0) d.paragraph(t("chairReport.noCommitments"));
    else {
      const summary = t("chairReport.implementationSummary", { date: today, done: totals.DONE, total, share: share(totals.DONE, total), cities: data.implementation.byCity.length });
      d.paragraph(summary);
      if (data.edition) d.paragraph(t("chairReport.frozenVersusNow"), { size: 9, color: "#4a5361" });
      const itemRows = data.implementation.byItem.map((r) => ({ label: `${r.position}. ${x.pick(r.title, r.titleEn)}`, values: STACK.map((s) => r.counts[s]) }));
      d.stackedBars({ caption: t("chairReport.byItemChart"), alt: chartAlt(x, t("chairReport.byItemChart"), series, itemRows, summary), series, rows: itemRows });
      d.table({
        caption: t("chairReport.byItemChart"), keyColumns: 2,
        columns: [{ header: t("col.number"), numeric: true }, { header: t("col.agendaItem"), weight: 40 }, ...statusColumns, { header: t("col.total"), numeric: true }, { header: t("col.doneShare"), numeric: true }],
        rows: data.implementation.byItem.map((r) => [String(r.position), x.quote(r.title, r.titleEn), ...statusRow(r.counts)]),
      });
      const cityRows = data.implementation.byCity.map((r) => ({ label: r.name, values: STACK.map((s) => r.counts[s]) }));
      d.stackedBars({ caption: t("chairReport.byCityChart"), alt: chartAlt(x, t("chairReport.byCityChart"), series, cityRows, summary), series, rows: cityRows });
      d.table({
        caption: t("chairReport.byCityChart"),
        columns: [{ header: t("col.city"), weight: 20 }, ...statusColumns, { header: t("col.total"), numeric: true }, { header: t("col.doneShare"), numeric: true }],
        rows: data.implementation.byCity.map((r) => [r.name, ...statusRow(r.counts)]),
      });
    }

    d.heading(`4. ${t("chairReport.closingTitle")}`, 2, 170);
    d.paragraph(t("chairReport.closing"));
    d.signature([t("placeDate", { place: PLACE[locale], date: today }), t("chairReport.signedBy")]);
  });
}

/** The chair's report for `year` as a PDF download: forbidden unless the reader may read reports; not found for a year without a cycle. */
export async function chairReportDownload(actor: Actor, yearParam: string, locale: Locale, { db = getDb(), now = new Date() }: { db?: Db; now?: Date } = {}): Promise<Access<Response>> {
  if (!can(actor, "reports.view")) return forbidden;
  const year = parseYearParam(yearParam);
  if (year === null) return notFound;
  const [data, text] = await Promise.all([chairReportData(db, year), documentText(locale, now)]);
  if (!data.known) return notFound;
  return granted(pdfResponse(renderChairReport(data, text, now), `${locale === "en" ? "chair-report" : "laporan-ketua-pokja"}-${year}`, now));
}

/** The cycles a chair's report can be made for, newest first (forums and items point at one). Null for a reader who may not read reports. */
export async function chairReportYears(db: Db, actor: Actor): Promise<number[] | null> {
  if (!can(actor, "reports.view")) return null;
  return (await db.cycle.findMany({ orderBy: { year: "desc" }, select: { year: true } })).map((c) => c.year);
}
