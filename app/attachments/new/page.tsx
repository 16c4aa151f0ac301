import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UploadForm } from "@/components/attachments/UploadForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { actorOf, granted, requireUser } from "@/lib/auth/guard.server";
import { uploadPage } from "@/lib/attachments/queries.server";
import { isUploadError } from "@/lib/attachments/schemas";

export async function generateMetadata({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }): Promise<Metadata> {
  const t = await getTranslations("attachments");
  return { title: (await searchParams).replaces ? t("replaceTitle") : t("newTitle") };
}

const KIND_LABELS = { proposal: "onProposal", progressReport: "onProgressReport", scorecardEntry: "onScorecardEntry", agendaItem: "onAgendaItem", forum: "onForum" } as const;

/** Adding files to a record (or replacing one): one thing on the page, and a plain form underneath. */
export default async function NewAttachmentPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const user = await requireUser();
  const [t, tEnums] = await Promise.all([getTranslations("attachments"), getTranslations("enums")]);
  const { holder, files, limits, replacing } = granted(await uploadPage(actorOf(user), params, (i) => tEnums(`scorecardIndicator.${i}` as never)));
  const action = `/api/uploads?on=${holder.kind}&id=${encodeURIComponent(holder.id)}${replacing ? `&replaces=${replacing.id}` : ""}`;
  const code = isUploadError(params.error) ? params.error : null;
  const message = code ? t(`errors.${code}`, { max: code === "tooBig" ? Math.round(limits.maxBytes / (1024 * 1024)) : code === "tooManyAtOnce" ? limits.maxFiles - files.current.length : limits.maxFiles }) : null;
  const field = code === "descriptionRequired" || code === "descriptionTooLong" ? "description" : "file";
  const fileName = params.file?.slice(0, 200);
  const remaining = replacing ? 1 : Math.max(0, limits.maxFiles - files.current.length);
  return (
    <>
      <p className="mb-4"><Link href={holder.href}>{t(`backTo.${holder.kind}`)}</Link></p>
      <h1 className="mb-2 text-3xl">{replacing ? t("replaceTitle") : t("newTitle")}</h1>
      <p className="mb-2 text-lg break-words">{t(KIND_LABELS[holder.kind])}: <strong>{holder.title}</strong></p>
      {replacing && <p className="mb-4 break-words">{t("replacing", { file: replacing.fileName })}</p>}
      <p className="mb-6 max-w-3xl">{t("lead")}</p>
      {remaining === 0 ? <p className="mb-6">{t("errors.tooMany", { max: limits.maxFiles })}</p> : (
        <ClientIntl namespaces={["attachments"]}>
          <UploadForm
            action={action}
            cancelHref={holder.href}
            description={params.description?.slice(0, 600) ?? replacing?.description ?? ""}
            error={message ? { field, message: fileName && field === "file" ? t("fileError", { file: fileName, message }) : message } : null}
            maxBytes={limits.maxBytes}
            remaining={remaining}
            replacing={Boolean(replacing)}
          />
        </ClientIntl>
      )}
    </>
  );
}
