import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonForm } from "@/components/forms/ButtonForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { Notice } from "@/components/ui/Notice";
import { muteThreadAction, postCommentAction, withdrawCommentAction } from "@/lib/discussion/actions";
import type { Thread as ThreadData, ThreadComment } from "@/lib/discussion/queries.server";
import { segmentsOf } from "@/lib/discussion/text";
import { formatDateTime, type ZoneCode } from "@/lib/format/zones";
import { CommentForm } from "./CommentForm";

const NOTICES = {
  commented: "saved_commented", commentEdited: "saved_commentEdited", commentWithdrawn: "saved_commentWithdrawn",
  commentHidden: "saved_commentHidden", muted: "saved_muted", unmuted: "saved_unmuted",
} as const;

type Props = {
  thread: ThreadData;
  /** The `saved` notice of the page's URL, after a discussion form. */
  saved?: string;
  zone: ZoneCode;
};

/** Plain text with its web addresses as links; line breaks kept. */
function Body({ text }: { text: string }) {
  return (
    <p className="whitespace-pre-line break-words">
      {segmentsOf(text).map((s, i) => (s.href ? <a key={i} href={s.href} rel="nofollow noopener noreferrer ugc">{s.text}</a> : <span key={i}>{s.text}</span>))}
    </p>
  );
}

/**
 * The discussion of a proposal or agenda item: comments with one level of replies, the new-comment
 * form, and the member's own controls (edit, withdraw, mute); the chair and secretariat may hide.
 * Every control is a link or a form, so it all works without JavaScript.
 */
export async function Thread({ thread, saved, zone }: Props) {
  const [t, locale] = await Promise.all([getTranslations("discussion"), getLocale()]);
  const notice = saved && saved in NOTICES ? t(NOTICES[saved as keyof typeof NOTICES]) : null;

  const comment = (c: ThreadComment, reply: boolean) => (
    <li key={c.id} id={`comment-${c.id}`} className={`${reply ? "ml-4 border-l-4 pl-4 sm:ml-8" : "border-l-4 pl-4"} border-[var(--color-line)] py-2`}>
      <article aria-labelledby={`comment-${c.id}-by`}>
        <p id={`comment-${c.id}-by`} className="text-sm">
          <span className="font-semibold">{c.author ?? t("formerMember")}</span>
          {c.city && <span>, {c.city}</span>}
          {" · "}
          <time dateTime={c.createdAt.toISOString()}>{formatDateTime(c.createdAt, locale, zone)}</time>
          {c.editedAt && c.status === "VISIBLE" && <span> · {t("edited", { date: formatDateTime(c.editedAt, locale, zone) })}</span>}
          {c.isDemo && <span className="ml-2 rounded bg-[var(--color-warning-soft)] px-1">{t("demo")}</span>}
        </p>
        {c.status === "WITHDRAWN" && <p className="italic text-[var(--color-muted)]">{t("withdrawn")}</p>}
        {c.status === "HIDDEN" && (
          <>
            <p className="italic text-[var(--color-muted)]">{c.hiddenReason ? t("hidden", { reason: c.hiddenReason }) : t("hiddenNoReason")}</p>
            {c.body && (
              <div className="mt-1 text-[var(--color-muted)]">
                <p className="text-sm">{t("hiddenOwnText")}</p>
                <Body text={c.body} />
              </div>
            )}
          </>
        )}
        {c.status === "VISIBLE" && c.body && <Body text={c.body} />}
        {c.earlier.length > 0 && (
          <details className="mt-1 text-sm">
            <summary>{t("earlierVersions", { count: c.earlier.length })}</summary>
            <ol className="mt-1 space-y-2">
              {c.earlier.map((v, i) => (
                <li key={i}>
                  <p className="font-semibold">{t("versionFrom", { date: formatDateTime(v.createdAt, locale, zone) })}</p>
                  <Body text={v.body} />
                </li>
              ))}
            </ol>
          </details>
        )}
        {c.status === "VISIBLE" && (c.mine || c.canHide) && (
          <div className="mt-2 flex flex-wrap items-start gap-4 text-sm">
            {c.mine && <Link href={`/comments/${c.id}/edit`}>{t("edit")}<span className="sr-only">: {c.author}, {formatDateTime(c.createdAt, locale, zone)}</span></Link>}
            {c.canHide && <Link href={`/comments/${c.id}/hide`}>{t("hide")}<span className="sr-only">: {c.author}, {formatDateTime(c.createdAt, locale, zone)}</span></Link>}
            {c.mine && (
              <details>
                <summary className="cursor-pointer text-[var(--color-danger)] underline">{t("withdraw")}</summary>
                <div className="mt-2">
                  <p className="mb-2">{t("withdrawConfirm")}</p>
                  <ButtonForm action={withdrawCommentAction.bind(null, c.id)} title={t("withdraw")} hint="" label={t("withdrawYes")} danger />
                </div>
              </details>
            )}
          </div>
        )}
      </article>
      {!reply && (c.replies.length > 0 || (thread.canPost && c.status !== "HIDDEN")) && (
        <>
          {c.replies.length > 0 && <ul className="mt-2 space-y-2">{c.replies.map((r) => comment(r, true))}</ul>}
          {thread.canPost && c.status !== "HIDDEN" && (
            <details className="mt-2 ml-4 sm:ml-8">
              <summary className="cursor-pointer text-sm underline">{t("reply")}<span className="sr-only">: {t("replyLabel", { author: c.author ?? t("formerMember") })}</span></summary>
              <div className="mt-2">
                <CommentForm action={postCommentAction.bind(null, thread.subject)} idPrefix={`reply-${c.id}`} parentId={c.id} label={t("replyLabel", { author: c.author ?? t("formerMember") })} submitLabel={t("sendReply")} />
              </div>
            </details>
          )}
        </>
      )}
    </li>
  );

  return (
    <section id="discussion" aria-labelledby="discussion-title" className="mt-10 border-t-2 border-[var(--color-line)] pt-6">
      <h2 id="discussion-title" className="mb-1 text-2xl">{t("title")} <span className="text-base font-normal">({t("count", { count: thread.count })})</span></h2>
      <p className="mb-4 text-sm text-[var(--color-muted)]">{t("notPublic")}</p>
      {notice && <Notice>{notice}</Notice>}
      <ClientIntl namespaces={["discussion", "accounts"]}>
        {thread.comments.length === 0 ? <p className="mb-4">{t("empty")}</p> : <ul className="mb-6 space-y-4">{thread.comments.map((c) => comment(c, false))}</ul>}
        {thread.canPost ? (
          <div className="mb-4">
            <h3 className="mb-2 text-xl">{t("newComment")}</h3>
            <CommentForm action={postCommentAction.bind(null, thread.subject)} idPrefix="new-comment" label={t("bodyLabel")} submitLabel={t("send")} />
          </div>
        ) : <p className="mb-4">{thread.open ? t("readOnly") : t("closed")}</p>}
        <div className="text-sm">
          {thread.muted && <p className="mb-2">{t("mutedNote")}</p>}
          <ButtonForm action={muteThreadAction.bind(null, thread.subject, !thread.muted)} title={thread.muted ? t("unmute") : t("mute")} hint="" label={thread.muted ? t("unmute") : t("mute")} />
        </div>
      </ClientIntl>
    </section>
  );
}
