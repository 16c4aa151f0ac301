// Every e-mail the portal sends, from one place, each in its recipient's language (their account's,
// or for an invitation the inviter's) from the same message catalogues as the pages. Mail is a
// courtesy next to the in-app notification: without SMTP_URL nothing is sent and nothing fails.
import { createTranslator } from "next-intl";
import { formatDate, formatDateTime } from "@/lib/format/zones";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { sendMail } from "./mailer.server";

type Recipient = { email: string; locale: string };
const languageOf = (locale: string): Locale => (isLocale(locale) ? locale : "id");

async function mailT(locale: string) {
  const l = languageOf(locale);
  return { t: createTranslator({ locale: l, messages: await loadMessages(l), namespace: "mail" }), locale: l };
}

export async function invitationByMail(to: Recipient, link: string, expiresAt: Date): Promise<boolean> {
  const { t, locale } = await mailT(to.locale);
  return sendMail({ to: to.email, subject: t("invitationSubject"), text: t("invitationBody", { link, expires: formatDateTime(expiresAt, locale, "WIB") }) });
}

export async function passwordResetByMail(to: Recipient, link: string, expiresAt: Date): Promise<boolean> {
  const { t, locale } = await mailT(to.locale);
  return sendMail({ to: to.email, subject: t("resetSubject"), text: t("resetBody", { link, expires: formatDateTime(expiresAt, locale, "WIB") }) });
}

type DecisionOutcome = "ACCEPTED" | "REVISION_REQUESTED" | "REJECTED";

/** The working group's decision on a proposal, to each of its city's delegates. */
export async function decisionByMail(delegates: Recipient[], proposal: { title: string }, outcome: DecisionOutcome, comment: string) {
  await Promise.all(delegates.map(async (d) => {
    const { t } = await mailT(d.locale);
    const subject = t("decisionSubject", { title: proposal.title });
    const headline = outcome === "ACCEPTED" ? t("decisionAccepted", { title: proposal.title })
      : outcome === "REVISION_REQUESTED" ? t("decisionRevision", { title: proposal.title })
      : t("decisionRejected", { title: proposal.title });
    return sendMail({ to: d.email, subject, text: [headline, comment ? t("decisionComment", { comment }) : "", t("decisionFooter")].filter(Boolean).join("\n\n") });
  }));
}

/** A reminder to report progress, to each delegate of a city with stale commitments. */
export async function remindersByMail(delegates: Recipient[], since: Date) {
  await Promise.all(delegates.map(async (d) => {
    const { t, locale } = await mailT(d.locale);
    return sendMail({ to: d.email, subject: t("reminderSubject"), text: t("reminderBody", { date: formatDate(since, locale) }) });
  }));
}

/** Repeated failed sign-ins on the recipient's account (lib/accounts/throttle.server.ts). */
export async function signInFailuresByMail(to: Recipient, failures: number): Promise<boolean> {
  const { t } = await mailT(to.locale);
  return sendMail({ to: to.email, subject: t("signInFailuresSubject"), text: t("signInFailuresBody", { failures }) });
}

export type DigestLine =
  | { kind: "posted"; title: string; author: string; link: string }
  | { kind: "hidden"; title: string; reason: string; link: string };

/** One e-mail with everything new in the discussions the recipient follows. */
export async function discussionDigestByMail(to: Recipient, lines: DigestLine[]): Promise<boolean> {
  if (!lines.length) return false;
  const { t } = await mailT(to.locale);
  const body = lines.map((l) => (l.kind === "posted" ? t("digestLinePosted", { author: l.author, title: l.title, link: l.link }) : t("digestLineHidden", { title: l.title, reason: l.reason, link: l.link })));
  const intro = t("digestIntro");
  const footer = t("digestFooter");
  return sendMail({ to: to.email, subject: t("digestSubject", { count: lines.length }), text: [intro, body.join("\n"), footer].join("\n\n") });
}

/** The secretariat's question about a figure, to each delegate of its city (a scorecard figure is named by its indicator). */
export async function clarificationByMail(delegates: Recipient[], about: { title: string } | { indicator: string }, note: string, link: string) {
  await Promise.all(delegates.map(async (d) => {
    const { t, locale } = await mailT(d.locale);
    const title = "title" in about ? about.title : createTranslator({ locale, messages: await loadMessages(locale), namespace: "enums" })(`scorecardIndicator.${about.indicator}` as never);
    return sendMail({ to: d.email, subject: t("clarifySubject", { title }), text: t("clarifyBody", { title, note, link }) });
  }));
}
