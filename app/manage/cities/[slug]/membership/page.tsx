import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MembershipForm } from "@/components/cities/MembershipForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { PageHeader } from "@/components/ui/PageHeader";
import { actorOf, granted, requirePermission } from "@/lib/auth/guard.server";
import { changeMembershipAction } from "@/lib/cities/actions";
import { cityForStewards } from "@/lib/cities/queries.server";
import { utcToLocalInput } from "@/lib/format/zones";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cities"))("changeMembership") };
}

export default async function MembershipPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requirePermission("city.changeMembership");
  const city = granted(await cityForStewards(actorOf(user), (await params).slug, "city.changeMembership"));
  const [t, tEnums] = await Promise.all([getTranslations("membershipForm"), getTranslations("enums")]);
  return (
    <>
      <PageHeader title={t("title", { name: city.name })} lead={t("current", { status: tEnums(`membership.${city.membershipStatus}`) })} />
      <ClientIntl namespaces={["membershipForm", "enums"]}>
        <MembershipForm
          action={changeMembershipAction.bind(null, { id: city.id, slug: city.slug })}
          current={city.membershipStatus}
          today={utcToLocalInput(new Date(), city.timeZone).slice(0, 10)}
          cancelHref={`/cities/${city.slug}`}
        />
      </ClientIntl>
    </>
  );
}
