import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { WindowForm } from "@/components/forums/WindowForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { PageHeader } from "@/components/ui/PageHeader";
import { actorOf, granted, requirePermission } from "@/lib/auth/guard.server";
import { utcToLocalInput } from "@/lib/format/zones";
import { closeSubmissionsAction, setWindowAction } from "@/lib/forums/actions";
import { forumForStewards, forumZone, submissionWindowState } from "@/lib/forums/queries.server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("windowForm"))("title") };
}

export default async function SubmissionWindowPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requirePermission("forum.setSubmissionWindow");
  const { forum } = granted(await forumForStewards(actorOf(user), (await params).slug, "forum.setSubmissionWindow"));
  const t = await getTranslations("windowForm");
  const zone = forumZone(forum);
  const ref = { id: forum.id, slug: forum.slug };
  return (
    <>
      <PageHeader title={t("title")} lead={`${forum.title}. ${t("lead", { zone })}`} />
      <ClientIntl namespaces={["windowForm"]}>
        <WindowForm
          action={setWindowAction.bind(null, ref)}
          closeAction={submissionWindowState(forum) === "open" ? closeSubmissionsAction.bind(null, ref) : null}
          cancelHref={`/forums/${forum.slug}`}
          initial={{
            submissionOpensAt: forum.submissionOpensAt ? utcToLocalInput(forum.submissionOpensAt, zone) : "",
            submissionClosesAt: forum.submissionClosesAt ? utcToLocalInput(forum.submissionClosesAt, zone) : "",
          }}
        />
      </ClientIntl>
    </>
  );
}
