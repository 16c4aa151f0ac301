import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ScorecardHistory } from "@/components/commitments/ScorecardHistory";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { notFound } from "next/navigation";
import { actorOf, requirePermission } from "@/lib/auth/guard.server";
import { cityScorecardPage } from "@/lib/commitments/queries.server";
import { SCORECARD_INDICATORS } from "@/lib/commitments/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("commitments"))("scorecardTitle") };
}

const ADD_LABELS = { ULD: "addULD", GOVERNMENT_EMPLOYMENT: "addGOVERNMENT_EMPLOYMENT", JOB_PLACEMENT: "addJOB_PLACEMENT" } as const;

export default async function ScorecardPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission("proposal.workspace");
  const [page, t, tFiles, search] = await Promise.all([cityScorecardPage(actorOf(user)), getTranslations("commitments"), getTranslations("attachments"), searchParams]);
  if (!page) notFound();
  const { city, entries, evidence } = page;
  const saved = search.saved;
  const uploaded = search.uploaded && /^\d{1,3}$/.test(search.uploaded) ? Number(search.uploaded) : null;
  return (
    <>
      {saved && <Notice>{t("savedScorecard")}</Notice>}
      {uploaded !== null && <Notice>{tFiles("uploaded", { count: uploaded })}</Notice>}
      <PageHeader title={t("scorecardTitleCity", { city: city.name })} lead={t("scorecardLead")} actions={[{ href: "/workspace/commitments", label: t("title") }, { href: `/cities/${city.slug}`, label: t("cityPage") }]} />
      <section aria-labelledby="add-title" className="mb-10">
        <h2 id="add-title" className="mb-3 text-2xl">{t("addFigure")}</h2>
        <ul className="list-disc space-y-1 pl-6">
          {SCORECARD_INDICATORS.map((i) => <li key={i}><Link href={`/workspace/scorecard/new?indicator=${i}`}>{t(ADD_LABELS[i])}</Link></li>)}
        </ul>
      </section>
      <section aria-labelledby="history-title">
        <h2 id="history-title" className="mb-3 text-2xl">{t("history")}</h2>
        <ScorecardHistory entries={entries} zone={city.timeZone} headingLevel={3} evidence={evidence} />
      </section>
    </>
  );
}
