import { getTranslations } from "next-intl/server";
import { isLinked, planLinkFields, type PlanLinkField } from "@/lib/commitments/schemas";

type Links = { [K in PlanLinkField]: string | number | null };

/** A commitment's links to its city's plans, as everyone who may see the commitment reads them. */
export async function PlanLinksList({ links }: { links: Links }) {
  const t = await getTranslations("commitments");
  if (!isLinked(links)) return <p className="mb-4">{t("plansNone")}</p>;
  return (
    <dl className="mb-6 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {planLinkFields.filter((f) => links[f] !== null).map((f) => (
        <div key={f} className="contents">
          <dt className="font-semibold">{t(f)}</dt>
          <dd className="break-words">{String(links[f])}</dd>
        </div>
      ))}
    </dl>
  );
}
