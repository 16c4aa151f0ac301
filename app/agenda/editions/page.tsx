import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SelectField } from "@/components/forms/Fields";
import { PageHeader } from "@/components/ui/PageHeader";
import { actorOf } from "@/lib/auth/guard.server";
import { getCurrentUser } from "@/lib/auth/session.server";
import { editionsPage } from "@/lib/cycles/queries.server";
import { formatDayOf } from "@/lib/format/zones";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editions"))("listTitle") };
}

export default async function EditionsPage() {
  const [editions, t, locale] = await Promise.all([getCurrentUser().then((u) => editionsPage(actorOf(u))), getTranslations("editions"), getLocale()]);
  const options = editions.map((e) => ({ value: String(e.year), label: t("title", { year: e.year }) }));
  return (
    <>
      <PageHeader title={t("listTitle")} lead={t("listLead")} actions={[{ href: "/agenda", label: t("currentAgenda") }]} />
      {editions.length === 0 ? <p>{t("none")}</p> : (
        <ul className="mb-10 space-y-4">
          {editions.map((e) => (
            <li key={e.year} className="rounded border border-[var(--color-line)] p-4">
              <h2 className="mb-1 text-xl"><Link href={`/agenda/editions/${e.year}`}>{t("title", { year: e.year })}</Link></h2>
              <p>{t("frozenOn", { date: formatDayOf(e.frozenAt, "WIB", locale) })} · {t("itemCount", { count: e.itemCount })}</p>
            </li>
          ))}
        </ul>
      )}
      {editions.length >= 2 && (
        <form method="get" action="/agenda/editions/compare" aria-labelledby="compare-title" className="max-w-3xl rounded border border-[var(--color-line)] bg-[var(--color-surface)] p-4">
          <h2 id="compare-title" className="mb-2 text-xl">{t("compareTitle")}</h2>
          <p className="mb-3">{t("compareHint")}</p>
          <div className="grid gap-x-4 sm:grid-cols-2">
            <SelectField name="from" label={t("compareFrom")} defaultValue={options[1]?.value} options={options} />
            <SelectField name="to" label={t("compareTo")} defaultValue={options[0]?.value} options={options} />
          </div>
          <button type="submit" className="btn">{t("compareSubmit")}</button>
        </form>
      )}
    </>
  );
}
