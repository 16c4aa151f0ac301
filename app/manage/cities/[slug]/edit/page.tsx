import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CityForm } from "@/components/cities/CityForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { PageHeader } from "@/components/ui/PageHeader";
import { actorOf, granted, requirePermission } from "@/lib/auth/guard.server";
import { updateCityAction } from "@/lib/cities/actions";
import { cityForStewards } from "@/lib/cities/queries.server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cities"))("edit") };
}

export default async function EditCityPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requirePermission("city.update");
  const city = granted(await cityForStewards(actorOf(user), (await params).slug, "city.update"));
  const t = await getTranslations("cityForm");
  return (
    <>
      <PageHeader title={t("editTitle", { name: city.name })} />
      <ClientIntl namespaces={["cityForm", "enums"]}>
        <CityForm
          action={updateCityAction.bind(null, city.id)}
          mode="edit"
          cancelHref={`/cities/${city.slug}`}
          initial={{
            name: city.name, slug: city.slug, province: city.province, region: city.region, timeZone: city.timeZone,
            latitude: city.latitude?.toString() ?? "", longitude: city.longitude?.toString() ?? "",
          }}
        />
      </ClientIntl>
    </>
  );
}
