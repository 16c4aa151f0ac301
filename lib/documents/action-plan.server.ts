// A city's action plan as an official PDF, ready for the mayor's signature: its commitments to the
// published agenda (stage, percentage, latest report, evidence files, links to the city's own plans,
// the item's milestones), a summary chart, and a signature block. Read by whoever may read the city's
// commitments (lib/policy: commitment.view — its delegates, the working group's stewards and the board).
import { Prisma as P } from "@/generated/sqlite/client";
import { planLinkFields } from "@/lib/commitments/schemas";
import { getDb, type Db } from "@/lib/db.server";
import { COMMITMENT_KINDS, PROGRESS_STATUSES, type ProgressStatus } from "@/lib/domain/enums";
import { formatCount, formatPercent } from "@/lib/format/numbers";
import { formatDate } from "@/lib/format/zones";
import type { Locale } from "@/lib/i18n/config";
import { can, forbidden, granted, notFound, type Access, type Actor } from "@/lib/policy/policy";
import { chartAlt, STACK, statusSeries } from "./charts";
import { OfficialDocument } from "./layout.server";
import { pdfResponse } from "./response.server";
import { documentText, type DocumentText } from "./strings";

/** Commitments counted as the city page counts them: on published items. */
const onPublished = (cityId: string) => ({ cityId, agendaItem: { status: "PUBLISHED" as const } });

/** Everything the plan shows, in four statements whatever the number of commitments. */
export async function actionPlanData(db: Db, cityId: string) {
  const [commitments, stages, evidence, scorecardFiles] = await Promise.all([
    db.commitment.findMany({
      where: onPublished(cityId),
      orderBy: [{ agendaItem: { priority: "asc" } }, { id: "asc" }],
      select: {
        id: true, kind: true, status: true, percent: true, lastReportedOn: true, notApplicable: true, notApplicableReason: true,
        radReference: true, rpjmdReference: true, rkpdReference: true, budgetYear: true, sipdProgram: true, sipdActivity: true, sipdSubActivity: true,
        agendaItem: { select: { title: true, titleEn: true, milestones: { orderBy: { position: "asc" }, select: { title: true, dueOn: true } } } },
      },
    }),
    // The chart's figures: applicable commitments per kind and stage, counted by the database.
    db.commitment.groupBy({ by: ["kind", "status"], where: { ...onPublished(cityId), notApplicable: false }, _count: { _all: true } }),
    // Evidence: the current files (not replaced ones) on each commitment's progress reports.
    db.$queryRaw<{ commitmentId: string; files: bigint | number }[]>(P.sql`
      SELECT r."commitmentId" AS "commitmentId", COUNT(*) AS "files"
      FROM "Attachment" a JOIN "ProgressReport" r ON r."id" = a."progressReportId" JOIN "Commitment" m ON m."id" = r."commitmentId"
      WHERE m."cityId" = ${cityId} AND a."replacedAt" IS NULL
      GROUP BY r."commitmentId"`),
    db.attachment.count({ where: { replacedAt: null, scorecardEntry: { cityId } } }),
  ]);
  const files = new Map(evidence.map((e) => [e.commitmentId, Number(e.files)]));
  const byKind = Object.fromEntries(COMMITMENT_KINDS.map((k) => [k, Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, 0])) as Record<ProgressStatus, number>]));
  for (const g of stages) byKind[g.kind][g.status] = g._count._all;
  return { commitments: commitments.map((c) => ({ ...c, files: files.get(c.id) ?? 0 })), byKind, scorecardFiles };
}
type PlanData = Awaited<ReturnType<typeof actionPlanData>>;
type City = { name: string; slug: string; province: string; region: string; timeZone: "WIB" | "WITA" | "WIT" };

