import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/Notice";
import { formatBytes } from "@/lib/attachments/schemas";
import type { AttachmentView, RecordFiles } from "@/lib/attachments/queries.server";
import { formatDayOf } from "@/lib/format/zones";

type Props = {
  files: RecordFiles;
  /** The upload form for this record, when the visitor may add files to it. */
  uploadHref?: string | null;
  /** How many files the record may hold (said next to the add link). */
  maxFiles?: number;
  /** Heading level and id, so the list sits in its page's outline. */
  heading?: "h2" | "h3" | "h4";
  id?: string;
  /** A list inside a timeline entry names its record in its heading. */
  title?: string;
  /** How many files were just stored (the upload's redirect says so), for the notice. */
  uploaded?: string;
};

async function FileLine({ file, replaceHref, locale }: { file: AttachmentView; replaceHref: string | null; locale: "id" | "en" }) {
  const t = await getTranslations("attachments");
  return (
    <>
      <p className="font-semibold break-words">
        <a href={`/api/attachments/${file.id}`} download>{file.fileName}</a>{" "}
        <span className="font-normal text-[var(--color-muted)]">({file.format}, {formatBytes(file.size, locale)})</span>
        {file.isDemo && <span className="ml-2 rounded bg-[var(--color-warning-soft)] px-2 text-sm font-normal">{t("demo")}</span>}
      </p>
      <p className="break-words">{file.description}</p>
      <p className="text-sm text-[var(--color-muted)]">
        {t("uploadedBy", { name: file.uploadedBy ?? t("unknownUploader"), date: formatDayOf(file.createdAt, "WIB", locale) })}
        {file.replacedAt && <> · {t("replacedOn", { date: formatDayOf(file.replacedAt, "WIB", locale) })}</>}
      </p>
      <p className="text-sm">
        {file.viewable && <><a href={`/api/attachments/${file.id}?inline=1`} target="_blank" rel="noopener">{t("open")}<span className="sr-only"> {file.fileName}</span></a> · </>}
        <a href={`/api/attachments/${file.id}`} download>{t("download")}<span className="sr-only"> {file.fileName}</span></a>
        {replaceHref && <> · <Link href={replaceHref}>{t("replace")}<span className="sr-only"> {file.fileName}</span></Link></>}
      </p>
      <p className="text-xs break-all text-[var(--color-muted)]"><abbr title={t("checksumHint")}>SHA-256</abbr>: {file.sha256}</p>
    </>
  );
}

/** A record's files: current ones with download links, replaced ones in its history. */
export async function AttachmentList({ files, uploadHref, maxFiles, heading: H = "h2", id = "attachments", title, uploaded }: Props) {
  const [t, locale] = await Promise.all([getTranslations("attachments"), getLocale()]);
  const lang = locale === "en" ? "en" : "id";
  const Wrapper = H === "h2" ? "section" : "div";
  const replaceHref = (fileId: string) => (uploadHref ? `${uploadHref}&replaces=${fileId}` : null);
  return (
    // A page's own list is a region of it; one inside a timeline entry is part of that entry.
    <Wrapper {...(H === "h2" ? { "aria-labelledby": `${id}-title` } : {})} id={id} className="mt-4">
      <H id={`${id}-title`} className={H === "h2" ? "mb-3 text-2xl" : "mb-2 text-lg"}>{title ?? t("title")}</H>
      {uploaded && /^\d{1,3}$/.test(uploaded) && <Notice>{t("uploaded", { count: Number(uploaded) })}</Notice>}
      {files.current.length === 0 ? <p className="mb-2">{t("none")}</p> : (
        <ul className="mb-3 space-y-3">
          {files.current.map((f) => <li key={f.id} className="rounded border border-[var(--color-line)] p-3"><FileLine file={f} replaceHref={replaceHref(f.id)} locale={lang} /></li>)}
        </ul>
      )}
      {files.history.length > 0 && (
        <details className="mb-3">
          <summary className="cursor-pointer">{t("history", { count: files.history.length })}</summary>
          <ul className="mt-2 space-y-3">
            {files.history.map((f) => <li key={f.id} className="rounded border border-dashed border-[var(--color-line)] p-3"><FileLine file={f} replaceHref={null} locale={lang} /></li>)}
          </ul>
        </details>
      )}
      {uploadHref && (
        <p>
          <Link href={uploadHref} className="btn btn-secondary">{t("add")}<span className="sr-only">: {title ?? t("title")}</span></Link>
          {maxFiles !== undefined && <span className="ml-3 text-sm text-[var(--color-muted)]">{t("limit", { count: files.current.length, max: maxFiles })}</span>}
        </p>
      )}
    </Wrapper>
  );
}

/** The upload form's address for a record. */
export const uploadHrefFor = (on: string, id: string) => `/attachments/new?on=${on}&id=${encodeURIComponent(id)}`;
