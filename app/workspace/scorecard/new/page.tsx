import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ScorecardForm } from "@/components/commitments/ScorecardForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { requirePermission } from "@/lib/auth/guard.server";
import { scorecardAction } from "@/lib/commitments/actions";
import { todayIn } from "@/lib/commitments/commands.server";
import { SCORECARD_INDICATORS } from "@/lib/commitments/schemas";
import { getDb } from "@/lib/db.server";
import { utcToDateOnly } from "@/lib/format/zones";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("commitments"))("addFigure") };
}

export default async function NewScorecardEntryPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission("proposal.workspace");
  const indicator = z.enum(SCORECARD_INDICATORS).safeParse((await searchParams).indicator);
  if (!indicator.success) redirect("/workspace/scorecard");
  const [city, t] = await Promise.all([getDb().city.findUniqueOrThrow({ where: { id: user.cityId! }, select: { timeZone: true } }), getTranslations("commitments")]);
  return (
    <>
      <p className="mb-4"><Link href="/workspace/scorecard">{t("scorecardTitle")}</Link></p>
      <h1 className="mb-2 text-3xl">{t(`add${indicator.data}`)}</h1>
      <p className="mb-6 max-w-3xl">{t(`hint${indicator.data}`)}</p>
      <ClientIntl namespaces={["commitments"]}>
        <ScorecardForm action={scorecardAction} indicator={indicator.data} today={utcToDateOnly(todayIn(city.timeZone))} />
      </ClientIntl>
    </>
  );
}