export function renderActionPlan(city: City, data: PlanData, x: DocumentText, now: Date): ReadableStream<Uint8Array> {
  const { t, enumLabel, locale } = x;
  const today = x.day(now, city.timeZone);
  const title = t("actionPlan.title", { city: city.name });
  const count = (n: number) => formatCount(n, locale);
  const applicable = data.commitments.filter((c) => !c.notApplicable);
  const totals = Object.fromEntries(STACK.map((s) => [s, COMMITMENT_KINDS.reduce((n, k) => n + data.byKind[k][s], 0)])) as Record<ProgressStatus, number>;
  const linked = data.commitments.filter((c) => planLinkFields.some((f) => c[f] !== null)).length;
  const evidence = data.commitments.reduce((n, c) => n + c.files, 0);
  const itemTitle = (c: PlanData["commitments"][number]) => x.quote(c.agendaItem.title, c.agendaItem.titleEn);
  const stage = (c: PlanData["commitments"][number]) => (c.notApplicable ? t("notApplicable") : enumLabel(`progressStatus.${c.status}`));
  const percent = (c: PlanData["commitments"][number]) => (c.notApplicable ? "—" : formatPercent(c.percent, locale));
  const lastReport = (c: PlanData["commitments"][number]) => (c.lastReportedOn ? formatDate(c.lastReportedOn, locale) : t("actionPlan.never"));

  return OfficialDocument.stream({ title, subject: t("actionPlan.subject"), author: x.layout.short, locale, strings: x.layout }, (d) => {
    d.title(title);
    d.paragraph(t("actionPlan.subject"), { after: 2 });
    d.paragraph(t("actionPlan.facts", { province: city.province, region: enumLabel(`region.${city.region}`), date: today }), { color: "#4a5361" });

    d.heading(t("actionPlan.summaryTitle"));
    d.paragraph(applicable.length === 0 && data.commitments.length === 0
      ? t("actionPlan.none", { city: city.name })
      : t("actionPlan.summary", {
        total: applicable.length, done: totals.DONE, inProgress: totals.IN_PROGRESS, planned: totals.PLANNED, notStarted: totals.NOT_STARTED,
        notApplicable: data.commitments.length - applicable.length, linked, evidence, scorecard: data.scorecardFiles,
      }));
    if (applicable.length) {
      const series = statusSeries(x);
      const rows = [
        ...COMMITMENT_KINDS.map((k) => ({ label: enumLabel(`commitmentKind.${k}`), values: STACK.map((s) => data.byKind[k][s]) })),
        { label: t("actionPlan.allCommitments"), values: STACK.map((s) => totals[s]) },
      ];
      d.stackedBars({ caption: t("actionPlan.chartTitle"), alt: chartAlt(x, t("actionPlan.chartTitle"), series, rows), series, rows });
    }

    if (data.commitments.length) {
      d.heading(t("actionPlan.listTitle"));
      d.table({
        caption: t("actionPlan.listTitle"), keyColumns: 2,
        columns: [
          { header: t("col.number"), numeric: true }, { header: t("col.agendaItem"), weight: 40 }, { header: t("col.kind"), weight: 8 }, { header: t("col.status"), weight: 10 },
          { header: t("col.percent"), numeric: true }, { header: t("col.lastReport"), weight: 10 }, { header: t("col.evidence"), numeric: true },
        ],
        rows: data.commitments.map((c, i) => [String(i + 1), itemTitle(c), enumLabel(`commitmentKind.${c.kind}`), stage(c), percent(c), lastReport(c), count(c.files)]),
      });

      d.heading(t("actionPlan.detailsTitle"));
      data.commitments.forEach((c, i) => {
        const title = itemTitle(c);
        const heading = t("actionPlan.detailHeading", { number: i + 1, title: typeof title === "string" ? title : title.text });
        d.heading(typeof title === "string" ? heading : { text: heading, lang: title.lang }, 3, 120);
        const link = (v: string | number | null) => (v === null ? "—" : String(v));
        d.table({
          rowHeaders: true,
          columns: [{ header: "", weight: 12 }, { header: "", weight: 30 }],
          rows: [
            [t("col.kind"), enumLabel(`commitmentKind.${c.kind}`)],
            [t("col.status"), stage(c)],
            // The city's reason, as it wrote it (in Indonesian).
            ...(c.notApplicable && c.notApplicableReason ? [[t("actionPlan.reason"), x.quote(c.notApplicableReason, null)]] : []),
            [t("col.percent"), percent(c)],
            [t("col.lastReport"), lastReport(c)],
            [t("col.evidence"), t("actionPlan.files", { count: c.files })],
            [t("plan.rad"), link(c.radReference)], [t("plan.rpjmd"), link(c.rpjmdReference)], [t("plan.rkpd"), link(c.rkpdReference)],
            [t("plan.budgetYear"), link(c.budgetYear)], [t("plan.sipdProgram"), link(c.sipdProgram)], [t("plan.sipdActivity"), link(c.sipdActivity)],
            [t("plan.sipdSubActivity"), link(c.sipdSubActivity)],
          ],
        });
        if (c.agendaItem.milestones.length === 0) d.paragraph(t("actionPlan.noMilestones"), { color: "#4a5361" });
        else {
          d.table({
            columns: [{ header: t("col.number"), numeric: true }, { header: t("col.milestone"), weight: 40 }, { header: t("col.dueOn"), weight: 10 }],
            // Milestones are written in Indonesian only.
            rows: c.agendaItem.milestones.map((m, k) => [String(k + 1), x.quote(m.title, null), formatDate(m.dueOn, locale)]),
          });
        }
      });
    }

    d.heading(t("actionPlan.approvalTitle"), 2, 150);
    d.paragraph(t("actionPlan.approval", { city: city.name }));
    d.signature([t("placeDate", { place: city.name, date: today }), t("actionPlan.approved"), t("actionPlan.mayor", { city: city.name })]);
  });
}

/**
 * The action plan of the city `slug` as a PDF download in the reader's language: not found for an
 * unknown city, forbidden for a reader the policy does not let read the city's commitments.
 */
export async function actionPlanDownload(actor: Actor, slug: string, locale: Locale, { db = getDb(), now = new Date() }: { db?: Db; now?: Date } = {}): Promise<Access<Response>> {
  const city = await db.city.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, province: true, region: true, timeZone: true } });
  if (!city) return notFound;
  if (!can(actor, "commitment.view", { cityId: city.id })) return forbidden;
  const [data, text] = await Promise.all([actionPlanData(db, city.id), documentText(locale, now)]);
  return granted(pdfResponse(renderActionPlan(city, data, text, now), `${locale === "en" ? "action-plan" : "rencana-aksi"}-${city.slug}`, now));
}
