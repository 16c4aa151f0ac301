import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ScorecardHistory } from "@/components/commitments/ScorecardHistory";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { requirePermission } from "@/lib/auth/guard.server";
import { scorecardHistory } from "@/lib/commitments/queries.server";
import { SCORECARD_INDICATORS } from "@/lib/commitments/schemas";
import { getDb } from "@/lib/db.server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("commitments"))("scorecardTitle") };
}

export default async function ScorecardPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission("proposal.workspace");
  const db = getDb();
  const [city, entries, t, saved] = await Promise.all([
    db.city.findUniqueOrThrow({ where: { id: user.cityId! }, select: { name: true, slug: true } }),
    scorecardHistory(db, user.cityId!), getTranslations("commitments"), searchParams.then((s) => s.saved),
  ]);
  return (
    <>
      {saved && <Notice>{t("savedScorecard")}</Notice>}
      <PageHeader title={t("scorecardTitleCity", { city: city.name })} lead={t("scorecardLead")} actions={[{ href: "/workspace/commitments", label: t("title") }, { href: `/cities/${city.slug}`, label: t("cityPage") }]} />
      <section aria-labelledby="add-title" className="mb-10">
        <h2 id="add-title" className="mb-3 text-2xl">{t("addFigure")}</h2>
        <ul className="list-disc space-y-1 pl-6">
          {SCORECARD_INDICATORS.map((i) => <li key={i}><Link href={`/workspace/scorecard/new?indicator=${i}`}>{t(`add${i}`)}</Link></li>)}
        </ul>
      </section>
      <section aria-labelledby="history-title">
        <h2 id="history-title" className="mb-3 text-2xl">{t("history")}</h2>
        <ScorecardHistory entries={entries} headingLevel={3} />
      </section>
    </>
  );
}
