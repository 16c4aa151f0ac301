import { getLocale, getTranslations } from "next-intl/server";
import { actorOf } from "@/lib/auth/guard.server";
import { getCurrentUser } from "@/lib/auth/session.server";
import { chairReportDownload } from "@/lib/documents/chair-report.server";
import { isLocale } from "@/lib/i18n/config";

export const dynamic = "force-dynamic";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** The Pokja chair's report to the chair of Apeksi's board for one cycle, as a PDF, for readers of the reports. */
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const url = new URL(request.url);
  const user = await getCurrentUser();
  if (!user) return Response.redirect(new URL(`/sign-in?callbackUrl=${encodeURIComponent(url.pathname)}`, url), 303);
  const locale = await getLocale();
  const result = await chairReportDownload(actorOf(user), (await params).year, isLocale(locale) ? locale : "id");
  if (result.status === "ok") return result.value;
  const t = await getTranslations("documents");
  return result.status === "notFound" ? text(t("notFound"), 404) : text(t("forbidden"), 403);
}
