import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ScorecardForm } from "@/components/commitments/ScorecardForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { notFound } from "next/navigation";
import { actorOf, requirePermission } from "@/lib/auth/guard.server";
import { scorecardAction } from "@/lib/commitments/actions";
import { cityScorecardPage } from "@/lib/commitments/queries.server";
import { SCORECARD_INDICATORS } from "@/lib/commitments/schemas";
import { utcToDateOnly } from "@/lib/format/zones";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("commitments"))("addFigure") };
}

const ADD_LABELS = { ULD: "addULD", GOVERNMENT_EMPLOYMENT: "addGOVERNMENT_EMPLOYMENT", JOB_PLACEMENT: "addJOB_PLACEMENT" } as const;
const HINTS = { ULD: "hintULD", GOVERNMENT_EMPLOYMENT: "hintGOVERNMENT_EMPLOYMENT", JOB_PLACEMENT: "hintJOB_PLACEMENT" } as const;

export default async function NewScorecardEntryPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission("proposal.workspace");
  const indicator = z.enum(SCORECARD_INDICATORS).safeParse((await searchParams).indicator);
  if (!indicator.success) redirect("/workspace/scorecard");
  const [page, t] = await Promise.all([cityScorecardPage(actorOf(user)), getTranslations("commitments")]);
  if (!page) notFound();
  return (
    <>
      <p className="mb-4"><Link href="/workspace/scorecard">{t("scorecardTitle")}</Link></p>
      <h1 className="mb-2 text-3xl">{t(ADD_LABELS[indicator.data])}</h1>
      <p className="mb-6 max-w-3xl">{t(HINTS[indicator.data])}</p>
      <ClientIntl namespaces={["commitments"]}>
        <ScorecardForm action={scorecardAction} indicator={indicator.data} today={utcToDateOnly(page.today)} />
      </ClientIntl>
    </>
  );
}
