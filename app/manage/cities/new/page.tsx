import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CityForm } from "@/components/cities/CityForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { PageHeader } from "@/components/ui/PageHeader";
import { requirePermission } from "@/lib/auth/guard.server";
import { createCityAction } from "@/lib/cities/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cityForm"))("newTitle") };
}

export default async function NewCityPage() {
  await requirePermission("city.create");
  const t = await getTranslations("cityForm");
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <ClientIntl namespaces={["cityForm", "enums"]}>
        <CityForm action={createCityAction} initial={{}} mode="create" cancelHref="/cities" />
      </ClientIntl>
    </>
  );
}
