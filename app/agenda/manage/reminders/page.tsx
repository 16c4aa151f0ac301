import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ReminderForm } from "@/components/commitments/ReminderForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { PageHeader } from "@/components/ui/PageHeader";
import { currentUserCan, requirePermission } from "@/lib/auth/guard.server";
import { reminderAction } from "@/lib/commitments/actions";
import { daysAgo, utcToDateOnly } from "@/lib/format/zones";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("commitments"))("remindTitle") };
}

export default async function RemindersPage() {
  await requirePermission("progress.remind");
  const [t, canInvite] = await Promise.all([getTranslations("commitments"), currentUserCan("user.invite", { role: "DELEGATE" })]);
  const monthAgo = utcToDateOnly(daysAgo(30));
  return (
    <>
      <p className="mb-4"><Link href="/agenda/manage">{t("backToAgenda")}</Link></p>
      <PageHeader title={t("remindTitle")} lead={t("remindLead")} />
      <ClientIntl namespaces={["commitments"]}>
        <ReminderForm action={reminderAction} defaultDate={monthAgo} inviteHref={canInvite ? "/manage/users/invite-many" : undefined} />
      </ClientIntl>
    </>
  );
}
